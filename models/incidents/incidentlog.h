#pragma once

#include "models/incidents/incident.h"
#include "models/store/postgresconnectionparams.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace Ops {

class DatabaseWorker;
class IncidentNotifier;
class IncidentStore;
class OfflineJournal;
struct AlertEntry;
struct AuditEntry;
struct OnCallRoster;
struct ServiceStatus;

/// The incident log of a session: the store (PostgreSQL, or the local cache and journal while it is
/// down), the LISTEN notifications of other consoles' changes (coalesced into one re-read), and the
/// runbook's procedure steps that are not the operator's typing: a new incident prefilled from a firing
/// alert or a failing service, and the console's own actions added to the open incident's timeline.
/// The Incidents page shows it and forwards the operator's edits.
class IncidentLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentLog)

public:
    /// `worker` is the session's database worker (not owned); the cache and the exports live in
    /// `dataDirectory`. The journal lives in `journalDirectory` (default: `dataDirectory`/journal) and is
    /// bound to `journalTarget` (OfflineJournal::targetOf of the worker's database; empty: a journal bound
    /// to no database, never replayed — the log of a console without a profile).
    IncidentLog(DatabaseWorker* worker, const QString& dataDirectory, const QString& journalDirectory = QString(),
                const QString& journalTarget = QString(), QObject* parent = nullptr);
    /// The journal of a console without a profile (and of versions before journals were bound to a
    /// database): its records join the next profile's journal (OfflineJournal::adopt).
    static QString unboundJournalDirectory(const QString& dataDirectory);
    ~IncidentLog() override;

    IncidentStore* store() const { return m_store; }
    QString dataDirectory() const { return m_dataDirectory; }
    /// Whether another console's changes arrive as they happen (LISTEN is up).
    bool isLive() const;
    /// Whether the log has been read at least once (from the database, or failed to be).
    bool hasLoaded() const { return m_loaded; }

    /// The database is set up (migrations ran): read it and listen for changes.
    void connectDatabase(const PostgresConnectionParams& params);
    void disconnectDatabase();

    /// Creates an incident (shown at once, written or journaled); returns its id.
    QUuid create(const Incident& prefilled);
    /// A new incident prefilled from a firing alert: title, severity, impact, the alert that fired.
    Incident fromAlert(const AlertEntry& alert) const;
    /// A new incident prefilled from a failing service tile.
    Incident fromService(const ServiceStatus& status) const;

    /// Adds an update to an open incident's timeline; false when it is unknown, resolved or `text` empty.
    bool appendTimeline(const QUuid& incidentId, const QString& text);
    /// The incident the operator works on (the page's selection); the console's actions go there when
    /// it is open, else to the newest open incident.
    void setFocusedIncident(const QUuid& id) { m_focused = id; }
    bool appendToOpenIncident(const QString& text);
    /// An action of this console went to the audit trail: events (scale, rollback, maintenance, …) join
    /// the open incident's timeline by themselves.
    void recordAction(const AuditEntry& entry);

    /// Whom to call, from the on-call roster kept next to the incidents.
    OnCallRoster roster() const;

Q_SIGNALS:
    /// Live or offline changed, or the journal's pending count: the page's status line.
    void statusChanged();

private:
    QString m_dataDirectory;
    std::unique_ptr<OfflineJournal> m_journal;
    IncidentStore* m_store;
    IncidentNotifier* m_notifier;
    QTimer m_refreshSoon;
    QUuid m_focused;
    bool m_loaded = false;
};

} // namespace Ops
