#pragma once

#include "models/audit/auditentry.h"
#include "models/store/databaseresult.h"
#include "models/health/healthschedule.h"
#include "models/maintenance/maintenancerunstate.h"
#include "models/scaling/gradualdownscalestate.h"
#include "models/scaling/scalepolicy.h"
#include "models/profiles/connectionprofile.h"
#include "models/core/mutationgate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace Ops {

class AuditStore;
class ConsoleContext;
class HttpClient;
class IncidentLog;
class MaintenanceActivity;
class MaintenanceFlagProbe;
class MaintenanceRun;
class MaintenanceScheduler;
class MaintenanceStore;
class DatabaseWorker;
class OfflineJournal;
class OperatorLock;
class OnCallStore;
class Orchestrator;
class OrchestratorSource;
class PrometheusClient;
class RollbackAssessor;
class RollbackRunner;
class RollbackTargetVersions;
class RollbackVerifier;
class RollbackWatch;
class GradualDownscale;
class ScaleOperation;
class ServiceVerification;
class RestartOperation;
struct ProfileSecrets;
struct SourceSet;

/// The composition root of the active profile: the one object that builds every service a profile
/// needs and tears them all down together when another profile becomes active. Pages and dialogs
/// receive what they show from here; none builds a back end of its own.
///
/// What it builds, once start() was called (the application calls it; it is idempotent):
/// - the profile's secrets from the keychain (read once, asynchronously, each job with a deadline);
/// - the one HTTP client (CA, client certificate, tokens per server, deadlines, size caps);
/// - the health checks' sources, handed to the always-on HealthMonitor, which runs them;
/// - the one database worker for the console's own records (audit trail, incidents, on-call,
///   maintenance), the migrations run asynchronously, then the offline journals' replay;
/// - the audit store, the stack's one orchestrator for mutating actions, the operator lock;
/// - the incident log (with its LISTEN connection) and the on-call roster;
/// - the maintenance schedule, the rollback assessor and verifier;
/// - the per-profile scale policy (QSettings, never secrets) and production arming: a profile marked
///   production is read-only until an operator arms it, and arming expires (default 15 min).
///
/// PostgreSQL connections of one console: the monitoring check's (PostgresSource), this worker's, the
/// operator lock's session (advisory locks live with a connection), and the incident log's LISTEN.
///
/// reset() tells the pages to drop every per-profile pointer before they are deleted; built() follows
/// when the new profile's services exist.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State
    {
        Idle,      ///< not started, or no active profile
        Preparing, ///< reading the keychain, running the migrations
        Ready,     ///< the ops schema is up to date
        Degraded,  ///< the database could not be reached: audit writes go to the journal
    };
    Q_ENUM(State)

    static constexpr int kDefaultArmSeconds = 15 * 60;

    explicit Session(ConsoleContext& context, QObject* parent = nullptr);
    ~Session() override;

    /// Wires the active profile (and every later one). Idempotent.
    void start();
    /// The records database (migrations, audit and incident reads, the operator lock) waits until
    /// releaseRecords(): at start-up the console opens it once the start page shows its data, so that
    /// connecting, migrating and reading do not compete with the first frame and the start page's own
    /// requests for this machine's cores. Writes made meanwhile wait in the database queue, as they wait
    /// for the keychain. Call before the event loop runs (the keychain's answer opens them otherwise); holds
    /// every profile until released.
    void holdRecords() { m_recordsHeld = true; }
    void releaseRecords();
    bool isHoldingRecords() const { return m_recordsHeld; }
    /// A session that only looks (`--screenshot`): it builds no scale, rollback or maintenance run,
    /// changes no guardrail and replays no journal, so that it writes no audit row and acts on nothing.
    /// Set before start().
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    bool isStarted() const { return m_started; }
    State state() const { return m_state; }
    /// Why the state is Degraded (translated), else empty.
    QString stateReason() const { return m_stateReason; }

    const ConnectionProfile& profile() const { return m_profile; }
    /// The one HTTP client; lives as long as this object and follows the active profile.
    HttpClient* http() const { return m_http; }
    /// Prometheus of the active profile through the one HTTP client (null: the profile has none).
    PrometheusClient* prometheus() const;
    /// The orchestrator's status source of the health checks (null before start()).
    OrchestratorSource* orchestratorStatus() const;
    AuditStore* audit() const { return m_audit; }
    Orchestrator* orchestrator() const { return m_orchestrator; }
    OperatorLock* lock() const { return m_lock; }
    /// A second store on the same connection, for readers with their own list() answers.
    AuditStore* createAuditReader(QObject* parent) const;
    /// Checks the audit trail's hash chain (AuditChain::verifyJob) on this session's connection; the
    /// callback's value is an AuditChainReport. False (and no callback) without a database.
    bool verifyAuditChain(QObject* context, const DatabaseCallback& callback) const;
    /// A separate orchestrator for long-running reads (logs -f), so that it never blocks a scale.
    Orchestrator* createOrchestrator(QObject* parent) const;
    /// A guarded scale with this profile's policy; owned by `parent`.
    ScaleOperation* createScaleOperation(QObject* parent) const;
    /// The runbook's gradual downscale on this stack: its own scale operation, the health checks' replica
    /// counts and metrics, the recent trail's cool-downs; owned by `parent`.
    GradualDownscale* createGradualDownscale(QObject* parent) const;
    /// The runbook's restart of one service (reason, arming, lock, command, audit); owned by `parent`.
    RestartOperation* createRestartOperation(QObject* parent) const;
    /// The verification after a scale or restart (health checks, follow-up audit row); owned by `parent`.
    ServiceVerification* createServiceVerification(QObject* parent) const;
    /// The maintenance schedule of this profile (its own journal folder and cache file).
    MaintenanceStore* maintenanceStore() const { return m_maintenance; }
    /// The operator's schedule changes (plan, tick, cancel), stored and audited.
    MaintenanceScheduler* maintenanceScheduler() const { return m_scheduler; }
    /// Whether a maintenance window is on (lives as long as this object, across profiles).
    MaintenanceActivity& maintenanceActivity() const { return *m_activity; }
    /// A guided maintenance run on this stack's orchestrator, lock and audit trail; owned by `parent`.
    MaintenanceRun* createMaintenanceRun(QObject* parent) const;
    /// Reads NGINX's maintenance flag through this stack's orchestrator; owned by `parent`.
    MaintenanceFlagProbe* createMaintenanceFlagProbe(QObject* parent) const;
    /// A maintenance run or gradual downscale of this profile that a killed console left unfinished.
    std::optional<MaintenanceRunState> savedMaintenanceRun() const;
    std::optional<GradualDownscaleState> savedGradualDownscale() const;
    /// The operator chose not to resume it (nothing is left on: only the plan's remaining steps go).
    void discardSavedGradualDownscale();
    /// Where maintenance runs and gradual downscales are saved: "procedures" next to the settings file
    /// unless set (tests).
    void setProceduresDirectory(const QString& directory) { m_proceduresDirectory = directory; }
    /// Records pending in the offline journal (PostgreSQL was down when they were written).
    int journalPending() const;
    /// The incident log of this profile (null before start()).
    IncidentLog* incidents() const { return m_incidents; }
    /// The on-call roster (null before start()).
    OnCallStore* onCall() const { return m_onCall; }
    /// The rollback decision tree's evidence gatherer and the post-rollback verification.
    RollbackAssessor* rollbackAssessor() const { return m_assessor; }
    RollbackVerifier* rollbackVerifier() const { return m_verifier; }
    /// The versions a rollback can target, and the one running now.
    RollbackTargetVersions* rollbackTargets() const { return m_targets; }
    /// The post-rollback 30-minute watch of the error rate (null: the profile has no Prometheus).
    RollbackWatch* rollbackWatch() const { return m_watch; }
    /// A rollback run on this stack's orchestrator, lock and audit trail; owned by `parent`.
    RollbackRunner* createRollbackRunner(QObject* parent) const;
    /// Where the console keeps its files (incidents, exports, on-call): next to the settings file unless
    /// set (tests); a change takes effect with the next profile's services.
    QString dataDirectory() const;
    void setDataDirectory(const QString& directory) { m_dataDirectory = directory; }

    ScalePolicy policy() const { return m_policy; }
    /// Stores the policy for the active profile.
    void setPolicy(const ScalePolicy& policy);
    /// An operator's change of the guardrails: checked, stored, and audited ("policy-change", the old and
    /// new values as metrics before/after). Returns why it was refused (translated), or empty.
    QString changePolicy(const ScalePolicy& policy, const QString& reason);
    /// Why changePolicy() would refuse this change now (translated), or empty.
    QString policyChangeProblem(const ScalePolicy& policy, const QString& reason) const;
    /// Last change of a service from the recent audit trail (invalid: none known).
    QDateTime lastChangeOf(const QString& service) const;
    /// Takes a just-recorded entry into the recent trail (cool-down) at once.
    void noteRecorded(const AuditEntry& entry);

    // Trust (see README, "Security"): what the profile may run and which secrets it did not get.
    /// For each program of the active profile that may not run now (not approved on this workstation, or
    /// changed since), why (translated). Empty: every program the profile names may run.
    QStringList unapprovedPrograms() const;
    /// The secrets kept back because the profile points elsewhere than they were entered for (translated).
    QStringList withheldSecrets() const { return m_withheld; }
    /// The operator approved programs (or revoked some): the status check runs again at once.
    void noteApprovalsChanged();

    // Production safety.
    bool isProduction() const { return m_profile.production; }
    bool isArmed() const { return m_armedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_armedUntil; }
    /// Mutating actions may run: not production, or armed.
    bool mutationsAllowed() const { return !isProduction() || isArmed(); }
    /// Why a mutating action may not run now (translated), or empty: what every procedure this session
    /// creates asks before it acts (MutationGate).
    QString mutationRefusal() const;
    void setArmDuration(int seconds) { m_armSeconds = seconds; }
    int armDuration() const { return m_armSeconds; }
    /// Arms a production profile for armDuration(); audited (who, when, why, until when). Returns why it
    /// was refused (translated: no reason given, not a production profile), or empty.
    QString arm(const QString& reason);
    /// Ends arming now; audited when it was armed. `reason` empty: by the operator.
    void disarm(const QString& reason = QString());
    /// The first procedure of this session that is running now ("rollback to 0.1.0"), translated, or
    /// empty: switching, importing or saving the active profile waits until none runs.
    QString runningProcedure() const;
    /// Seconds of arming left (0: not armed).
    int armSecondsLeft() const;

