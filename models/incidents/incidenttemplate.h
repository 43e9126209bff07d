#pragma once

#include "models/incidents/incident.h"

#include <QTimeZone>

class QTranslator;

namespace Ops {

/// The runbook's texts made from an incident: the Incident Communication Template (for Slack or
/// PagerDuty), the incidents/incident_YYYYMMDD.log lines and a Markdown postmortem draft.
///
/// The template's words are translated with the given translator (the console's opsconsole_ko.qm for
/// Korean; null for the English source), whatever the console's own language is, so one click can copy
/// either. Times are shown in UTC and in `local`.
class IncidentTemplate
{
public:
    static QString communication(const Incident& incident, const QTranslator* translator, const QTimeZone& local);
    /// The runbook's `$(date): Incident detected - [description]` lines, one per event, in UTC.
    static QString logLines(const Incident& incident);
    /// incidents/incident_YYYYMMDD.log for the incident's start day (UTC).
    static QString logFileName(const Incident& incident);
    /// Summary, timeline, actions, alerts that fired, checklist.
    static QString postmortem(const Incident& incident, const QTranslator* translator, const QTimeZone& local);
    /// `date`'s default format in UTC: "Tue Oct 14 12:00:00 UTC 2025".
    static QString dateCommandFormat(const QDateTime& time);
};

} // namespace Ops
