#pragma once

#include "models/audit/auditentry.h"
#include "models/core/mutationgate.h"
#include "models/stack/orchestratorcommand.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Ops {

class AuditStore;
class OperatorLock;
class Orchestrator;
class WriteAhead;

/// The flow one change of the stack shares, whichever it is (a scale, a restart): the stack's operator
/// lock, the arming asked again once it is held, the intent in the audit trail (WriteAhead: database or
/// journal) before the orchestrator's command, the command, its outcome row naming the intent, then the
/// lock given back. Nothing runs when the lock, the arming or the audit trail says no; a command that ran
/// is always followed by its outcome, and a console killed while it ran leaves its intent behind.
///
/// An emergency (a request marked so) may act without the lock when PostgreSQL cannot be reached: its
/// rows go to the journal, and the intent builder is told why there is no lock.
class GuardedChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedChange)

public:
    enum class Stage
    {
        Idle,
        Locking,
        Running,
        Recording,
        Releasing
    };
    Q_ENUM(Stage)

    struct Request
    {
        QString profile;
        QString lockPurpose; ///< what the lock's holder row says ("scale app=3", "restart app")
        QString action;      ///< the orchestrator action whose finished() ends the command ("scale")
        /// Without PostgreSQL this change acts anyway, journaled with "no lock" (an emergency override).
        bool emergency = false;
        /// Without PostgreSQL, an emergency override could have acted: the refusal says so.
        bool offersEmergency = false;
        MutationGate gate; ///< asked again once the lock is held (arming may have expired meanwhile)
        /// The intent row, built once the lock is held; `noLock` is why there is none (empty: locked).
        std::function<AuditEntry(const QString& noLock)> intent;
        /// Starts the command (orchestrator finished() or refused() follows).
        std::function<void(Orchestrator&)> run;
    };

    /// None is owned; all must outlive this object.
    GuardedChange(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit, QObject* parent = nullptr);

    bool isConnected() const;
    void start(Request request);
    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(Ops::GuardedChange::Stage stage);
    /// Nothing ran (the lock, the arming, the audit trail or the orchestrator said no); translated.
    void refused(const QString& reason);
    /// The command ran (ok or not) and `entry`, its outcome row (entry.intentId names the intent), was
    /// appended: `journaled` to the offline journal, `auditError` when it could not be recorded at all.
    void finished(const Ops::OrchestratorResult& result, const Ops::AuditEntry& entry, bool journaled,
                  const QString& auditError);
    /// PostgreSQL is unreachable: the emergency goes on without the lock (translated).
    void proceedingWithoutLock(const QString& reason);

private:
    void setStage(Stage stage);
    void onLocked();
    void runCommand();
    void onCommandFinished(const Ops::OrchestratorResult& result);
    void releaseLock();
    void refuse(const QString& reason);
    void release();
    void disconnectAll();

    QPointer<Orchestrator> m_orchestrator;
    QPointer<OperatorLock> m_lock;
    QPointer<AuditStore> m_audit;
    WriteAhead* m_writeAhead;
    Request m_request;
    Stage m_stage = Stage::Idle;
    QList<QMetaObject::Connection> m_connections;
    OrchestratorResult m_result;
    AuditEntry m_entry;
    bool m_journaled = false;
    bool m_lockless = false;
    QString m_lockProblem;
    QString m_auditError;
    QString m_pendingRefusal;
};

} // namespace Ops
