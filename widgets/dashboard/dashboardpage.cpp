#include "widgets/dashboard/dashboardpage.h"
#include "widgets/shell/theme.h"

#include "models/session/consolecontext.h"
#include "models/core/formatting.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/stackverdict.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/maintenance/maintenanceactivity.h"
#include "widgets/maintenance/maintenancebanner.h"
#include "models/session/session.h"
#include "widgets/dashboard/servicetile.h"

#include <QDesktopServices>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Ops {

DashboardPage::DashboardPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent)
    , m_monitor(context.health())
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_checkNow(new QPushButton(this))
    , m_comprehensive(new QPushButton(this))
    , m_grafana(new QPushButton(this))
    , m_prometheus(new QPushButton(this))
    , m_docs(new QPushButton(this))
    , m_tileGrid(new QGridLayout)
    , m_alertsBox(new QGroupBox(this))
    , m_alerts(new QTableView(this))
    , m_hintsBox(new QGroupBox(this))
    , m_hints(new QListWidget(this))
    , m_noHints(new QLabel(this))
    , m_checkBox(new QGroupBox(this))
    , m_checkSteps(new QListWidget(this))
    , m_checkVerdict(new QLabel(this))
    , m_checkClose(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    Theme::setTextLook(m_summary, QColor(), QFont::Normal, 11);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    m_comprehensive->setObjectName(QStringLiteral("comprehensiveCheck"));
    m_alerts->setObjectName(QStringLiteral("alertsTable"));
    m_hints->setObjectName(QStringLiteral("scaleHints"));
    m_hints->setWordWrap(true); // a signal reads whole, without a scroll bar
    m_checkSteps->setObjectName(QStringLiteral("checkSteps"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    for (QPushButton* b : {m_checkNow, m_comprehensive, m_grafana, m_prometheus, m_docs})
        header->addWidget(b);

    m_alerts->setObjectName(QStringLiteral("alertsTable"));
    m_alerts->setModel(m_monitor.alerts());
    m_alerts->verticalHeader()->hide();
    // One line per alert, so that a handful fit under the tiles at 1280 × 800: wrapped subjects
    // ("app (handler=…, instance=…, method=…)") made rows three lines tall and pushed the value and the
    // summary behind a horizontal scroll bar. Subject and summary share what the short columns leave
    // and are elided; the tooltip of either has it whole.
    QHeaderView* columns = m_alerts->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AlertsModel::SubjectColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AlertsModel::SummaryColumn, QHeaderView::Stretch);
    columns->setMaximumSectionSize(300);
    // The age ("3 s ago") grows as time passes, but a column sized to its contents is measured once:
    // "3초 전" wrapped in the column "방금" had sized. Its width fits the longest age (retranslateUi()).
    columns->setSectionResizeMode(AlertsModel::SinceColumn, QHeaderView::Fixed);
    // What an operator scans first: is it firing, how bad, which rule.
    columns->moveSection(columns->visualIndex(AlertsModel::SeverityColumn), 1);
    m_alerts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts->setWordWrap(false);
    m_alerts->setTextElideMode(Qt::ElideRight);
    m_alerts->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_alerts->verticalHeader()->setDefaultSectionSize(m_alerts->fontMetrics().height() + 8);
    m_alerts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alerts->setMinimumHeight(120);
    connect(m_alerts, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto alert = index.data(AlertsModel::AlertRole).value<AlertEntry>();
        if (!alert.name.isEmpty())
            Q_EMIT incidentFromAlertRequested(alert);
    });
    auto* alertsLayout = new QVBoxLayout(m_alertsBox);
    alertsLayout->addWidget(m_alerts);

    auto* hintsLayout = new QVBoxLayout(m_hintsBox);
    m_noHints->setWordWrap(true);
    m_noHints->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    hintsLayout->addWidget(m_noHints);
    hintsLayout->addWidget(m_hints);
    hintsLayout->addStretch();
    m_hints->hide();
    connect(m_hints, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT scaleRequested(item->data(Qt::UserRole).toString());
    });

    auto* checkLayout = new QVBoxLayout(m_checkBox);
    checkLayout->addWidget(m_checkSteps);
    m_checkVerdict->setObjectName(QStringLiteral("checkVerdict"));
    m_checkVerdict->setWordWrap(true);
    m_checkClose->setObjectName(QStringLiteral("checkClose"));
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_checkVerdict, 1);
    verdictRow->addWidget(m_checkClose, 0, Qt::AlignTop);
    checkLayout->addLayout(verdictRow);
    m_checkBox->hide();
    connect(m_checkClose, &QPushButton::clicked, this, [this] {
        m_checkBox->hide();
        m_comprehensive->setEnabled(true);
    });

    auto* lower = new QHBoxLayout;
    // The alerts need the width (seven columns); a scale signal is a sentence or two and wraps.
    lower->addWidget(m_alertsBox, 5);
    lower->addWidget(m_hintsBox, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new MaintenanceBanner(context.session().maintenanceActivity(), this));
    connect(&context.session().maintenanceActivity(), &MaintenanceActivity::changed, this,
            &DashboardPage::updateAlertsTitle);
    layout->addWidget(m_summary);
    layout->addLayout(m_tileGrid);
    layout->addWidget(m_checkBox);
    layout->addLayout(lower, 1);

    ServiceStatusModel* services = m_monitor.services();
    connect(services, &QAbstractItemModel::dataChanged, this, &DashboardPage::syncTiles);
    connect(services, &QAbstractItemModel::rowsInserted, this, &DashboardPage::syncTiles);
    connect(services, &QAbstractItemModel::modelReset, this, &DashboardPage::syncTiles);
    connect(m_monitor.alerts(), &AlertsModel::countsChanged, this, &DashboardPage::updateSummary);
    connect(&m_monitor, &HealthMonitor::scaleHintsChanged, this, &DashboardPage::showHints);
    connect(&m_monitor, &HealthMonitor::firstDataArrived, this, &Page::ready);
    connect(&m_monitor, &HealthMonitor::comprehensiveCheckStarted, this, &DashboardPage::showCheckStarted);
    connect(&m_monitor, &HealthMonitor::comprehensiveCheckProgress, this, &DashboardPage::showCheckStep);
    connect(&m_monitor, &HealthMonitor::comprehensiveCheckFinished, this, &DashboardPage::showCheckFinished);
    connect(m_checkNow, &QPushButton::clicked, &m_monitor, &HealthMonitor::checkNow);
    connect(m_comprehensive, &QPushButton::clicked, this, [this] {
        m_checkSteps->clear();
        m_checkVerdict->clear();
        m_checkBox->show();
        m_comprehensive->setEnabled(false);
        m_monitor.runComprehensiveCheck();
    });
    connect(m_grafana, &QPushButton::clicked, this, [this] { openUrl(this->context().activeProfile().grafanaUrl); });
    connect(m_prometheus, &QPushButton::clicked, this,
            [this] { openUrl(this->context().activeProfile().prometheusUrl, QStringLiteral("/alerts")); });
    connect(m_docs, &QPushButton::clicked, this,
            [this] { openUrl(this->context().activeProfile().apiBaseUrl, QStringLiteral("/docs")); });

    // Ages ("checked 10 s ago") move on even when nothing new arrives: in steps of a tile's age step,
    // and only while the page is shown.
    m_ageTimer.setInterval(ServiceTile::kAgeStepSeconds * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &DashboardPage::refreshAges);

    syncTiles();
    showHints(m_monitor.scaleHints());
    retranslateUi();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refreshAges();
    m_ageTimer.start();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_ageTimer.stop();
}

