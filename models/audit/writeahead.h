#pragma once

#include "models/audit/auditentry.h"
#include "models/stack/orchestratorcommand.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Ops {

class AuditStore;

/// The one way every procedure (scale, rollback step, maintenance step, gradual step) records a command
/// that changes the stack: its intent goes to the audit trail — the database, or the offline journal when
/// the database cannot be reached — and only once it is safe there does the command start; when it ended,
/// its outcome follows as a second row that names the intent (ops.audit is append-only). A console killed
/// in between leaves an intent without an outcome (ops.audit_unfinished): the change is never unrecorded,
/// its result is "unknown". When neither the database nor the journal takes the intent, nothing runs.
class WriteAhead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteAhead)

public:
    using Outcome = std::function<void(const Ops::AuditEntry& entry, bool journaled, const QString& error)>;

    /// `audit` is not owned and must outlive this object; null: nothing is recorded and nothing may run.
    explicit WriteAhead(AuditStore* audit, QObject* parent = nullptr);

    /// The database is known to be unreachable (no operator lock could be taken): records go straight
    /// to the journal instead of waiting for the database's deadline once more.
    void setJournalOnly(bool on) { m_journalOnly = on; }
    bool journalOnly() const { return m_journalOnly; }

    /// Records `intent` (its stage set to Intent, no exit code), then calls `proceed`; `refuse(reason)`
    /// instead when it could not be recorded at all. One intent at a time.
    void begin(AuditEntry intent, std::function<void()> proceed, std::function<void(const QString&)> refuse);
    /// Records the outcome of the open intent: exit code (when the command ended by itself) and the digest
    /// of the output from `result`, `metricsAfter` added to the intent's; `done` once it is safe (or not).
    void complete(const OrchestratorResult& result, const QJsonObject& metricsAfter = QJsonObject(),
                  Outcome done = Outcome());
    /// The open intent's command never started (refused before anything ran): recorded as such.
    void cancel(const QString& why, Outcome done = Outcome());
    /// The open intent's command was cut off and its end will not be seen (an abort): the outcome says so,
    /// without an exit code.
    void abandon(const QString& why, Outcome done = Outcome());

    /// Calls `then` once every outcome handed to complete(), cancel() or abandon() is safe (or failed):
    /// a procedure moves on to a step that waits for the operator only when the last command's outcome is
    /// recorded, so that a console killed while it waits leaves no intent without its outcome.
    void whenSettled(std::function<void()> then);

    /// An intent was recorded and its outcome not yet.
    bool isOpen() const { return m_open; }
    AuditEntry intent() const { return m_intent; }
    bool intentJournaled() const { return m_intentJournaled; }

    /// The argv of several commands as one list (";" between them), as OrchestratorResult::auditArgv().
    static QStringList argvOf(const QList<OrchestratorCommand>& commands);
    static QStringList argvOf(const QList<QStringList>& commands);

private:
    void finish(AuditEntry outcome, Outcome done);

    QPointer<AuditStore> m_audit;
    bool m_journalOnly = false;
    bool m_open = false;
    bool m_intentJournaled = false;
    int m_outcomesInFlight = 0;
    QList<std::function<void()>> m_whenSettled;
    AuditEntry m_intent;
};

} // namespace Ops
