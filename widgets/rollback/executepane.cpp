#include "widgets/rollback/executepane.h"

#include "models/core/formatting.h"
#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"

#include <QFontDatabase>
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

QString stateText(RollbackRunState::StepState state)
{
    switch (state) {
    case RollbackRunState::StepState::Pending:
        return ExecutePane::tr("waiting", "rollback wizard, execute step: state of a step");
    case RollbackRunState::StepState::Running:
        return ExecutePane::tr("running…", "rollback wizard, execute step: state of a step");
    case RollbackRunState::StepState::Done:
        return ExecutePane::tr("done", "rollback wizard, execute step: state of a step");
    case RollbackRunState::StepState::Failed:
        return ExecutePane::tr("FAILED", "rollback wizard, execute step: state of a step");
    case RollbackRunState::StepState::Skipped:
        return ExecutePane::tr("skipped", "rollback wizard, execute step: state of a step");
    }
    return QString();
}

Health stateHealth(RollbackRunState::StepState state)
{
    switch (state) {
    case RollbackRunState::StepState::Done:
        return Health::Ok;
    case RollbackRunState::StepState::Failed:
        return Health::Down;
    case RollbackRunState::StepState::Skipped:
    case RollbackRunState::StepState::Running:
        return Health::Degraded;
    default:
        return Health::Unknown;
    }
}

} // namespace

ExecutePane::ExecutePane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setColumnCount(4);
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // states and durations never cut
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_steps, 2);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_output, 3);
    auto* row = new QHBoxLayout;
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_skipReason = new QLineEdit(this);
    m_skipReason->setObjectName(QStringLiteral("skipReason"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("skip"));
    m_abort = new QPushButton(this);
    m_abort->setObjectName(QStringLiteral("abort"));
    row->addWidget(m_start);
    row->addWidget(m_retry);
    row->addWidget(m_skipReason, 1);
    row->addWidget(m_skip);
    row->addWidget(m_abort);
    layout->addLayout(row);
    connect(m_start, &QPushButton::clicked, this, &ExecutePane::startRequested);
    connect(m_retry, &QPushButton::clicked, this, &ExecutePane::retryRequested);
    connect(m_skip, &QPushButton::clicked, this, [this] { Q_EMIT skipRequested(skipReason()); });
    connect(m_abort, &QPushButton::clicked, this, &ExecutePane::abortRequested);
    connect(m_skipReason, &QLineEdit::textChanged, this,
            [this] { m_skip->setEnabled(m_retry->isEnabled() && !skipReason().isEmpty()); });
    setMode(false, false, false, QString());
    retranslateUi();
}

void ExecutePane::setState(const RollbackRunState& state)
{
    m_state = state;
    m_steps->clear();
    for (int i = 0; i < state.steps.size(); ++i) {
        const RollbackRunState::Step& s = state.steps.at(i);
        auto* item = new QTreeWidgetItem(m_steps);
        item->setText(0, QString::number(i + 1));
        item->setText(1, RollbackStep::title(s.kind) +
                             (s.note.isEmpty() ? QString() : QStringLiteral(" — ") + s.note));
        item->setToolTip(1, s.commandLines.join(u'\n'));
        item->setText(2, stateText(s.state));
        item->setForeground(2, healthColor(stateHealth(s.state)));
        item->setText(3, s.durationMs >= 0 ? Format::duration(s.durationMs) : QString());
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(2);
}

void ExecutePane::appendOutput(const QString& line)
{
    m_output->appendPlainText(line);
}

void ExecutePane::setProgress(qint64 written, qint64 total)
{
    m_progress->setVisible(true);
    // Kilobytes: a QProgressBar counts in int.
    m_progress->setRange(0, int(std::max<qint64>(1, total / 1024)));
    m_progress->setValue(int(written / 1024));
    m_progress->setFormat(tr("restored %1 of %2", "rollback wizard, execute step: progress bar text").arg(Format::bytes(written), Format::bytes(total)));
}

void ExecutePane::setMode(bool canStart, bool running, bool deciding, const QString& message)
{
    m_start->setEnabled(canStart);
    m_retry->setEnabled(deciding);
    m_skipReason->setEnabled(deciding);
    m_skip->setEnabled(deciding && !skipReason().isEmpty());
    m_abort->setEnabled(running || deciding);
    m_message->setText(message);
}

QString ExecutePane::skipReason() const
{
    return m_skipReason->text().trimmed();
}

void ExecutePane::setSkipReason(const QString& reason)
{
    m_skipReason->setText(reason);
}

void ExecutePane::retranslateUi()
{
    m_steps->setHeaderLabels({tr("#", "rollback wizard, execute step: column header"), tr("Step", "rollback wizard, execute step: column header"), tr("State", "rollback wizard, execute step: column header"), tr("Duration", "rollback wizard, execute step: column header")});
    m_start->setText(tr("Start the rollback", "rollback wizard, execute step: button"));
    m_retry->setText(tr("Retry the step", "rollback wizard, execute step: button"));
    m_skipReason->setPlaceholderText(tr("Reason to skip the failed step"));
    m_skip->setText(tr("Skip", "rollback wizard, execute step: button"));
    m_abort->setText(tr("Abort", "rollback wizard, execute step: button"));
    setState(m_state);
}

} // namespace Ops
