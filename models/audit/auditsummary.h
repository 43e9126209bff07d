#pragma once

#include "models/audit/auditentry.h"

#include <QCoreApplication>
#include <QString>

namespace Ops {

/// An audit entry in the operator's words, for the places that show what the console did without
/// the Audit page's columns: a chart marker's tooltip and an open incident's timeline.
class AuditSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ops::AuditSummary)

public:
    /// One translated line, e.g. "Scaled worker-llm from 2 to 4 replicas — “queue backlog” (ops@host)".
    static QString describe(const AuditEntry& entry);
    /// The marker's family: "scale", "restart", "rollback", "maintenance" or "other" (its colour).
    static QString kind(const AuditEntry& entry);
    /// Whether the entry is an action worth a marker and a timeline line; follow-up rows that only
    /// complete another (a scale's verification) are not, nor a command's intent (its outcome is).
    static bool isEvent(const AuditEntry& entry);
};

} // namespace Ops
