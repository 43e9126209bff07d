#include "widgets/shell/traynotifier.h"

#include "models/health/stackverdict.h"

#include "models/session/consolecontext.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/maintenance/maintenanceactivity.h"
#include "models/session/session.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Ops {

QIcon healthIcon(Health health)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(healthColor(health));
    p.setPen(Qt::NoPen);
    p.drawEllipse(4, 4, 56, 56);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(34);
    f.setBold(true);
    p.setFont(f);
    p.drawText(pixmap.rect(), Qt::AlignCenter, healthSymbol(health));
    return QIcon(pixmap);
}

TrayNotifier::TrayNotifier(ConsoleContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    // Alerts during an active maintenance window are expected: the desktop stays quiet.
    MaintenanceActivity& maintenance = context.session().maintenanceActivity();
    connect(&maintenance, &MaintenanceActivity::changed, this,
            [this, &maintenance] { setQuiet(maintenance.alertsExpected()); });
    setQuiet(maintenance.alertsExpected());
    // Asking for a tray is a D-Bus round trip (and 15–28 ms of timeouts without a session bus): not
    // before the window's first frame. A notification meanwhile waits for the icon (the last one).
    QTimer::singleShot(kTrayDelayMs, this, &TrayNotifier::createTrayIcon);
    HealthMonitor& monitor = context.health();
    // The stack's verdict: the services, raised by firing alerts.
    const auto verdictChanged = [this, &monitor] {
        const StackVerdict v = stackVerdict(*monitor.services(), *monitor.alerts());
        updateIcon(v.health, v.word());
    };
    connect(monitor.services(), &ServiceStatusModel::worstHealthChanged, this, verdictChanged);
    connect(monitor.alerts(), &AlertsModel::countsChanged, this, verdictChanged);
    connect(&monitor, &HealthMonitor::serviceTurnedUnhealthy, this, [this](const ServiceStatus& s) {
        notify(tr("%1 is %2", "desktop notification").arg(s.service, healthText(s.health)), s.reason, s.health == Health::Down);
    });
    connect(monitor.alerts(), &AlertsModel::alertStartedFiring, this, [this](const AlertEntry& a) {
        notify(tr("Alert firing: %1", "desktop notification").arg(a.name), a.summary, a.severity == QLatin1String("critical"));
    });
    verdictChanged();
}

void TrayNotifier::createTrayIcon()
{
    m_trayChecked = true;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_pending.reset();
        return;
    }
    m_tray = new QSystemTrayIcon(this);
    updateIcon(m_verdict, m_word);
    m_tray->show();
    if (m_pending) {
        m_tray->showMessage(m_pending->title, m_pending->message,
                            m_pending->critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10000);
        m_pending.reset();
    }
}

void TrayNotifier::updateIcon(Health verdict, const QString& word)
{
    m_verdict = verdict;
    m_word = word;
    if (!m_tray)
        return;
    m_tray->setIcon(healthIcon(verdict));
    m_tray->setToolTip(tr("Fragrance AI stack: %1", "desktop notification: tooltip").arg(word));
}

void TrayNotifier::notify(const QString& title, const QString& message, bool critical)
{
    if (m_quiet)
        return;
    ++m_count;
    m_last = title;
    Q_EMIT notified(title, message);
    if (m_tray)
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10000);
    else if (!m_trayChecked)
        m_pending = Pending{title, message, critical};
}

} // namespace Ops
