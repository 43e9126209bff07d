#include "widgets/logs/logspage.h"
#include "widgets/shell/theme.h"

#include "models/core/appsettings.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/healthmonitor.h"

#include "models/session/consolecontext.h"
#include "models/health/servicestatus.h"
#include "widgets/logs/loglinedelegate.h"
#include "models/logs/loglinemodel.h"
#include "models/session/session.h"
#include "models/stack/orchestrator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QTableView>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QToolButton>
#include <QMenu>

namespace Ops {

namespace {
constexpr int kMinRetention = 1000;
constexpr int kMaxRetention = 1000000;
} // namespace

LogsPage::LogsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_buffer(new LogBuffer(this)), m_title(new QLabel(this)),
      m_servicesButton(new QToolButton(this)), m_servicesMenu(new QMenu(this)), m_tailLabel(new QLabel(this)), m_tail(new QSpinBox(this)),
      m_keepLabel(new QLabel(this)), m_keep(new QSpinBox(this)),
      m_levelBox(new QComboBox(this)), m_searchEdit(new QLineEdit(this)), m_follow(new QCheckBox(this)),
      m_stamps(new QCheckBox(this)), m_pause(new QPushButton(this)), m_startStop(new QPushButton(this)),
      m_save(new QPushButton(this)), m_status(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new LogLineModel(this)), m_delegate(new LogLineDelegate(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto* controls = new QHBoxLayout;
    m_servicesButton->setObjectName(QStringLiteral("services"));
    m_servicesButton->setPopupMode(QToolButton::InstantPopup);
    m_servicesButton->setMenu(m_servicesMenu);
    connect(m_servicesMenu, &QMenu::aboutToShow, this, &LogsPage::rebuildServicesMenu);
    m_tail->setRange(0, 100000);
    m_tail->setValue(100);
    m_keep->setObjectName(QStringLiteral("retention"));
    m_keep->setRange(kMinRetention, kMaxRetention);
    m_keep->setSingleStep(10000);
    m_keep->setValue(std::clamp(AppSettings::logRetentionLines().get(), kMinRetention, kMaxRetention));
    m_buffer->setCapacity(m_keep->value());
    m_searchEdit->setObjectName(QStringLiteral("search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_stamps->setChecked(true);
    m_pause->setCheckable(true);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    controls->addWidget(m_servicesButton);
    controls->addWidget(m_tailLabel);
    controls->addWidget(m_tail);
    controls->addWidget(m_keepLabel);
    controls->addWidget(m_keep);
    controls->addWidget(m_levelBox);
    controls->addWidget(m_searchEdit, 1);
    controls->addWidget(m_follow);
    controls->addWidget(m_stamps);
    controls->addWidget(m_pause);
    controls->addWidget(m_startStop);
    controls->addWidget(m_save);
    layout->addLayout(controls);

    m_view->setObjectName(QStringLiteral("logView"));
    // One column of rows of one fixed height: the view paints only what is visible and never lays out
    // all the rows, so a flood costs one insert (and one removal at the top) per tick. A list view lays
    // out every row again on each change (20,000 rows, milliseconds per tick).
    m_model->setLimit(m_buffer->capacity());
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setMinimumSectionSize(1);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 2);
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("logsStatus"));
    layout->addWidget(m_status);

    connect(m_buffer, &LogBuffer::appended, this, &LogsPage::showBatch);
    connect(m_startStop, &QPushButton::clicked, this, [this] { isFollowing() ? stop() : start(); });
    connect(m_save, &QPushButton::clicked, this, &LogsPage::save);
    connect(m_pause, &QPushButton::toggled, this, &LogsPage::setPaused);
    connect(m_stamps, &QCheckBox::toggled, this, &LogsPage::setTimestamps);
    connect(m_levelBox, &QComboBox::currentIndexChanged, this,
            [this] { setLevelFilter(LevelFilter(m_levelBox->currentData().toInt())); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LogsPage::setSearch);
    connect(m_keep, &QSpinBox::editingFinished, this, [this] { setRetention(m_keep->value()); });
    connect(&context.session(), &Session::reset, this, &LogsPage::stop);
    retranslateUi();
}

LogsPage::~LogsPage()
{
    if (m_orchestrator)
        m_orchestrator->cancel();
}

bool LogsPage::isReady() const
{
    return m_announcedReady || !context().hasActiveProfile();
}

void LogsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!context().hasActiveProfile())
        return;
    if (!m_autoStarted || m_resumeOnShow) {
        m_autoStarted = true;
        m_resumeOnShow = false;
        start();
    }
}

void LogsPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    // A page nobody sees does no work: the stream (a process, its pipe, the parsing) stops and starts
    // again from the last `tail` lines when the page is shown.
    if (isFollowing()) {
        stop();
        m_resumeOnShow = true;
        m_status->setText(tr("Stopped while the page is not shown; it follows again when you come back."));
    }
}

