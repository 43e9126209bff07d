#include "models/incidents/incidenttemplate.h"

#include <QLocale>
#include <QTranslator>

namespace Ops {

namespace {

constexpr const char* kContext = "Ops::IncidentTemplate";

// lupdate reads these; translate() below looks them up in the chosen language.
constexpr const char* kIncident = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Incident");
constexpr const char* kSeverity = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Severity");
constexpr const char* kStatus = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Status");
constexpr const char* kImpact = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Impact");
constexpr const char* kStarted = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Started");
constexpr const char* kUpdates = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Updates");
constexpr const char* kActions = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Actions Taken");
constexpr const char* kNext = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Next Steps");
constexpr const char* kEta = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "ETA");
constexpr const char* kUnknown = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "unknown");
constexpr const char* kNone = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "none yet");
constexpr const char* kStatusTexts[] = {
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Investigating"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Identified"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Monitoring"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Resolved"),
};
constexpr const char* kPostmortem = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Postmortem");
constexpr const char* kSummary = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Summary");
constexpr const char* kTimeline = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Timeline");
constexpr const char* kAlerts = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Alerts that fired");
constexpr const char* kChecklist = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Resolution Checklist");
constexpr const char* kRootCause = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Root cause");
constexpr const char* kResolved = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Resolved at");
constexpr const char* kCommander = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Commander");
constexpr const char* kDetectedBy = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Detected by");
constexpr const char* kPostmortemDate = QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Postmortem date");
constexpr const char* kChecklistTexts[] = {
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Service restored"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Root cause identified"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Monitoring shows normal behavior"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Team notified"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Incident log updated"),
    QT_TRANSLATE_NOOP("Ops::IncidentTemplate", "Postmortem scheduled"),
};

