#include "models/incidents/incidentlog.h"

#include "models/audit/auditentry.h"
#include "models/audit/auditsummary.h"
#include "models/core/logging.h"
#include "models/core/privatefiles.h"
#include "models/health/alertentry.h"
#include "models/health/servicestatus.h"
#include "models/incidents/incidentnotifier.h"
#include "models/incidents/incidentstore.h"
#include "models/incidents/oncallroster.h"
#include "models/store/offlinejournal.h"

#include <QDir>
#include <QFileInfo>

namespace Ops {

QString IncidentLog::unboundJournalDirectory(const QString& dataDirectory)
{
    return dataDirectory + QStringLiteral("/journal");
}

IncidentLog::IncidentLog(DatabaseWorker* worker, const QString& dataDirectory, const QString& journalDirectory,
                         const QString& journalTarget, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_journal(std::make_unique<OfflineJournal>(
          journalDirectory.isEmpty() ? unboundJournalDirectory(dataDirectory) : journalDirectory, journalTarget))
    , m_store(nullptr)
    , m_notifier(new IncidentNotifier(this))
{
    PrivateFiles::makeDirectory(m_dataDirectory);
    // Incidents noted before a profile was chosen (or journaled by an earlier version, in one journal for
    // every profile) join this profile's journal, before the store first reads it.
    if (!journalTarget.isEmpty() && !m_journal->adopt(unboundJournalDirectory(dataDirectory)))
        qCWarning(lcStore) << "incidents of the unbound journal not adopted:" << m_journal->errorString();
    m_store = new IncidentStore(worker, m_journal.get(), this);
    m_store->setCacheFile(m_dataDirectory + QStringLiteral("/incidents-cache.json"));
    // Another console's change: read the log again, coalesced.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(300);
    connect(&m_refreshSoon, &QTimer::timeout, m_store, &IncidentStore::refresh);
    connect(m_notifier, &IncidentNotifier::changed, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_notifier, &IncidentNotifier::listeningChanged, this, [this](bool on) {
        if (on)
            m_store->refresh(); // back after an outage: catch up and replay the journal
        Q_EMIT statusChanged();
    });
    connect(m_store, &IncidentStore::incidentsChanged, this, [this] { m_loaded = true; });
    connect(m_store, &IncidentStore::loadFailed, this, [this] { m_loaded = true; });
    connect(m_store, &IncidentStore::pendingCountChanged, this, &IncidentLog::statusChanged);
    connect(m_store, &IncidentStore::onlineChanged, this, &IncidentLog::statusChanged);
}

IncidentLog::~IncidentLog()
{
    // The store references the journal: it goes first.
    delete m_store;
    m_store = nullptr;
}

bool IncidentLog::isLive() const
{
    return m_notifier->isListening();
}

void IncidentLog::connectDatabase(const PostgresConnectionParams& params)
{
    m_store->refresh();
    m_notifier->start(params);
}

void IncidentLog::disconnectDatabase()
{
    m_notifier->stop();
}

QUuid IncidentLog::create(const Incident& prefilled)
{
    Incident incident = prefilled;
    if (incident.id.isNull())
        incident.id = QUuid::createUuid();
    if (!incident.startedAt.isValid())
        incident.startedAt = QDateTime::currentDateTimeUtc();
    m_store->save(incident); // shown at once (applied locally), written or journaled
    return incident.id;
}

Incident IncidentLog::fromAlert(const AlertEntry& alert) const
{
    const Severity severity = alert.severity == QLatin1String("critical") ? Severity::P1 : Severity::P2;
    Incident incident = Incident::create(alert.summary.isEmpty() ? alert.name : alert.summary, severity);
    if (alert.since.isValid())
        incident.startedAt = QDateTime::fromSecsSinceEpoch(alert.since.toSecsSinceEpoch(), Qt::UTC);
    incident.detectedBy = alert.origin == AlertEntry::Origin::Prometheus ? tr("Prometheus alert %1", "incidents: incidentlog").arg(alert.name)
                                                                         : tr("Console check %1", "incidents: incidentlog").arg(alert.name);
    incident.impact = alert.subject.isEmpty() ? alert.value : alert.subject + QStringLiteral(": ") + alert.value;
    incident.alerts = {alert.name + QStringLiteral(": ") + alert.summary};
    return incident;
}

Incident IncidentLog::fromService(const ServiceStatus& status) const
{
    // The runbook's P0: service down. The API and the database are the service; the rest is P1.
    const bool core = status.service == QLatin1String("app") || status.service == QLatin1String("postgres");
    Incident incident = Incident::create(tr("%1 is failing", "incidents: incidentlog").arg(status.service), core ? Severity::P0 : Severity::P1);
    incident.detectedBy = tr("Dashboard tile %1", "incidents: incidentlog").arg(status.service);
    incident.impact = status.reason;
    return incident;
}

bool IncidentLog::appendTimeline(const QUuid& incidentId, const QString& text)
{
    const Incident incident = m_store->incident(incidentId);
    if (incident.id.isNull() || !incident.isOpen() || text.trimmed().isEmpty())
        return false;
    m_store->appendUpdate(incidentId, {QUuid::createUuid(), QDateTime::currentDateTimeUtc(),
                                       AuditEntry::currentOsUser(), text.trimmed()});
    return true;
}

bool IncidentLog::appendToOpenIncident(const QString& text)
{
    if (!m_focused.isNull() && m_store->incident(m_focused).isOpen())
        return appendTimeline(m_focused, text);
    const QList<Incident> all = m_store->incidents();
    const Incident* newest = nullptr;
    for (const Incident& i : all)
        if (i.isOpen() && (!newest || i.startedAt > newest->startedAt))
            newest = &i;
    return newest && appendTimeline(newest->id, text);
}

void IncidentLog::recordAction(const AuditEntry& entry)
{
    // The operator fixing an outage should not have to retype what the console did.
    if (AuditSummary::isEvent(entry))
        appendToOpenIncident(AuditSummary::describe(entry));
}

OnCallRoster IncidentLog::roster() const
{
    return OnCallRoster::readFile(QFileInfo(m_dataDirectory).absolutePath() + QStringLiteral("/oncall.json"));
}

} // namespace Ops
