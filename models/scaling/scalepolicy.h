#pragma once

#include "models/audit/auditentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ops {

/// Replica bounds of one service.
struct ServiceScaleLimits
{
    int minReplicas = 1;
    int maxReplicas = 20;
    bool operator==(const ServiceScaleLimits&) const = default;
};

/// One scaling step someone asks for.
struct ScaleRequest
{
    QString service;
    int current = -1;
    int target = -1;
    QString reason;
    bool override = false; ///< emergency: guardrails are reported but do not block
    QDateTime lastChange;  ///< last change of this service (audit trail); invalid when none
    QDateTime now;         ///< invalid: the current time
};

/// The verdict on a ScaleRequest, with translated words for every rule it breaks.
struct ScaleDecision
{
    enum class Rule
    {
        ReasonRequired, ///< never overridable
        InvalidCount,   ///< negative replica counts; never overridable
        NoChange,       ///< target equals current; never overridable
        StepUp,         ///< more than ×maxUp in one step
        StepDown,       ///< less than ×maxDown in one step
        BelowMinimum,
        AboveMaximum,
        CoolDown, ///< the service changed less than the cool-down ago
    };
    struct Violation
    {
        Rule rule;
        QString message;
    };

    bool allowed = false;
    bool override = false; ///< allowed only because of an emergency override: the audit entry says so
    QList<Violation> violations;

    bool breaks(Rule rule) const;
    /// All messages, one per line.
    QString summary() const;
};

/// The runbook's scaling guardrails ("Scaling Best Practices"): at most ×2 up or ×0.5 down in one step,
/// replica bounds per service, a cool-down since the last change of that service (default 5 min), and a
/// reason for every change. An emergency override needs a reason too and is recorded as an override.
/// Editable per profile (toJson/fromJson). Pure: no I/O, no clock unless the request leaves `now` empty.
class ScalePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ScalePolicy)

public:
    double maxUpFactor = 2.0;
    double maxDownFactor = 0.5;
    int cooldownSeconds = 300;
    ServiceScaleLimits defaults;
    QHash<QString, ServiceScaleLimits> services; ///< per-service bounds; others use `defaults`

    ServiceScaleLimits limitsFor(const QString& service) const { return services.value(service, defaults); }
    /// Highest and lowest target allowed in one step from `current`.
    int maxStepUp(int current) const;
    int minStepDown(int current) const;

    ScaleDecision evaluate(const ScaleRequest& request) const;

    /// When `service` last changed according to the audit trail: the newest "scale" entry whose target
    /// (a service, or several separated by commas) names it. Invalid when there is none.
    static QDateTime lastChangeOf(const QList<AuditEntry>& entries, const QString& service);

    /// What is wrong with these values (translated, one problem per line), or empty: factors above 1 and
    /// between 0 and 1, bounds with min ≤ max, valid service names, a cool-down of at most a day.
    QString validate() const;

    QJsonObject toJson() const;
    /// Reads what toJson wrote; missing or invalid values keep their defaults.
    static ScalePolicy fromJson(const QJsonObject& object);

    bool operator==(const ScalePolicy&) const = default;
};

} // namespace Ops