QString translate(const QTranslator* translator, const char* source)
{
    if (translator) {
        const QString text = translator->translate(kContext, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString utcAndLocal(const QDateTime& time, const QTimeZone& local, bool withDate)
{
    if (!time.isValid())
        return QString();
    const QString format = withDate ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("HH:mm");
    const QDateTime there = time.toTimeZone(local);
    // A local time on another day than UTC says its date (22:26 UTC is 11-27 07:26 KST).
    const QString localFormat =
        !withDate && there.date() != time.toUTC().date() ? QStringLiteral("MM-dd HH:mm") : format;
    return time.toUTC().toString(format) % QStringLiteral(" UTC / ") % there.toString(localFormat) % u' ' %
           local.abbreviation(time);
}

QString bulletList(const QStringList& items, const QString& none)
{
    if (items.isEmpty())
        return QStringLiteral("- ") % none % u'\n';
    QString out;
    for (const QString& item : items)
        out += QStringLiteral("- ") % item % u'\n';
    return out;
}

QString orUnknown(const QString& text, const QTranslator* translator)
{
    return text.trimmed().isEmpty() ? translate(translator, kUnknown) : text;
}

} // namespace

QString IncidentTemplate::communication(const Incident& i, const QTranslator* t, const QTimeZone& local)
{
    QString out;
    out += QStringLiteral("🚨 ") % translate(t, kIncident) % QStringLiteral(": ") % i.title % QStringLiteral("\n\n");
    out += translate(t, kSeverity) % QStringLiteral(": ") % severityKey(i.severity) % u'\n';
    out += translate(t, kStatus) % QStringLiteral(": ") % translate(t, kStatusTexts[int(i.status)]) % u'\n';
    out += translate(t, kImpact) % QStringLiteral(": ") % orUnknown(i.impact, t) % u'\n';
    out += translate(t, kStarted) % QStringLiteral(": ") % utcAndLocal(i.startedAt, local, true) % QStringLiteral("\n\n");
    out += translate(t, kUpdates) % QStringLiteral(":\n");
    if (i.timeline.isEmpty())
        out += translate(t, kNone) % u'\n';
    for (const TimelineEntry& e : i.timeline)
        out += u'[' % utcAndLocal(e.at, local, false) % QStringLiteral("] - ") % e.text % u'\n';
    out += u'\n' % translate(t, kActions) % QStringLiteral(":\n") % bulletList(i.actionsTaken, translate(t, kNone));
    out += u'\n' % translate(t, kNext) % QStringLiteral(":\n") % bulletList(i.nextSteps, translate(t, kNone));
    out += u'\n' % translate(t, kEta) % QStringLiteral(": ") % orUnknown(i.eta, t) % u'\n';
    return out;
}

QString IncidentTemplate::dateCommandFormat(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QLocale c = QLocale::c();
    // %a %b %e %H:%M:%S %Z %Y — %e pads the day with a space.
    return c.toString(utc, QStringLiteral("ddd MMM ")) % QStringLiteral("%1").arg(utc.date().day(), 2) %
           c.toString(utc, QStringLiteral(" HH:mm:ss 'UTC' yyyy"));
}

QString IncidentTemplate::logFileName(const Incident& i)
{
    return QStringLiteral("incidents/incident_") % i.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd")) %
           QStringLiteral(".log");
}

QString IncidentTemplate::logLines(const Incident& i)
{
    const auto oneLine = [](QString text) { return text.replace(u'\n', u' ').simplified(); };
    QString description = i.title;
    if (!i.impact.trimmed().isEmpty())
        description += QStringLiteral(" (") % i.impact % u')';
    QString out = dateCommandFormat(i.startedAt) % QStringLiteral(": Incident detected - [") % severityKey(i.severity) %
                  QStringLiteral("] ") % oneLine(description) % u'\n';
    for (const TimelineEntry& e : i.timeline)
        out += dateCommandFormat(e.at) % QStringLiteral(": Update - ") % oneLine(e.text) % u'\n';
    for (const QString& action : i.actionsTaken)
        out += dateCommandFormat(i.updatedAt.isValid() ? i.updatedAt : i.startedAt) % QStringLiteral(": Action - ") %
               oneLine(action) % u'\n';
    if (!i.isOpen() && i.resolvedAt.isValid())
        out += dateCommandFormat(i.resolvedAt) % QStringLiteral(": Incident resolved - ") % oneLine(i.rootCause) % u'\n';
    return out;
}

QString IncidentTemplate::postmortem(const Incident& i, const QTranslator* t, const QTimeZone& local)
{
    QString out;
    out += QStringLiteral("# ") % translate(t, kPostmortem) % QStringLiteral(": ") % i.title % QStringLiteral("\n\n");
    out += QStringLiteral("## ") % translate(t, kSummary) % QStringLiteral("\n\n");
    out += QStringLiteral("- **") % translate(t, kSeverity) % QStringLiteral("**: ") % severityKey(i.severity) % u'\n';
    out += QStringLiteral("- **") % translate(t, kStatus) % QStringLiteral("**: ") % translate(t, kStatusTexts[int(i.status)]) % u'\n';
    out += QStringLiteral("- **") % translate(t, kImpact) % QStringLiteral("**: ") % orUnknown(i.impact, t) % u'\n';
    out += QStringLiteral("- **") % translate(t, kStarted) % QStringLiteral("**: ") % utcAndLocal(i.startedAt, local, true) % u'\n';
    if (i.resolvedAt.isValid())
        out += QStringLiteral("- **") % translate(t, kResolved) % QStringLiteral("**: ") % utcAndLocal(i.resolvedAt, local, true) % u'\n';
    out += QStringLiteral("- **") % translate(t, kDetectedBy) % QStringLiteral("**: ") % orUnknown(i.detectedBy, t) % u'\n';
    out += QStringLiteral("- **") % translate(t, kCommander) % QStringLiteral("**: ") % orUnknown(i.commander, t) % u'\n';
    out += QStringLiteral("- **") % translate(t, kRootCause) % QStringLiteral("**: ") % orUnknown(i.rootCause, t) % u'\n';
    if (i.postmortemDate.isValid())
        out += QStringLiteral("- **") % translate(t, kPostmortemDate) % QStringLiteral("**: ") % i.postmortemDate.toString(Qt::ISODate) % u'\n';
    out += QStringLiteral("\n## ") % translate(t, kTimeline) % QStringLiteral("\n\n");
    out += QStringLiteral("| UTC | ") % local.abbreviation(i.startedAt) % QStringLiteral(" | |\n|---|---|---|\n");
    for (const TimelineEntry& e : i.timeline) {
        QString text = e.text;
        text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
        out += QStringLiteral("| ") % e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) % QStringLiteral(" | ") %
               e.at.toTimeZone(local).toString(e.at.toTimeZone(local).date() != e.at.toUTC().date()
                                                   ? QStringLiteral("MM-dd HH:mm")
                                                   : QStringLiteral("HH:mm")) %
               QStringLiteral(" | ") % text % QStringLiteral(" |\n");
    }
    out += QStringLiteral("\n## ") % translate(t, kActions) % QStringLiteral("\n\n") % bulletList(i.actionsTaken, translate(t, kNone));
    out += QStringLiteral("\n## ") % translate(t, kNext) % QStringLiteral("\n\n") % bulletList(i.nextSteps, translate(t, kNone));
    out += QStringLiteral("\n## ") % translate(t, kAlerts) % QStringLiteral("\n\n") % bulletList(i.alerts, translate(t, kNone));
    out += QStringLiteral("\n## ") % translate(t, kChecklist) % QStringLiteral("\n\n");
    const QList<ChecklistItem> items = checklistItems();
    for (int n = 0; n < items.size(); ++n)
        out += (i.isChecked(items.at(n)) ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) %
               translate(t, kChecklistTexts[n]) % u'\n';
    return out;
}

} // namespace Ops
