#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QThread>

namespace Ops {

/// The blocking side of IncidentNotifier: connects, LISTENs and waits for notifications in steps of at
/// most a second, so that an interruption request ends it promptly. Reconnects with a pause after
/// any failure. Talks to the GUI thread through queued signals only.
class IncidentListenThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListenThread)

public:
    static constexpr const char* kChannel = "ops_incidents";

    explicit IncidentListenThread(const PostgresConnectionParams& params);

Q_SIGNALS:
    void notified(const QString& payload);
    void listening(bool on);

protected:
    void run() override;

private:
    void pause(int ms);
    const PostgresConnectionParams m_params;
};

} // namespace Ops
