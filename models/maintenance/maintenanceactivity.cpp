#include "models/maintenance/maintenanceactivity.h"

#include "models/maintenance/maintenancestore.h"
#include "models/maintenance/silenceclient.h"
#include "models/audit/auditentry.h"

namespace Ops {

MaintenanceActivity::MaintenanceActivity(HttpClient* http, QObject* parent)
    : QObject(parent),
      m_silences(new SilenceClient(http, this)), m_services{
                                               QStringLiteral("app"),        QStringLiteral("nginx"),
                                               QStringLiteral("postgres"),   QStringLiteral("redis"),
                                               QStringLiteral("worker-llm"), QStringLiteral("worker-rl")}
{
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, &MaintenanceActivity::evaluate);
    m_tick.start();
    connect(m_silences, &SilenceClient::failed, this, [this](const QString& reason) {
        m_creating.clear();
        m_expiring.clear();
        Q_EMIT silenceNote(tr("Alertmanager silence: %1", "maintenance: maintenanceactivity").arg(reason));
    });
    connect(m_silences, &SilenceClient::expired, this, [this](const QString& id) {
        m_expiring.remove(id);
        Q_EMIT silenceNote(tr("Alertmanager silence %1 expired", "maintenance: maintenanceactivity").arg(id));
    });
}

MaintenanceActivity::~MaintenanceActivity() = default;

void MaintenanceActivity::setStore(MaintenanceStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &MaintenanceStore::windowsChanged, this, [this] { setWindows(m_store->windows()); });
        setWindows(store->windows());
    } else {
        setWindows({});
    }
}

void MaintenanceActivity::setWindows(const QList<MaintenanceWindow>& windows)
{
    m_windows = windows;
    evaluate();
}

void MaintenanceActivity::evaluate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MaintenanceWindow active = Ops::activeWindow(m_windows, now);
    const MaintenanceWindow upcoming = Ops::upcomingWindow(m_windows, now, m_horizon);
    const bool differs = active != m_active || upcoming != m_upcoming;
    m_active = active;
    m_upcoming = upcoming;
    if (differs)
        Q_EMIT changed();
    keepSilences(now);
}

void MaintenanceActivity::keepSilences(const QDateTime& now)
{
    if (!m_silences->isConfigured())
        return;
    for (const MaintenanceWindow& w : std::as_const(m_windows)) {
        if (w.isActive(now) && w.silenceId.isEmpty() && !m_creating.contains(w.id) && now < w.end) {
            m_creating.insert(w.id);
            const QUuid id = w.id;
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_silences, &SilenceClient::created, this,
                                  [this, id, connection](const QString& sid) {
                                      disconnect(*connection);
                                      m_creating.remove(id);
                                      Q_EMIT silenceNote(tr("Alertmanager silence %1 created", "maintenance: maintenanceactivity").arg(sid));
                                      Q_EMIT silenceCreated(id, sid);
                                      if (!m_store)
                                          return;
                                      MaintenanceWindow updated = m_store->window(id);
                                      if (updated.isValid()) {
                                          updated.silenceId = sid;
                                          m_store->saveWindow(updated);
                                      }
                                  });
            m_silences->create(m_services, now, w.end, AuditEntry::currentOsUser(),
                               tr("Maintenance window: %1", "maintenance: maintenanceactivity").arg(w.title));
            return; // one request at a time
        }
        // Ended early (closed before its end): the silence must not outlive the work.
        if (w.isClosed() && !w.silenceId.isEmpty() && now < w.end && !m_expiring.contains(w.silenceId)) {
            m_expiring.insert(w.silenceId);
            m_silences->expire(w.silenceId);
            if (m_store) {
                MaintenanceWindow updated = w;
                updated.silenceId.clear();
                m_store->saveWindow(updated);
            }
            return;
        }
    }
}

} // namespace Ops