void DashboardPage::refreshAges()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ServiceTile* t : std::as_const(m_tiles))
        t->refreshAge(now);
}

bool DashboardPage::isReady() const
{
    return m_monitor.hasFirstData();
}

void DashboardPage::updateAlertsTitle()
{
    // During an active maintenance window the stack's alerts are expected, not news.
    m_alertsBox->setTitle(context().session().maintenanceActivity().alertsExpected()
                              ? tr("Alerts — expected during the maintenance window")
                              : tr("Alerts", "dashboard"));
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard", "dashboard: title"));
    {
        // The widest age an alert shows in this language (seconds, minutes, hours, days), plus padding.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Measured in bold, the widest the cell can be drawn. Only the round forms ("59 min") were measured
        // before, and "1분 20초 전" was cut in a real window.
        QFont bold = m_alerts->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int width = metrics.horizontalAdvance(
            m_alerts->model()->headerData(AlertsModel::SinceColumn, Qt::Horizontal).toString()) + 24;
        // The longest of each form: "59 min 59 s", "23 h 59 min", "29 d 23 h" (the round ones are shorter).
        for (const qint64 seconds : {59LL, 59LL * 60 + 59, 23LL * 3600 + 59 * 60, 29LL * 86400 + 23 * 3600})
            width = std::max(width, metrics.horizontalAdvance(Format::age(now.addSecs(-seconds), now)) + 16);
        m_alerts->horizontalHeader()->resizeSection(AlertsModel::SinceColumn, width);
    }
    m_checkNow->setText(tr("Check now", "dashboard: button"));
    m_checkNow->setToolTip(tr("Run every health check at once, outside the schedule"));
    m_comprehensive->setText(tr("Comprehensive health check", "dashboard: button"));
    m_comprehensive->setToolTip(tr("The runbook's comprehensive health check, step by step"));
    m_grafana->setText(tr("Grafana", "dashboard: button"));
    m_prometheus->setText(tr("Prometheus", "dashboard: button"));
    m_docs->setText(tr("API docs", "dashboard: button"));
    updateAlertsTitle();
    m_alerts->setToolTip(tr("Double-click an alert to open a new incident from it"));
    m_hintsBox->setTitle(tr("When to scale", "dashboard: group box title"));
    m_noHints->setText(tr("None of the runbook's scaling signals holds right now."));
    m_checkBox->setTitle(tr("Comprehensive health check", "dashboard: group box title"));
    m_checkClose->setText(tr("Close", "dashboard: closes the comprehensive health check's results"));
    updateSummary();
    showHints(m_monitor.scaleHints());
}