void LogsPage::setRetention(int lines)
{
    const int kept = std::clamp(lines, kMinRetention, kMaxRetention);
    if (m_keep->value() != kept)
        m_keep->setValue(kept);
    if (kept == m_buffer->capacity())
        return;
    AppSettings::logRetentionLines().set(kept);
    m_buffer->setCapacity(kept);
    m_model->setLimit(kept);
    rebuildView();
    updateStatus();
}

bool LogsPage::isFollowing() const
{
    return m_orchestrator && m_orchestrator->isBusy();
}

int LogsPage::shownLines() const
{
    return m_model->rowCount();
}

void LogsPage::setServices(const QStringList& services)
{
    QStringList sorted = services;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_services)
        return;
    m_services = sorted;
    updateServicesButton();
    if (isFollowing())
        start(); // `logs -f` takes its services once: a new choice is a new stream
}

QStringList LogsPage::knownServices() const
{
    QStringList names = runbookServices();
    const ServiceStatusModel* model = context().health().services();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, 0).data(ServiceStatusModel::ServiceRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    for (const QString& chosen : m_services)
        if (!names.contains(chosen))
            names << chosen;
    return names;
}

void LogsPage::rebuildServicesMenu()
{
    m_servicesMenu->clear();
    QAction* all = m_servicesMenu->addAction(tr("All services", "logs page"));
    all->setCheckable(true);
    all->setChecked(m_services.isEmpty());
    connect(all, &QAction::triggered, this, [this] { setServices({}); });
    m_servicesMenu->addSeparator();
    for (const QString& name : knownServices()) {
        QAction* action = m_servicesMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_services.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList chosen = m_services;
            if (on)
                chosen << name;
            else
                chosen.removeAll(name);
            setServices(chosen);
        });
    }
}

void LogsPage::updateServicesButton()
{
    if (m_services.isEmpty())
        m_servicesButton->setText(tr("All services", "logs page: button"));
    else if (m_services.size() <= 2)
        m_servicesButton->setText(m_services.join(QStringLiteral(", ")));
    else
        m_servicesButton->setText(tr("%n service(s)", "logs page: button", int(m_services.size())));
    m_servicesButton->setToolTip(m_services.isEmpty() ? tr("Logs of every service; choose one or more to narrow")
                                                      : m_services.join(u'\n'));
}

void LogsPage::setTail(int lines)
{
    m_tail->setValue(lines);
}

void LogsPage::start()
{
    stop();
    m_orchestrator = context().session().createOrchestrator(this);
    if (!m_orchestrator) {
        m_status->setText(tr("No active profile.", "logs page: status text"));
        return;
    }
    const QStringList services = m_services;
    connect(m_orchestrator, &Orchestrator::outputLine, m_buffer, &LogBuffer::append);
    connect(m_orchestrator, &Orchestrator::refused, this, [this](const QString& reason) {
        m_status->setText(reason);
        Q_EMIT followingChanged(false);
        retranslateUi();
    });
    connect(m_orchestrator, &Orchestrator::finished, this, [this](const OrchestratorResult& result) {
        if (!result.cancelled)
            m_status->setText(result.ok ? tr("The log stream ended.")
                                        : tr("The log stream ended: %1").arg(result.error));
        Q_EMIT followingChanged(false);
        retranslateUi();
    });
    m_buffer->clear();
    m_model->clear();
    m_rateClock.start();
    m_rateBase = 0;
    m_orchestrator->followLogs(services, m_tail->value());
    Q_EMIT followingChanged(true);
    retranslateUi();
}

void LogsPage::stop()
{
    if (!m_orchestrator)
        return;
    Orchestrator* o = m_orchestrator;
    m_orchestrator.clear();
    o->disconnect(this);
    o->disconnect(m_buffer);
    o->cancel();
    o->deleteLater();
    Q_EMIT followingChanged(false);
    retranslateUi();
}

bool LogsPage::accepts(const LogLine& line) const
{
    switch (m_level) {
    case LevelFilter::All:
        return true;
    case LevelFilter::InfoAndAbove:
        return line.level != LogLine::Level::Other;
    case LevelFilter::WarnAndAbove:
        return line.level == LogLine::Level::Warn || line.level == LogLine::Level::Error;
    case LevelFilter::ErrorOnly:
        return line.level == LogLine::Level::Error;
    }
    return true;
}

QString LogsPage::display(const LogLine& line) const
{
    return m_timestamps ? line.text : LogBuffer::withoutTimestamp(line.text);
}

QList<LogLine> LogsPage::filtered(const QList<LogLine>& lines) const
{
    if (m_level == LevelFilter::All)
        return lines;
    QList<LogLine> out;
    for (const LogLine& l : lines)
        if (accepts(l))
            out << l;
    return out;
}

void LogsPage::showBatch(const QList<LogLine>& batch)
{
    updateStatus();
    if (m_paused)
        return;
    const QList<LogLine> shown = filtered(batch);
    if (shown.isEmpty())
        return;
    m_model->append(shown);
    if (m_follow->isChecked())
        m_view->scrollToBottom();
    Q_EMIT batchShown(int(shown.size()));
    if (!m_announcedReady) {
        m_announcedReady = true;
        Q_EMIT ready();
    }
}