Q_SIGNALS:
    void stateChanged(Ops::Session::State state);
    /// Another profile becomes active: every per-profile pointer handed out before goes now.
    void reset();
    /// The services of the (new) active profile exist.
    void built();
    void armedChanged(bool armed);
    /// Once a second while armed.
    void armTick(int secondsLeft);
    void journalPendingChanged(int pending);
    void recentChanged();
    /// Any action of this console went to the audit trail (database or journal): scale, rollback,
    /// maintenance, … Chart markers and the open incident's timeline follow it.
    void actionRecorded(const Ops::AuditEntry& entry);
    /// unapprovedPrograms() or withheldSecrets() may have changed.
    void trustChanged();

private:
    void rebuild(const ConnectionProfile& profile);
    void teardown();
    void prepare(const ProfileSecrets& secrets, quint64 generation);
    void applyTokens(const ProfileSecrets& secrets, quint64 generation);
    void openRecords();
    void migrate();
    void loadRecent();
    void setState(State state, const QString& reason = QString());
    void onArmTick();
    /// Remembers a procedure handed out, so that runningProcedure() can ask it.
    void track(QObject* procedure, std::function<bool()> running, std::function<QString()> title) const;
    MutationGate gate() const;
    void reconfirmUnchangedPrograms();

    ConsoleContext& m_context;
    ConnectionProfile m_profile;
    bool m_started = false;
    bool m_readOnly = false;
    bool m_recordsHeld = false;
    /// prepare() ran while the records were held: openRecords() is due at release.
    bool m_recordsDue = false;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_stateReason;
    QString m_password;
    QStringList m_withheld;

    QString m_dataDirectory;
    QString m_proceduresDirectory;
    HttpClient* m_http = nullptr;
    SourceSet* m_sources = nullptr;
    HealthSchedule m_schedule;
    DatabaseWorker* m_worker = nullptr;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<OfflineJournal> m_maintenanceJournal;
    MaintenanceStore* m_maintenance = nullptr;
    MaintenanceScheduler* m_scheduler = nullptr;
    MaintenanceActivity* m_activity = nullptr;
    QTimer m_maintenanceRefresh;
    AuditStore* m_audit = nullptr;
    AuditStore* m_recentReader = nullptr;
    Orchestrator* m_orchestrator = nullptr;
    OperatorLock* m_lock = nullptr;
    IncidentLog* m_incidents = nullptr;
    OnCallStore* m_onCall = nullptr;
    RollbackAssessor* m_assessor = nullptr;
    RollbackVerifier* m_verifier = nullptr;
    RollbackTargetVersions* m_targets = nullptr;
    RollbackWatch* m_watch = nullptr;
    ScalePolicy m_policy;
    QList<AuditEntry> m_recent;
    QTimer m_migrationRetry;

    struct Tracked
    {
        QPointer<QObject> procedure;
        std::function<bool()> running;
        std::function<QString()> title;
    };
    mutable QList<Tracked> m_procedures;

    int m_armSeconds = kDefaultArmSeconds;
    QDateTime m_armedUntil;
    QTimer m_armTimer;
};

} // namespace Ops
