#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace Ops {

class ProcessRunner;

/// Which Docker Compose a profile's program is, read from its own `version --short`. The command the
/// profile configures (`docker-compose` or `docker compose`) does not decide it: a standalone
/// `docker-compose` may be v2, and the two name containers differently (v1 `project_app_1`, v2
/// `project-app-1`) and print `ps` differently. Settings shows what was found.
struct ComposeVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString text; ///< as printed, e.g. "1.29.2" or "2.20.3"

    bool isValid() const { return major > 0; }
    /// "1.29.2" or "v2.20.3" (a leading "v", trailing build suffixes such as "-desktop.1" allowed).
    static ComposeVersion parse(const QByteArray& output);
    /// For Settings, translated: the version, its generation and how it names containers.
    QString describe(const QString& project) const;
};

/// Runs the profile's compose program's `version --short` once (20 s deadline), through ProcessRunner:
/// an unapproved program is not run, and said so.
class ComposeVersionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeVersionProbe)

public:
    explicit ComposeVersionProbe(QObject* parent = nullptr);
    ~ComposeVersionProbe() override;

    /// Starts the probe (cancelling one that runs); nothing when the profile's stack is not Compose.
    void start(const OrchestratorSettings& settings);

Q_SIGNALS:
    void detected(const Ops::ComposeVersion& version);
    /// Not detected: why, translated (not approved, not found, timed out, unreadable answer).
    void failed(const QString& reason);

private:
    ProcessRunner* m_runner = nullptr;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ComposeVersion)
