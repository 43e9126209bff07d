#include "widgets/maintenance/maintenancerunview.h"

#include "models/core/formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

namespace {

QString symbol(MaintenanceRun::StepState state)
{
    switch (state) {
    case MaintenanceRun::StepState::Pending:
        return QStringLiteral("○");
    case MaintenanceRun::StepState::Running:
        return QStringLiteral("▶");
    case MaintenanceRun::StepState::Waiting:
        return QStringLiteral("◆");
    case MaintenanceRun::StepState::Done:
        return QStringLiteral("✔");
    case MaintenanceRun::StepState::Failed:
        return QStringLiteral("✖");
    case MaintenanceRun::StepState::Skipped:
        return QStringLiteral("↷");
    }
    return QString();
}

QColor colour(MaintenanceRun::StepState state)
{
    switch (state) {
    case MaintenanceRun::StepState::Running:
        return QColor(0x1f, 0x6f, 0xc5);
    case MaintenanceRun::StepState::Waiting:
        return QColor(0xb2, 0x6b, 0x00);
    case MaintenanceRun::StepState::Done:
        return QColor(0x1e, 0x7d, 0x32);
    case MaintenanceRun::StepState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0x75, 0x75, 0x75);
    }
}

} // namespace

MaintenanceRunView::MaintenanceRunView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_state(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)), m_output(new QPlainTextEdit(this)), m_note(new QLineEdit(this)),
      m_start(new QPushButton(this)), m_confirm(new QPushButton(this)), m_retry(new QPushButton(this)),
      m_abort(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_start->setObjectName(QStringLiteral("startRun"));
    m_state->setObjectName(QStringLiteral("runState"));
    m_confirm->setObjectName(QStringLiteral("confirmStep"));
    m_retry->setObjectName(QStringLiteral("retryStep"));
    m_abort->setObjectName(QStringLiteral("abortRun"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(2000);
    m_progress->setVisible(false);
    m_state->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_abort);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_output, 2);
    // The note has a row of its own: between four buttons its placeholder was cut in both languages.
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &MaintenanceRunView::startRequested);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->confirm(m_note->text());
        m_note->clear();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->retry();
    });
    connect(m_abort, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->abort(m_note->text());
    });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &MaintenanceRunView::showOutput);
    retranslateUi();
    showPlan(MaintenanceRun::Mode::Scheduled);
}

void MaintenanceRunView::setRun(MaintenanceRun* run)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_run = run;
    if (run) {
        m_connections << connect(run, &MaintenanceRun::stepChanged, this, &MaintenanceRunView::refreshStep)
                      << connect(run, &MaintenanceRun::outputAdded, this,
                                 [this](int index, const QString& line) {
                                     if (m_steps->currentItem() &&
                                         m_steps->indexOfTopLevelItem(m_steps->currentItem()) == index)
                                         m_output->appendPlainText(line);
                                 })
                      << connect(run, &MaintenanceRun::progressChanged, this,
                                 [this](int index, qint64) { refreshStep(index); })
                      << connect(run, &MaintenanceRun::runStateChanged, this,
                                 &MaintenanceRunView::refreshButtons)
                      << connect(run, &MaintenanceRun::refused, m_state, &QLabel::setText)
                      << connect(run, &MaintenanceRun::auditFailed, m_state, &QLabel::setText)
                      << connect(run, &QObject::destroyed, this, [this] { setRun(nullptr); });
        m_steps->clear();
        for (int i = 0; i < run->steps().size(); ++i)
            refreshStep(i);
    }
    refreshButtons();
}

void MaintenanceRunView::showPlan(MaintenanceRun::Mode mode)
{
    m_planMode = mode;
    if (m_run && m_run->isActive())
        return;
    m_steps->clear();
    for (const QString& key : MaintenanceRun::stepKeys(mode)) {
        auto* item = new QTreeWidgetItem(m_steps);
        item->setText(0, MaintenanceRun::stepTitle(key));
        item->setText(1, symbol(MaintenanceRun::StepState::Pending) + u' ' +
                             MaintenanceRun::stepStateText(MaintenanceRun::StepState::Pending));
    }
    refreshButtons();
}