void DashboardPage::syncTiles()
{
    const ServiceStatusModel* model = m_monitor.services();
    constexpr int columns = 4;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto status = model->index(row, 0).data(ServiceStatusModel::StatusRole).value<ServiceStatus>();
        ServiceTile* tile = m_tiles.value(status.service);
        if (!tile) {
            tile = new ServiceTile(this);
            tile->setObjectName(QStringLiteral("tile-") + status.service);
            connect(tile, &ServiceTile::scaleRequested, this, &DashboardPage::scaleRequested);
            connect(tile, &ServiceTile::restartRequested, this, &DashboardPage::restartRequested);
            connect(tile, &ServiceTile::incidentRequested, this, &DashboardPage::incidentFromServiceRequested);
            m_tileGrid->addWidget(tile, int(m_tiles.size()) / columns, int(m_tiles.size()) % columns);
            m_tiles.insert(status.service, tile);
        }
        tile->setActionsOffered(context().activeProfile().applicationServices.contains(status.service));
        if (!(tile->status() == status))
            tile->setStatus(status);
    }
    updateSummary();
}

void DashboardPage::updateSummary()
{
    const ServiceStatusModel* model = m_monitor.services();
    int ok = 0;
    int bad = 0;
    int unknown = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto h = Health(model->index(row, 0).data(ServiceStatusModel::HealthRole).toInt());
        if (h == Health::Ok)
            ++ok;
        else if (h == Health::Down || h == Health::Degraded || h == Health::Stale)
            ++bad;
        else
            ++unknown;
    }
    // One verdict for the headline, the status bar and the tray: firing alerts raise it.
    const StackVerdict verdict = stackVerdict(*model, *m_monitor.alerts());
    const AlertCounts& alerts = verdict.alerts;
    QStringList parts;
    if (!context().hasActiveProfile())
        parts << tr("No profile: add one on the Settings page.");
    else if (bad == 0 && unknown == 0)
        parts << (alerts.firing > 0 ? tr("All %n service(s) answer.", "dashboard: every service is up, but alerts fire", ok)
                                    : tr("All %n service(s) healthy.", "dashboard", ok));
    else {
        if (bad > 0)
            parts << tr("%n service(s) need attention.", "dashboard", bad);
        if (unknown > 0)
            parts << tr("%n service(s) not checked yet.", nullptr, unknown);
    }
    if (alerts.criticalFiring > 0)
        parts << tr("%n critical alert(s) firing.", "dashboard", alerts.criticalFiring);
    if (alerts.firing > alerts.criticalFiring)
        parts << tr("%n other alert(s) firing.", "dashboard: firing alerts that are not critical",
                    alerts.firing - alerts.criticalFiring);
    if (alerts.pending > 0)
        parts << tr("%n alert(s) pending.", "dashboard", alerts.pending);
    if (alerts.silenced > 0)
        parts << tr("%n alert(s) silenced.", "dashboard: firing, but silenced in Alertmanager", alerts.silenced);
    const Health shown = verdict.health;
    m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span> %3")
                           .arg(healthColor(shown).name(), healthSymbol(shown), parts.join(QLatin1Char(' ')).toHtmlEscaped()));
    m_summary->setProperty("verdict", int(shown));
}

