#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Ops {

class IncidentListenThread;

/// Tells this console when another one changed the incident log: LISTEN ops_incidents on a dedicated
/// connection, on its own thread (libpq blocks; one connection per thread). The thread reconnects by
/// itself after an outage; stopping only asks it to end — it deletes itself within about a second and
/// nobody waits for it.
class IncidentNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentNotifier)

public:
    explicit IncidentNotifier(QObject* parent = nullptr);
    ~IncidentNotifier() override;

    void start(const PostgresConnectionParams& params);
    void stop();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    /// An incident (id as text) or its timeline changed, in any console (this one included).
    void changed(const QString& incidentId);
    /// The listening connection was (re)established or lost.
    void listeningChanged(bool listening);

private:
    QPointer<IncidentListenThread> m_thread;
    bool m_listening = false;
};

} // namespace Ops