void MaintenanceRunView::refreshStep(int index)
{
    if (!m_run || index < 0 || index >= m_run->steps().size())
        return;
    while (m_steps->topLevelItemCount() <= index)
        new QTreeWidgetItem(m_steps);
    const MaintenanceRun::Step step = m_run->steps().at(index);
    QTreeWidgetItem* item = m_steps->topLevelItem(index);
    item->setText(0, MaintenanceRun::stepTitle(step.key));
    item->setText(1, symbol(step.state) + u' ' + MaintenanceRun::stepStateText(step.state));
    item->setForeground(1, colour(step.state));
    QString progress;
    if (step.progress >= 0 && step.key == QLatin1String("backup"))
        progress = Format::bytes(step.progress);
    else if (step.progress >= 0 && step.key == QLatin1String("monitor"))
        progress = tr("%1:%2 left", "maintenance page, guided procedure").arg(step.progress / 60).arg(step.progress % 60, 2, 10, QLatin1Char('0'));
    item->setText(2, progress);
    if (index == m_run->currentStep()) {
        if (m_steps->currentItem() != item)
            m_steps->setCurrentItem(item);
        m_progress->setVisible(step.key == QLatin1String("monitor") &&
                               step.state == MaintenanceRun::StepState::Running);
        if (m_progress->isVisible()) {
            const int total = std::max(1, m_run->monitorSeconds());
            m_progress->setRange(0, total);
            m_progress->setValue(total - int(std::min<qint64>(total, step.progress)));
            m_progress->setFormat(progress);
        }
    }
    refreshButtons();
}

void MaintenanceRunView::showOutput()
{
    m_output->clear();
    if (!m_run || !m_steps->currentItem())
        return;
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (index >= 0 && index < m_run->steps().size())
        m_output->setPlainText(m_run->steps().at(index).output.join(u'\n'));
}

void MaintenanceRunView::refreshButtons()
{
    const bool active = m_run && m_run->isActive();
    const int current = m_run ? m_run->currentStep() : -1;
    const MaintenanceRun::Step step = active && current >= 0 && current < m_run->steps().size()
                                          ? m_run->steps().at(current)
                                          : MaintenanceRun::Step{};
    m_start->setEnabled(!active);
    const bool waiting = step.state == MaintenanceRun::StepState::Waiting;
    const bool monitoring =
        step.key == QLatin1String("monitor") && step.state == MaintenanceRun::StepState::Running;
    const bool drainFailed =
        step.key == QLatin1String("drain") && step.state == MaintenanceRun::StepState::Failed;
    m_confirm->setEnabled(active && (waiting || monitoring || drainFailed));
    m_confirm->setText(monitoring    ? tr("End monitoring", "maintenance page, guided procedure: button")
                       : drainFailed ? tr("Continue anyway", "maintenance page, guided procedure")
                                     : tr("Done, continue", "maintenance page, guided procedure"));
    m_retry->setEnabled(active && step.state == MaintenanceRun::StepState::Failed);
    m_abort->setEnabled(active && m_run->runState() != MaintenanceRun::RunState::Aborting);
    QString state;
    if (!m_run || m_run->runState() == MaintenanceRun::RunState::Idle)
        state = tr("Not running.", "maintenance page, guided procedure");
    else if (m_run->runState() == MaintenanceRun::RunState::Locking)
        state = tr("Taking the operator lock…");
    else if (m_run->runState() == MaintenanceRun::RunState::Aborting)
        state = tr("Aborting: restoring normal mode…");
    else if (m_run->runState() == MaintenanceRun::RunState::Completed)
        state =
            tr("Completed. Backup: %1", "maintenance page, guided procedure").arg(m_run->backupPath().isEmpty() ? tr("none", "maintenance page, guided procedure") : m_run->backupPath());
    else if (m_run->runState() == MaintenanceRun::RunState::Aborted)
        state = tr("Aborted; normal mode restored.");
    else if (waiting)
        state = tr("Waiting for you: %1", "maintenance page, guided procedure").arg(MaintenanceRun::stepTitle(step.key));
    else if (step.state == MaintenanceRun::StepState::Failed)
        state = tr("%1 failed: retry it or abort.").arg(MaintenanceRun::stepTitle(step.key));
    else
        state = tr("Running: %1", "maintenance page, guided procedure").arg(MaintenanceRun::stepTitle(step.key));
    m_state->setText(state);
}

void MaintenanceRunView::retranslateUi()
{
    m_title->setText(tr("Guided procedure", "maintenance page, guided procedure: title"));
    m_steps->setHeaderLabels({tr("Step", "maintenance page, guided procedure: column header"), tr("State", "maintenance page, guided procedure: column header"), tr("Progress", "maintenance page, guided procedure: column header")});
    m_note->setPlaceholderText(tr("Note or reason (recorded)"));
    m_start->setText(tr("Start…", "maintenance page, guided procedure: button"));
    m_retry->setText(tr("Retry", "maintenance page, guided procedure: button"));
    m_abort->setText(tr("Abort", "maintenance page, guided procedure: button"));
    if (m_run)
        for (int i = 0; i < m_run->steps().size(); ++i)
            refreshStep(i);
    else
        showPlan(m_planMode);
    refreshButtons();
}

void MaintenanceRunView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ops
