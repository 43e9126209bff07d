#include "models/scaling/scalepolicy.h"

#include "models/core/formatting.h"

#include "models/stack/orchestrator.h"

#include <QJsonValue>
#include <QLocale>
#include <cmath>

namespace Ops {

bool ScaleDecision::breaks(Rule rule) const
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [rule](const Violation& v) { return v.rule == rule; });
}

QString ScaleDecision::summary() const
{
    QStringList lines;
    for (const Violation& v : violations)
        lines.append(v.message);
    return lines.join(u'\n');
}

int ScalePolicy::maxStepUp(int current) const
{
    // From zero a factor gives nothing: one replica is always a step.
    return std::max(1, int(std::floor(current * maxUpFactor + 1e-9)));
}

int ScalePolicy::minStepDown(int current) const
{
    return int(std::ceil(current * maxDownFactor - 1e-9));
}

ScaleDecision ScalePolicy::evaluate(const ScaleRequest& request) const
{
    ScaleDecision decision;
    QList<ScaleDecision::Violation> hard;   // no override lifts these
    QList<ScaleDecision::Violation> guards; // the guardrails an emergency override may lift
    const QLocale locale;
    // Returns QString, not auto: a QStringBuilder would dangle on the temporaries.
    const auto factor = [](double f) -> QString { return Format::factor(f); };

    if (request.reason.trimmed().isEmpty())
        hard.append({ScaleDecision::Rule::ReasonRequired, request.override
                                                              ? tr("an emergency override needs a reason")
                                                              : tr("a reason is required for every change")});
    if (request.current < 0 || request.target < 0) {
        hard.append({ScaleDecision::Rule::InvalidCount, tr("replica counts cannot be negative")});
    } else if (request.current == request.target) {
        hard.append(
            {ScaleDecision::Rule::NoChange,
             tr("%1 already runs %2 replicas", "scaling: scalepolicy").arg(request.service, locale.toString(request.current))});
    } else {
        if (request.target > request.current && request.target > maxStepUp(request.current))
            guards.append(
                {ScaleDecision::Rule::StepUp,
                 tr("at most %1 in one step: from %2 up to %3, not %4")
                     .arg(factor(maxUpFactor), locale.toString(request.current),
                          locale.toString(maxStepUp(request.current)), locale.toString(request.target))});
        if (request.target < request.current && request.target < minStepDown(request.current))
            guards.append(
                {ScaleDecision::Rule::StepDown,
                 tr("at most %1 in one step: from %2 down to %3, not %4")
                     .arg(factor(maxDownFactor), locale.toString(request.current),
                          locale.toString(minStepDown(request.current)), locale.toString(request.target))});
        const ServiceScaleLimits limits = limitsFor(request.service);
        if (request.target < limits.minReplicas)
            guards.append({ScaleDecision::Rule::BelowMinimum,
                           tr("%1 needs at least %2 replicas")
                               .arg(request.service, locale.toString(limits.minReplicas))});
        if (request.target > limits.maxReplicas)
            guards.append({ScaleDecision::Rule::AboveMaximum,
                           tr("%1 may run at most %2 replicas")
                               .arg(request.service, locale.toString(limits.maxReplicas))});
    }
    if (request.lastChange.isValid() && cooldownSeconds > 0) {
        const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
        const qint64 since = request.lastChange.secsTo(now);
        if (since < cooldownSeconds) {
            const qint64 left = cooldownSeconds - std::max<qint64>(0, since);
            guards.append({ScaleDecision::Rule::CoolDown,
                           tr("%1 changed %2 min %3 s ago: wait %4 min %5 s more (cool-down %6 min)")
                               .arg(request.service)
                               .arg(std::max<qint64>(0, since) / 60)
                               .arg(std::max<qint64>(0, since) % 60)
                               .arg(left / 60)
                               .arg(left % 60)
                               .arg(locale.toString(cooldownSeconds / 60.0, 'g', 3))});
        }
    }
    decision.violations = hard + guards;
    decision.allowed = hard.isEmpty() && (guards.isEmpty() || request.override);
    decision.override = decision.allowed && request.override && !guards.isEmpty();
    return decision;
}

