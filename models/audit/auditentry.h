#pragma once

#include "models/audit/auditaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Ops {

/// One row of the audit trail (ops.audit): who did what to which target, why, with which command and
/// outcome, and the metrics around it. The id is made here, on the client, so that a record written
/// to the offline journal and replayed later is inserted exactly once.
struct AuditEntry
{
    Q_DECLARE_TR_FUNCTIONS(Ops::AuditEntry)

public:
    QUuid id;
    QDateTime at; ///< UTC, when the action was performed (client clock)
    QString osUser;
    QString host;
    QString profile;
    QString action; ///< the stored key of an AuditAction ("scale", "rollback-step", …); kind() reads it
    QString target; ///< service or deployment, may be empty
    QString reason;
    QStringList argv;
    int exitCode = -1;
    bool hasExitCode = false; ///< false: the command never ran or never ended
    QString outputDigest;     ///< sha256 of the output, lower-case hex
    QJsonObject metricsBefore;
    QJsonObject metricsAfter;
    bool override = false;
    /// Write-ahead: a command's intent is recorded before it starts, its outcome after (see WriteAhead).
    enum class Stage
    {
        Record,  ///< a row that stands alone (arming, a checklist tick, a whole run's summary)
        Intent,  ///< written before the command ran: what is about to change; no exit code
        Outcome, ///< written after it ended; intentId names the intent row
    };
    Stage stage = Stage::Record;
    QUuid intentId; ///< of an Outcome row: the Intent it completes

    /// A new entry with a fresh id, the current time, this machine's host name and operating-system user.
    static AuditEntry create(const QString& profile, AuditAction action, const QString& target,
                             const QString& reason);
    /// The action; nullopt for a key this console does not know (written by another version).
    std::optional<AuditAction> kind() const { return AuditActions::fromKey(action); }
    bool is(AuditAction a) const { return action == AuditActions::key(a); }
    static QString digestOf(const QByteArray& output);
    /// The outcome row of this intent: the same who, what and why, a fresh id and time, stage Outcome,
    /// intentId set; exit code, digest and metrics after are the caller's.
    AuditEntry outcome() const;
    bool isIntent() const { return stage == Stage::Intent; }
    static QString stageKey(Stage stage);
    static Stage stageFromKey(const QString& key);
    static QString currentOsUser();
    static QString currentHost();

    void setExitCode(int code)
    {
        exitCode = code;
        hasExitCode = true;
    }

    QJsonObject toJson() const;
    /// Reads what toJson wrote; `ok` false when id or time are missing.
    static AuditEntry fromJson(const QJsonObject& object, bool* ok = nullptr);

    bool operator==(const AuditEntry&) const = default;
};

/// What the Audit page asks for; empty fields do not filter.
struct AuditFilter
{
    QDateTime from; ///< inclusive
    QDateTime to;   ///< exclusive
    QString profile;
    QString action;
    QString target;
    QString text; ///< case-insensitive, in reason, target, action, user, host or argv
    int limit = 1000;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::AuditEntry)
