// The maintenance run's smoke test: the profile's command, run as a process, passed or failed.
#pragma once

#include "models/profiles/connectionprofile.h"

#include <QObject>
#include <QPointer>

namespace Ops {

class ProcessRunner;

/// MaintenanceRun's "run the smoke test": the profile's command (SmokeTestCommand: an argument list, never
/// a shell) with a 120 s deadline, its output line by line; passed on exit code 0.
class MaintenanceSmokeTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceSmokeTest)

public:
    explicit MaintenanceSmokeTest(QObject* parent = nullptr);

    void run(const ConnectionProfile& profile);
    /// Stops the test; a cancelled test reports nothing.
    void cancel();

Q_SIGNALS:
    void output(const QString& line);
    void passed(const QString& detail);
    void failed(const QString& reason);

private:
    QPointer<ProcessRunner> m_runner;
};

} // namespace Ops