void DashboardPage::showHints(const QList<ScaleHint>& hints)
{
    m_hints->clear();
    for (const ScaleHint& h : hints) {
        auto* item = new QListWidgetItem(QStringLiteral("▲ ") + h.text(), m_hints);
        item->setData(Qt::UserRole, h.service);
        item->setToolTip(tr("Double-click to open the scale dialog for %1").arg(h.service));
    }
    m_hints->setVisible(!hints.isEmpty());
    m_noHints->setVisible(hints.isEmpty());
}

void DashboardPage::showCheckStarted(const QList<CheckStep>& steps)
{
    // One row per step, in the runbook's order, filled in as the answers arrive.
    m_checkSteps->clear();
    for (const CheckStep& step : steps) {
        auto* item = new QListWidgetItem(m_checkSteps);
        item->setData(Qt::UserRole, step.id);
        renderCheckStep(item, step);
    }
    m_checkVerdict->setText(checkVerdict(steps).text);
}

void DashboardPage::showCheckStep(const CheckStep& step)
{
    for (int row = 0; row < m_checkSteps->count(); ++row) {
        QListWidgetItem* item = m_checkSteps->item(row);
        if (item->data(Qt::UserRole).toString() == step.id)
            renderCheckStep(item, step);
    }
}

void DashboardPage::renderCheckStep(QListWidgetItem* item, const CheckStep& step)
{
    if (!step.done) {
        item->setText(QStringLiteral("… %1 — %2").arg(step.title, tr("waiting for the answer", "dashboard: a step of the comprehensive check")));
        item->setForeground(healthColor(Health::Unknown));
        return;
    }
    item->setText(QStringLiteral("%1 %2 — %3%4")
                      .arg(healthSymbol(step.result.health), step.title, healthText(step.result.health),
                           step.result.reason.isEmpty() ? (step.detail.isEmpty() ? QString() : QStringLiteral(": ") + step.detail)
                                                        : QStringLiteral(": ") + step.result.reason));
    item->setForeground(healthColor(step.result.health));
}

void DashboardPage::showCheckFinished(const QList<CheckStep>& steps)
{
    const CheckVerdict verdict = checkVerdict(steps);
    m_checkVerdict->setText(QStringLiteral("<b><span style='color:%1'>%2</span> %3</b>")
                                .arg(healthColor(verdict.health).name(), healthSymbol(verdict.health),
                                     verdict.text.toHtmlEscaped()));
    m_checkVerdict->setProperty("verdict", int(verdict.health));
    m_comprehensive->setEnabled(true);
}

void DashboardPage::openUrl(const QString& base, const QString& path)
{
    if (base.isEmpty())
        return;
    QUrl url(base);
    if (!path.isEmpty())
        url.setPath(url.path() + path);
    QDesktopServices::openUrl(url);
}

} // namespace Ops