void LogsPage::rebuildView()
{
    m_model->setTimestamps(m_timestamps);
    m_model->setLines(filtered(m_buffer->lines()));
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

void LogsPage::setLevelFilter(LevelFilter filter)
{
    m_level = filter;
    const int i = m_levelBox->findData(int(filter));
    if (i >= 0 && i != m_levelBox->currentIndex())
        m_levelBox->setCurrentIndex(i);
    rebuildView();
}

void LogsPage::setSearch(const QString& pattern)
{
    if (m_searchEdit->text() != pattern)
        m_searchEdit->setText(pattern);
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    Theme::setTextLook(m_searchEdit, re.isValid() ? QColor() : QColor(0xc0, 0x39, 0x2b));
    m_search = re.isValid() ? re : QRegularExpression();
    m_delegate->setPattern(m_search);
    m_view->viewport()->update();
    if (!m_search.pattern().isEmpty()) {
        // Jump to the newest match.
        for (int row = m_model->rowCount() - 1; row >= 0; --row) {
            if (m_search.match(m_model->textAt(row)).hasMatch()) {
                m_view->setCurrentIndex(m_model->index(row));
                m_view->scrollTo(m_model->index(row));
                break;
            }
        }
    }
}

void LogsPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        rebuildView(); // catch up with what arrived meanwhile
    retranslateUi();
}

void LogsPage::setTimestamps(bool on)
{
    if (m_stamps->isChecked() != on)
        m_stamps->setChecked(on);
    if (m_timestamps == on)
        return;
    m_timestamps = on;
    rebuildView();
}

QString LogsPage::logsDirectory() const
{
    const QString project = context().activeProfile().orchestrator.projectDirectory;
    const QString base = !project.isEmpty() && QDir(project).exists()
                             ? project
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return base + QStringLiteral("/logs");
}

QString LogsPage::save()
{
    const QString dir = logsDirectory();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/debug_") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")) +
                         QStringLiteral(".log");
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        for (const LogLine& l : m_buffer->lines()) {
            file.write(display(l).toUtf8());
            file.write("\n");
        }
    }
    if (!file.commit()) {
        m_status->setText(tr("Cannot write %1: %2", "logs page: status text").arg(path, file.errorString()));
        return QString();
    }
    m_status->setText(tr("Saved %n line(s) to %1.", nullptr, int(m_buffer->lines().size())).arg(path));
    return path;
}

void LogsPage::updateStatus()
{
    const qint64 ms = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    if (ms >= 1000) {
        m_rate = double(m_buffer->received() - m_rateBase) * 1000.0 / double(ms);
        m_rateBase = m_buffer->received();
        m_rateClock.restart();
    }
    m_status->setText(tr("%1 lines/s · %2 received · %3 kept (newest %4)%5")
                          .arg(m_rate, 0, 'f', 0)
                          .arg(m_buffer->received())
                          .arg(m_buffer->lines().size())
                          .arg(m_buffer->capacity())
                          .arg(m_paused ? tr(" · paused", "logs page") : QString()));
}

void LogsPage::retranslateUi()
{
    m_title->setText(tr("Logs", "logs page: title"));
    updateServicesButton();
    {
        const QSignalBlocker block(m_levelBox);
        m_levelBox->clear();
        m_levelBox->addItem(tr("All levels", "logs page: choice in a drop-down list"), int(LevelFilter::All));
        m_levelBox->addItem(tr("INFO and above", "logs page: choice in a drop-down list"), int(LevelFilter::InfoAndAbove));
        m_levelBox->addItem(tr("WARN and above", "logs page: choice in a drop-down list"), int(LevelFilter::WarnAndAbove));
        m_levelBox->addItem(tr("ERROR only", "logs page: choice in a drop-down list"), int(LevelFilter::ErrorOnly));
        m_levelBox->setCurrentIndex(std::max(0, m_levelBox->findData(int(m_level))));
    }
    m_tailLabel->setText(tr("Tail", "logs page: label"));
    m_keepLabel->setText(tr("Keep", "logs page: label; how many log lines are kept in memory"));
    m_keep->setSuffix(tr(" lines", "logs page: suffix of the number of log lines kept"));
    m_keep->setToolTip(tr("How many of the newest lines are kept in memory (older ones are dropped)"));
    m_searchEdit->setPlaceholderText(tr("Search (regular expression)", "logs page: placeholder text in an empty field"));
    m_follow->setText(tr("Follow", "logs page: check box"));
    m_stamps->setText(tr("Timestamps", "logs page: check box"));
    m_pause->setText(m_paused ? tr("Resume", "logs page: button") : tr("Pause", "logs page: button"));
    m_startStop->setText(isFollowing() ? tr("Stop", "logs page: button") : tr("Start", "logs page: button"));
    m_save->setText(tr("Save", "logs page: button"));
}

} // namespace Ops
