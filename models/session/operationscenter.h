#pragma once

#include "models/audit/auditentry.h"
#include "models/scaling/scalepolicy.h"
#include "models/profiles/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace Ops {

class AuditStore;
class ConsoleContext;
class MaintenanceActivity;
class MaintenanceRun;
class MaintenanceStore;
class DatabaseWorker;
class OfflineJournal;
class OperatorLock;
class Orchestrator;
class ScaleOperation;

/// The operations side of the active profile, wired once for every page: the database worker (its
/// password from the keychain), the schema migrations run at start (asynchronously) followed by a
/// journal sync, the audit store, the stack's one orchestrator for mutating actions, the operator lock,
/// the per-profile scale policy (QSettings, never secrets) and production arming: a profile marked
/// production is read-only until an operator arms it, and arming expires (default 15 min).
/// Rebuilt whenever another profile becomes active (reset() tells the pages to drop their pointers).
class OperationsCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsCenter)

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

    explicit OperationsCenter(ConsoleContext& context, QObject* parent = nullptr);
    ~OperationsCenter() override;

    /// Wires the active profile (and every later one). Idempotent.
    void start();
    bool isStarted() const { return m_started; }
    State state() const { return m_state; }
    /// Why the state is Degraded (translated), else empty.
    QString stateReason() const { return m_stateReason; }

    const ConnectionProfile& profile() const { return m_profile; }
    AuditStore* audit() const { return m_audit; }
    Orchestrator* orchestrator() const { return m_orchestrator; }
    OperatorLock* lock() const { return m_lock; }
    /// A second store on the same connection, for readers with their own list() answers.
    AuditStore* createAuditReader(QObject* parent) const;
    /// A separate orchestrator for long-running reads (logs -f), so that it never blocks a scale.
    Orchestrator* createOrchestrator(QObject* parent) const;
    /// A guarded scale with this profile's policy; owned by `parent`.
    ScaleOperation* createScaleOperation(QObject* parent) const;
    /// The maintenance schedule of this profile (its own journal folder and cache file).
    MaintenanceStore* maintenanceStore() const { return m_maintenance; }
    /// Whether a maintenance window is on (lives as long as this object, across profiles).
    MaintenanceActivity& maintenanceActivity() const { return *m_activity; }
    /// A guided maintenance run on this stack's orchestrator, lock and audit trail; owned by `parent`.
    MaintenanceRun* createMaintenanceRun(QObject* parent) const;
    /// Records pending in the offline journal (PostgreSQL was down when they were written).
    int journalPending() const;

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

    // Production safety.
    bool isProduction() const { return m_profile.production; }
    bool isArmed() const { return m_armedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_armedUntil; }
    /// Mutating actions may run: not production, or armed.
    bool mutationsAllowed() const { return !isProduction() || isArmed(); }
    void setArmDuration(int seconds) { m_armSeconds = seconds; }
    int armDuration() const { return m_armSeconds; }
    void arm();
    void disarm();
    /// Seconds of arming left (0: not armed).
    int armSecondsLeft() const;

Q_SIGNALS:
    void stateChanged(Ops::OperationsCenter::State state);
    /// Another profile became active: every pointer handed out before is gone.
    void reset();
    void armedChanged(bool armed);
    /// Once a second while armed.
    void armTick(int secondsLeft);
    void journalPendingChanged(int pending);
    void recentChanged();
    /// Any action of this console went to the audit trail (database or journal): scale, rollback,
    /// maintenance, … Chart markers and the open incident's timeline follow it.
    void actionRecorded(const Ops::AuditEntry& entry);

private:
    void rebuild(const ConnectionProfile& profile);
    void teardown();
    void prepare(const QString& password, quint64 generation);
    void migrate();
    void loadRecent();
    void setState(State state, const QString& reason = QString());
    void onArmTick();

    ConsoleContext& m_context;
    ConnectionProfile m_profile;
    bool m_started = false;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_stateReason;
    QString m_password;

    DatabaseWorker* m_worker = nullptr;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<OfflineJournal> m_maintenanceJournal;
    MaintenanceStore* m_maintenance = nullptr;
    MaintenanceActivity* m_activity = nullptr;
    QTimer m_maintenanceRefresh;
    AuditStore* m_audit = nullptr;
    AuditStore* m_recentReader = nullptr;
    Orchestrator* m_orchestrator = nullptr;
    OperatorLock* m_lock = nullptr;
    ScalePolicy m_policy;
    QList<AuditEntry> m_recent;
    QTimer m_migrationRetry;

    int m_armSeconds = kDefaultArmSeconds;
    QDateTime m_armedUntil;
    QTimer m_armTimer;
};

} // namespace Ops
