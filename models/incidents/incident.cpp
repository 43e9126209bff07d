#include "models/incidents/incident.h"

#include "models/core/formatting.h"
#include <QJsonArray>

namespace Ops {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QString uuidText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

QList<ChecklistItem> checklistItems()
{
    return {ServiceRestored, RootCauseIdentified, MonitoringNormal, TeamNotified, IncidentLogUpdated,
            PostmortemScheduled};
}

QJsonObject TimelineEntry::toJson() const
{
    return {{QStringLiteral("id"), uuidText(id)},
            {QStringLiteral("at"), Format::isoUtc(at)},
            {QStringLiteral("author"), author},
            {QStringLiteral("text"), text}};
}

TimelineEntry TimelineEntry::fromJson(const QJsonObject& o)
{
    return {QUuid::fromString(o.value(QStringLiteral("id")).toString()),
            Format::fromIso(o.value(QStringLiteral("at"))).toUTC(),
            o.value(QStringLiteral("author")).toString(), o.value(QStringLiteral("text")).toString()};
}

Incident Incident::create(const QString& title, Severity severity)
{
    Incident incident;
    incident.id = QUuid::createUuid();
    incident.title = title;
    incident.severity = severity;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole seconds: what PostgreSQL gives back compares equal.
    incident.startedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return incident;
}

bool Incident::sameFields(const Incident& o) const
{
    return id == o.id && title == o.title && severity == o.severity && status == o.status &&
           impact == o.impact && startedAt == o.startedAt && detectedBy == o.detectedBy &&
           commander == o.commander && actionsTaken == o.actionsTaken && nextSteps == o.nextSteps &&
           eta == o.eta && checklist == o.checklist && rootCause == o.rootCause &&
           postmortemDate == o.postmortemDate && resolvedAt == o.resolvedAt && alerts == o.alerts;
}

QJsonObject Incident::toJson() const
{
    QJsonArray entries;
    for (const TimelineEntry& entry : timeline)
        entries.append(entry.toJson());
    return {{QStringLiteral("id"), uuidText(id)},
            {QStringLiteral("title"), title},
            {QStringLiteral("severity"), int(severity)},
            {QStringLiteral("status"), statusKey(status)},
            {QStringLiteral("impact"), impact},
            {QStringLiteral("startedAt"), Format::isoUtc(startedAt)},
            {QStringLiteral("detectedBy"), detectedBy},
            {QStringLiteral("commander"), commander},
            {QStringLiteral("actionsTaken"), QJsonArray::fromStringList(actionsTaken)},
            {QStringLiteral("nextSteps"), QJsonArray::fromStringList(nextSteps)},
            {QStringLiteral("eta"), eta},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("rootCause"), rootCause},
            {QStringLiteral("postmortemDate"),
             postmortemDate.isValid() ? postmortemDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("resolvedAt"), Format::isoUtc(resolvedAt)},
            {QStringLiteral("alerts"), QJsonArray::fromStringList(alerts)},
            {QStringLiteral("timeline"), entries},
            {QStringLiteral("version"), version},
            {QStringLiteral("lastChange"), uuidText(lastChange)},
            {QStringLiteral("updatedAt"), Format::isoUtc(updatedAt)}};
}

Incident Incident::fromJson(const QJsonObject& o, bool* ok)
{
    Incident i;
    i.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    i.title = o.value(QStringLiteral("title")).toString();
    i.severity = severityFromInt(o.value(QStringLiteral("severity")).toInt(2));
    i.status = statusFromKey(o.value(QStringLiteral("status")).toString());
    i.impact = o.value(QStringLiteral("impact")).toString();
    i.startedAt = Format::fromIso(o.value(QStringLiteral("startedAt"))).toUTC();
    i.detectedBy = o.value(QStringLiteral("detectedBy")).toString();
    i.commander = o.value(QStringLiteral("commander")).toString();
    i.actionsTaken = stringList(o.value(QStringLiteral("actionsTaken")));
    i.nextSteps = stringList(o.value(QStringLiteral("nextSteps")));
    i.eta = o.value(QStringLiteral("eta")).toString();
    i.checklist = o.value(QStringLiteral("checklist")).toInt();
    i.rootCause = o.value(QStringLiteral("rootCause")).toString();
    i.postmortemDate = QDate::fromString(o.value(QStringLiteral("postmortemDate")).toString(), Qt::ISODate);
    i.resolvedAt = Format::fromIso(o.value(QStringLiteral("resolvedAt"))).toUTC();
    i.alerts = stringList(o.value(QStringLiteral("alerts")));
    const QJsonArray entries = o.value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue& v : entries)
        i.timeline.append(TimelineEntry::fromJson(v.toObject()));
    i.version = o.value(QStringLiteral("version")).toInt();
    i.lastChange = QUuid::fromString(o.value(QStringLiteral("lastChange")).toString());
    i.updatedAt = Format::fromIso(o.value(QStringLiteral("updatedAt"))).toUTC();
    if (ok)
        *ok = !i.id.isNull() && i.startedAt.isValid();
    return i;
}

