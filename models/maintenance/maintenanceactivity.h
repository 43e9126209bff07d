#pragma once

#include "models/maintenance/maintenancewindow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace Ops {

class MaintenanceStore;
class HttpClient;
class SilenceClient;

/// "Is a maintenance window on?" for everything outside the Maintenance page: while one is active the
/// dashboard marks alerts as expected and the tray stays quiet; an upcoming one is announced in advance.
/// Follows a MaintenanceStore (or windows given directly) and re-evaluates on a timer, since windows
/// start and end by the clock. With an Alertmanager URL it also keeps the window's silence: created when
/// the window becomes active (ending with it), expired when the window is closed before its end.
class MaintenanceActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceActivity)

public:
    /// Silences go to the Alertmanager of `http` (the session's client), when the profile names one.
    explicit MaintenanceActivity(HttpClient* http, QObject* parent = nullptr);
    ~MaintenanceActivity() override;

    /// Not owned; may be null (no windows).
    void setStore(MaintenanceStore* store);
    void setWindows(const QList<MaintenanceWindow>& windows);
    /// How far ahead a window counts as upcoming (default 72 h: longer than the runbook's 24 h notice,
    /// so the operators see it before the users are told).
    void setUpcomingHorizon(qint64 seconds) { m_horizon = seconds; }
    /// Empty: no silences.
    /// The stack's services the silence covers (default the compose services of the runbook).
    void setServices(const QStringList& services) { m_services = services; }
    QStringList services() const { return m_services; }
    void setTickInterval(int ms) { m_tick.setInterval(ms); }

    MaintenanceWindow activeWindow() const { return m_active; }
    MaintenanceWindow upcomingWindow() const { return m_upcoming; }
    bool alertsExpected() const { return m_active.isValid(); }

    /// Re-reads the clock now (the timer does it every 15 s).
    void evaluate();

Q_SIGNALS:
    /// The active or the upcoming window changed (or one of them began or ended).
    void changed();
    /// A silence was created or expired (message translated), or failed.
    void silenceNote(const QString& message);
    /// The Alertmanager holds `silenceId` for the window `windowId` now.
    void silenceCreated(const QUuid& windowId, const QString& silenceId);

private:
    void keepSilences(const QDateTime& now);

    QPointer<MaintenanceStore> m_store;
    QList<MaintenanceWindow> m_windows;
    MaintenanceWindow m_active;
    MaintenanceWindow m_upcoming;
    qint64 m_horizon = 72 * 3600;
    QTimer m_tick;
    SilenceClient* m_silences;
    QStringList m_services;
    QSet<QUuid> m_creating;   ///< windows whose silence is being created
    QSet<QString> m_expiring; ///< silence ids being expired
};

} // namespace Ops
