#include "models/health/stackalerts.h"

#include "models/sources/alertmanagersource.h"
#include "models/sources/prometheussnapshot.h"

#include <QHash>
#include <QSet>

namespace Ops {

namespace {

const QString kQueue = QStringLiteral("queue");
const QString kService = QStringLiteral("service");
const QString kInstance = QStringLiteral("instance");

/// Identity of an alert in both servers: its whole label set.
QString labelKey(const PromLabels& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char('\x1f'));
}

QString subjectOf(const PromLabels& labels)
{
    return labels.value(kQueue, labels.value(kService, labels.value(kInstance)));
}

/// The labels that tell two alerts of one rule apart, beyond the subject: "instance=…, status=500".
QString otherLabels(const PromLabels& labels)
{
    static const QSet<QString> shown = {QStringLiteral("alertname"), QStringLiteral("severity"), QStringLiteral("job")};
    const QString subject = subjectOf(labels);
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (shown.contains(it.key()) || it.value() == subject || it.value().isEmpty())
            continue;
        parts << it.key() + QLatin1Char('=') + it.value();
    }
    return parts.join(QStringLiteral(", "));
}

AlertEntry entryOf(const QString& name, const PromLabels& labels, const QString& summary)
{
    AlertEntry a;
    a.name = name;
    a.origin = AlertEntry::Origin::Prometheus;
    a.severity = labels.value(QStringLiteral("severity"));
    a.summary = summary;
    a.subject = subjectOf(labels);
    a.labels = otherLabels(labels);
    return a;
}

} // namespace

QList<AlertEntry> stackAlerts(const PrometheusSnapshot* prometheus, const AlertmanagerSnapshot* alertmanager)
{
    QHash<QString, const AmAlert*> held;
    if (alertmanager)
        for (const AmAlert& a : alertmanager->alerts)
            held.insert(labelKey(a.labels), &a);

    QList<AlertEntry> out;
    QSet<QString> listed;
    if (prometheus) {
        for (const PromAlert& p : prometheus->alerts) {
            if (p.state == PromAlert::State::Inactive)
                continue;
            const QString key = labelKey(p.labels);
            AlertEntry a = entryOf(p.name, p.labels, p.summary);
            a.state = p.state == PromAlert::State::Firing ? AlertEntry::State::Firing : AlertEntry::State::Pending;
            a.value = alertValueText(p.name, p.value);
            a.since = p.activeAt;
            if (const AmAlert* m = held.value(key); m && m->isSuppressed() && a.state == AlertEntry::State::Firing)
                a.state = AlertEntry::State::Silenced;
            listed.insert(key);
            out << a;
        }
    }
    if (alertmanager) {
        for (const AmAlert& m : alertmanager->alerts) {
            if (listed.contains(labelKey(m.labels)))
                continue;
            AlertEntry a = entryOf(m.name, m.labels, m.summary);
            a.state = m.isSuppressed() ? AlertEntry::State::Silenced : AlertEntry::State::Firing;
            a.value = QStringLiteral("–"); // Alertmanager keeps no value
            a.since = m.startsAt;
            out << a;
        }
    }
    return out;
}

void mergeQueueAlerts(QList<AlertEntry>& console, QList<AlertEntry>& stack)
{
    const auto isRuleBacklog = [](const AlertEntry& a) { return a.name == QLatin1String("WorkerQueueBacklog"); };
    const auto isConsoleBacklog = [](const AlertEntry& a) { return a.name == QLatin1String("QueueLengthHigh"); };
    QHash<QString, AlertEntry::State> rule;
    for (const AlertEntry& a : std::as_const(stack))
        if (isRuleBacklog(a))
            rule.insert(a.subject, a.state);
    QSet<QString> consoleFiring;
    for (const AlertEntry& a : std::as_const(console))
        if (isConsoleBacklog(a) && a.state == AlertEntry::State::Firing)
            consoleFiring.insert(a.subject);
    // The rule speaks for its queue once it fires (or is silenced); until then the console's row does.
    console.removeIf([&](const AlertEntry& a) {
        return isConsoleBacklog(a) && rule.contains(a.subject) && rule.value(a.subject) != AlertEntry::State::Pending;
    });
    stack.removeIf([&](const AlertEntry& a) {
        return isRuleBacklog(a) && a.state == AlertEntry::State::Pending && consoleFiring.contains(a.subject);
    });
}

AlertCounts countAlerts(const QList<AlertEntry>& alerts)
{
    AlertCounts c;
    for (const AlertEntry& a : alerts) {
        switch (a.state) {
        case AlertEntry::State::Firing:
            ++c.firing;
            if (isCritical(a))
                ++c.criticalFiring;
            break;
        case AlertEntry::State::Pending: ++c.pending; break;
        case AlertEntry::State::Silenced: ++c.silenced; break;
        case AlertEntry::State::Resolved: break;
        }
    }
    return c;
}

} // namespace Ops