QString severityKey(Severity severity)
{
    return QStringLiteral("P%1").arg(int(severity));
}

Severity severityFromInt(int value)
{
    return Severity(qBound(0, value, 3));
}

QString statusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating: return QStringLiteral("investigating");
    case IncidentStatus::Identified: return QStringLiteral("identified");
    case IncidentStatus::Monitoring: return QStringLiteral("monitoring");
    case IncidentStatus::Resolved: return QStringLiteral("resolved");
    }
    return QStringLiteral("investigating");
}

IncidentStatus statusFromKey(const QString& key, bool* ok)
{
    for (IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
                             IncidentStatus::Resolved}) {
        if (statusKey(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return IncidentStatus::Investigating;
}

QString SeverityInfo::label(Severity severity)
{
    switch (severity) {
    case Severity::P0: return tr("P0 - Critical", "incidents: incident");
    case Severity::P1: return tr("P1 - High", "incidents: incident");
    case Severity::P2: return tr("P2 - Medium", "incidents: incident");
    case Severity::P3: return tr("P3 - Low", "incidents: incident");
    }
    return {};
}

QString SeverityInfo::shortLabel(Severity severity)
{
    return severityKey(severity);
}

QString SeverityInfo::description(Severity severity)
{
    switch (severity) {
    case Severity::P0: return tr("Service down, data loss");
    case Severity::P1: return tr("Major feature broken", "incidents: incident");
    case Severity::P2: return tr("Minor feature broken", "incidents: incident");
    case Severity::P3: return tr("Cosmetic issues", "incidents: incident");
    }
    return {};
}

QString SeverityInfo::responseTime(Severity severity)
{
    switch (severity) {
    case Severity::P0: return tr("Immediate", "incidents: incident");
    case Severity::P1: return tr("15 minutes", "incidents: incident");
    case Severity::P2: return tr("4 hours", "incidents: incident");
    case Severity::P3: return tr("2 days", "incidents: incident");
    }
    return {};
}

QString SeverityInfo::escalation(Severity severity)
{
    switch (severity) {
    case Severity::P0: return tr("All hands", "incidents: incident");
    case Severity::P1: return tr("On-call engineer", "incidents: incident");
    case Severity::P2: return tr("Next business day", "incidents: incident");
    case Severity::P3: return tr("Backlog", "incidents: incident");
    }
    return {};
}

qint64 SeverityInfo::responseSeconds(Severity severity)
{
    switch (severity) {
    case Severity::P0: return 0;
    case Severity::P1: return 15 * 60;
    case Severity::P2: return 4 * 3600;
    case Severity::P3: return 2 * 86400;
    }
    return 0;
}

QString SeverityInfo::statusText(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating: return tr("Investigating", "incident status");
    case IncidentStatus::Identified: return tr("Identified", "incident status");
    case IncidentStatus::Monitoring: return tr("Monitoring", "incident status");
    case IncidentStatus::Resolved: return tr("Resolved", "incident status");
    }
    return {};
}

QString SeverityInfo::checklistText(ChecklistItem item)
{
    switch (item) {
    case ServiceRestored: return tr("Service restored", "incidents: incident");
    case RootCauseIdentified: return tr("Root cause identified", "incidents: incident");
    case MonitoringNormal: return tr("Monitoring shows normal behavior");
    case TeamNotified: return tr("Team notified", "incidents: incident");
    case IncidentLogUpdated: return tr("Incident log updated", "incidents: incident");
    case PostmortemScheduled: return tr("Postmortem scheduled", "incidents: incident");
    }
    return {};
}

} // namespace Ops
