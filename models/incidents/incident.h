#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Ops {

/// The runbook's severity levels (Incident Response → Severity Levels).
enum class Severity { P0, P1, P2, P3 };
/// The runbook's incident states (Incident Communication Template).
enum class IncidentStatus { Investigating, Identified, Monitoring, Resolved };

/// The runbook's resolution checklist, one bit each (stored as such in ops.incidents.checklist).
enum ChecklistItem {
    ServiceRestored = 1,
    RootCauseIdentified = 2,
    MonitoringNormal = 4,
    TeamNotified = 8,
    IncidentLogUpdated = 16,
    PostmortemScheduled = 32,
};
QList<ChecklistItem> checklistItems();

/// One timestamped update of an incident's timeline (ops.incident_updates, append-only).
struct TimelineEntry
{
    QUuid id;
    QDateTime at; ///< UTC
    QString author;
    QString text;

    QJsonObject toJson() const;
    static TimelineEntry fromJson(const QJsonObject& object);
    bool operator==(const TimelineEntry&) const = default;
};

/// One incident of the log (ops.incidents plus its timeline). The id is made on the client, so an
/// incident created while PostgreSQL is down is inserted exactly once when the journal is replayed.
struct Incident
{
    QUuid id;
    QString title;
    Severity severity = Severity::P2;
    IncidentStatus status = IncidentStatus::Investigating;
    QString impact;
    QDateTime startedAt; ///< UTC
    QString detectedBy;
    QString commander;
    QStringList actionsTaken;
    QStringList nextSteps;
    QString eta;
    int checklist = 0; ///< ChecklistItem bits
    QString rootCause;
    QDate postmortemDate;
    QDateTime resolvedAt; ///< UTC; set when the status becomes Resolved
    QStringList alerts;   ///< alerts that fired ("HighErrorRate: High error rate detected")
    QList<TimelineEntry> timeline;

    int version = 0;   ///< row version in the database; 0: never written there
    QUuid lastChange;  ///< the change that produced this state (see IncidentStore)
    QDateTime updatedAt;

    /// A new incident with a fresh id, started now.
    static Incident create(const QString& title, Severity severity);

    bool isOpen() const { return status != IncidentStatus::Resolved; }
    bool isChecked(ChecklistItem item) const { return (checklist & item) != 0; }
    void setChecked(ChecklistItem item, bool on) { checklist = on ? (checklist | item) : (checklist & ~item); }
    /// Same content of the editable fields (ignores version, change and timeline).
    bool sameFields(const Incident& other) const;

    QJsonObject toJson() const;
    static Incident fromJson(const QJsonObject& object, bool* ok = nullptr);
    bool operator==(const Incident&) const = default;
};

/// Texts and figures of the runbook's severity table; the texts are translated.
struct SeverityInfo
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SeverityInfo)

public:
    static QString label(Severity severity);       ///< "P0 - Critical"
    static QString shortLabel(Severity severity);  ///< "P0"
    static QString description(Severity severity); ///< "Service down, data loss"
    static QString responseTime(Severity severity);
    static QString escalation(Severity severity);  ///< "All hands", "On-call engineer", …
    /// Response time in seconds (0 for P0: immediate).
    static qint64 responseSeconds(Severity severity);
    static QString statusText(IncidentStatus status);
    static QString checklistText(ChecklistItem item);
};

QString severityKey(Severity severity); ///< "P0" … "P3" (not translated)
Severity severityFromInt(int value);
QString statusKey(IncidentStatus status); ///< as stored: "investigating", …
IncidentStatus statusFromKey(const QString& key, bool* ok = nullptr);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::Incident)
Q_DECLARE_METATYPE(Ops::TimelineEntry)
