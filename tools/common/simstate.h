#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// The truth shared by the stack simulator and the `docker` command double: which services
/// "run", how many replicas, which image tags, and the simulator's traffic scenario.
/// It lives in $STATE/sim/state.json; writers take a QLockFile and replace the file atomically
/// (QSaveFile), so readers never see half a file and need no lock.
namespace Sim {

/// One compose service of the production stack.
struct ServiceState
{
    QString name;
    int replicas = 1;
    QString state = QStringLiteral("running"); ///< running | exited | removed
    QString image;                             ///< repository, without the tag
    QString tag;
    qint64 createdMs = 0; ///< when its containers were (re)created
    qint64 startedMs = 0; ///< when they last started
    qint64 stoppedMs = 0;
    int exitCode = 0;

    QString imageRef() const { return image + QLatin1Char(':') + tag; }
    bool running() const { return state == QLatin1String("running"); }
};

struct StackState
{
    QString project = QStringLiteral("fragrance-ai");
    QString scenario = QStringLiteral("normal");
    QString badVersion; ///< set by the bad-deploy scenario: the version that misbehaves
    int logRate = 200;  ///< lines per second of `docker compose logs -f`
    /// The runbook's /tmp/maintenance.flag inside the nginx container (touch / rm through exec).
    bool maintenanceFlag = false;
    /// What NGINX serves since its last `nginx -s reload`: the maintenance page when the flag was set
    /// then. Public traffic then stops reaching the API; the flag alone changes nothing until a reload.
    bool maintenanceServing = false;
    qint64 maintenanceChangedMs = 0; ///< when maintenanceServing last changed
    QMap<QString, ServiceState> services;

    static StackState defaults(qint64 nowMs);
    static StackState fromJson(const QJsonObject& json, qint64 nowMs);
    QJsonObject toJson() const;

    /// Replicas that run now (0 when the service is stopped or removed).
    int runningReplicas(const QString& service) const;
    /// The version the app reports: its image tag without a leading "v".
    QString version() const;
    /// Whether the bad-deploy scenario's version is the deployed one.
    bool badDeployActive() const;
    /// Switches the scenario; bad-deploy marks the deployed version as the bad one.
    void setScenario(const QString& name);
    /// Deploys VERSION to the versioned services; a rollback away from a bad deploy clears it.
    /// Returns whether any tag changed.
    bool deployVersion(const QString& tag, const QStringList& onlyServices, qint64 nowMs);
    /// `nginx -s reload`: NGINX starts (or stops) serving the maintenance page as the flag says.
    void reloadNginx(qint64 nowMs);
};

/// The services in compose-file order.
QStringList serviceNames();
/// Services whose image carries the stack's VERSION.
bool isVersioned(const QString& service);
int defaultReplicas(const QString& service);
QString defaultImage(const QString& service);
QString defaultTag(const QString& service);
QStringList scenarioNames();
QString normalizeVersion(const QString& tag);

class StateFile
{
public:
    explicit StateFile(const QString& stateDir);

    QString path() const { return m_path; }
    /// Reads the state; a missing file yields the defaults.
    std::optional<StackState> read(QString* error = nullptr) const;
    /// Read-modify-write under the lock; creates the file when missing.
    bool update(const std::function<void(StackState&)>& change, QString* error = nullptr);
    /// Writes the defaults when no file exists yet.
    bool ensureExists(QString* error = nullptr);

private:
    bool write(const StackState& state, QString* error);

    QString m_dir;
    QString m_path;
};

qint64 nowMs();

} // namespace Sim