QDateTime ScalePolicy::lastChangeOf(const QList<AuditEntry>& entries, const QString& service)
{
    QDateTime last;
    for (const AuditEntry& e : entries) {
        if (e.action != QLatin1String("scale"))
            continue;
        const QStringList targets = e.target.split(u',', Qt::SkipEmptyParts);
        const bool names = std::any_of(targets.cbegin(), targets.cend(),
                                       [&service](const QString& t) { return t.trimmed() == service; });
        if (names && (!last.isValid() || e.at > last))
            last = e.at;
    }
    return last;
}

QString ScalePolicy::validate() const
{
    QStringList problems;
    if (!(maxUpFactor > 1.0 && maxUpFactor <= 10.0))
        problems << tr("The largest step up must be more than ×1 and at most ×10, not ×%1.").arg(maxUpFactor);
    if (!(maxDownFactor > 0.0 && maxDownFactor < 1.0))
        problems << tr("The largest step down must be between ×0 and ×1, not ×%1.").arg(maxDownFactor);
    if (cooldownSeconds < 0 || cooldownSeconds > 24 * 3600)
        problems << tr("The cool-down must be between 0 s and one day.");
    const auto checkLimits = [&problems](const QString& who, const ServiceScaleLimits& l) {
        if (l.minReplicas < 0 || l.maxReplicas < l.minReplicas || l.maxReplicas > 1000)
            problems << tr("%1: the bounds must satisfy 0 ≤ minimum ≤ maximum ≤ 1000 (now %2 to %3).")
                            .arg(who)
                            .arg(l.minReplicas)
                            .arg(l.maxReplicas);
    };
    checkLimits(tr("Other services", "scaling: scalepolicy"), defaults);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        if (!Orchestrator::isValidServiceName(it.key()))
            problems << tr("\"%1\" is not a valid service name.").arg(it.key());
        checkLimits(it.key(), it.value());
    }
    return problems.join(u'\n');
}

QJsonObject ScalePolicy::toJson() const
{
    QJsonObject perService;
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        perService.insert(it.key(), QJsonObject{{QStringLiteral("min"), it->minReplicas},
                                                {QStringLiteral("max"), it->maxReplicas}});
    return {
        {QStringLiteral("maxUpFactor"), maxUpFactor},
        {QStringLiteral("maxDownFactor"), maxDownFactor},
        {QStringLiteral("cooldownSeconds"), cooldownSeconds},
        {QStringLiteral("defaults"), QJsonObject{{QStringLiteral("min"), defaults.minReplicas},
                                                 {QStringLiteral("max"), defaults.maxReplicas}}},
        {QStringLiteral("services"), perService},
    };
}

ScalePolicy ScalePolicy::fromJson(const QJsonObject& object)
{
    ScalePolicy policy;
    const auto limits = [](const QJsonValue& value, ServiceScaleLimits fallback) {
        const QJsonObject o = value.toObject();
        ServiceScaleLimits l = fallback;
        l.minReplicas = std::max(0, o.value(QStringLiteral("min")).toInt(l.minReplicas));
        l.maxReplicas = std::max(l.minReplicas, o.value(QStringLiteral("max")).toInt(l.maxReplicas));
        return l;
    };
    const double up = object.value(QStringLiteral("maxUpFactor")).toDouble(policy.maxUpFactor);
    const double down = object.value(QStringLiteral("maxDownFactor")).toDouble(policy.maxDownFactor);
    if (up > 1.0)
        policy.maxUpFactor = up;
    if (down > 0.0 && down < 1.0)
        policy.maxDownFactor = down;
    policy.cooldownSeconds =
        std::max(0, object.value(QStringLiteral("cooldownSeconds")).toInt(policy.cooldownSeconds));
    policy.defaults = limits(object.value(QStringLiteral("defaults")), policy.defaults);
    const QJsonObject perService = object.value(QStringLiteral("services")).toObject();
    for (auto it = perService.constBegin(); it != perService.constEnd(); ++it)
        policy.services.insert(it.key(), limits(it.value(), policy.defaults));
    return policy;
}

} // namespace Ops
