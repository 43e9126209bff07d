#include "models/audit/writeahead.h"

#include "models/audit/auditstore.h"
#include "models/core/logging.h"

namespace Ops {

WriteAhead::WriteAhead(AuditStore* audit, QObject* parent) : QObject(parent), m_audit(audit) {}

QStringList WriteAhead::argvOf(const QList<QStringList>& commands)
{
    OrchestratorResult r;
    r.commands = commands;
    return r.auditArgv();
}

QStringList WriteAhead::argvOf(const QList<OrchestratorCommand>& commands)
{
    QList<QStringList> all;
    for (const OrchestratorCommand& c : commands)
        all.append(c.argv());
    return argvOf(all);
}

void WriteAhead::begin(AuditEntry intent, std::function<void()> proceed,
                       std::function<void(const QString&)> refuse)
{
    if (m_open) {
        refuse(tr("the previous command's outcome has not been recorded yet"));
        return;
    }
    if (!m_audit) {
        refuse(tr("no audit trail: nothing runs unrecorded"));
        return;
    }
    intent.stage = AuditEntry::Stage::Intent;
    intent.intentId = QUuid();
    intent.exitCode = -1;
    intent.hasExitCode = false;
    m_intent = intent;
    m_open = true;
    m_intentJournaled = false;
    const QUuid id = intent.id;
    m_audit->append(
        intent, this,
        [this, id, proceed, refuse](bool journaled, const QString& error) {
            if (!m_open || m_intent.id != id)
                return;
            if (!error.isEmpty()) {
                m_open = false;
                qCWarning(lcOrchestrator) << "intent not recorded, the command does not run:" << error;
                refuse(tr("the intent could not be recorded, so the command was not run: %1").arg(error));
                return;
            }
            m_intentJournaled = journaled;
            proceed();
        },
        m_journalOnly ? AuditStore::Route::JournalOnly : AuditStore::Route::DatabaseFirst);
}

void WriteAhead::complete(const OrchestratorResult& result, const QJsonObject& metricsAfter, Outcome done)
{
    if (!m_open)
        return;
    AuditEntry outcome = m_intent.outcome();
    if (!result.commands.isEmpty())
        outcome.argv = result.auditArgv(); // what really started (a failure stops the rest)
    if (result.exitCode >= 0 && !result.timedOut && !result.cancelled)
        outcome.setExitCode(result.exitCode);
    if (!result.commands.isEmpty())
        outcome.outputDigest = result.outputDigest();
    for (auto it = metricsAfter.constBegin(); it != metricsAfter.constEnd(); ++it)
        outcome.metricsAfter.insert(it.key(), it.value());
    if (!result.ok && !result.error.isEmpty())
        outcome.metricsAfter.insert(QStringLiteral("error"), result.error);
    finish(outcome, std::move(done));
}

void WriteAhead::cancel(const QString& why, Outcome done)
{
    if (!m_open)
        return;
    AuditEntry outcome = m_intent.outcome();
    outcome.argv.clear(); // nothing started
    outcome.metricsAfter.insert(QStringLiteral("notRun"), why);
    finish(outcome, std::move(done));
}

void WriteAhead::abandon(const QString& why, Outcome done)
{
    if (!m_open)
        return;
    AuditEntry outcome = m_intent.outcome();
    outcome.metricsAfter.insert(QStringLiteral("interrupted"), why);
    finish(outcome, std::move(done));
}

void WriteAhead::whenSettled(std::function<void()> then)
{
    if (m_outcomesInFlight == 0)
        then();
    else
        m_whenSettled.append(std::move(then));
}

void WriteAhead::finish(AuditEntry outcome, Outcome done)
{
    m_open = false;
    if (!m_audit) {
        if (done)
            done(outcome, false, tr("no audit trail"));
        return;
    }
    ++m_outcomesInFlight;
    m_audit->append(
        outcome, this,
        [this, outcome, done](bool journaled, const QString& error) {
            if (done)
                done(outcome, journaled, error);
            if (--m_outcomesInFlight == 0)
                for (const std::function<void()>& then : std::exchange(m_whenSettled, {}))
                    then();
        },
        m_journalOnly ? AuditStore::Route::JournalOnly : AuditStore::Route::DatabaseFirst);
}

} // namespace Ops
