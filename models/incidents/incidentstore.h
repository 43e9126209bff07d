#pragma once

#include "models/incidents/incident.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

namespace Ops {

class DatabaseWorker;
class OfflineJournal;

/// The incident log's store: ops.incidents and ops.incident_updates, or — while PostgreSQL cannot be
/// reached or does not answer in time — the offline journal, replayed when it is back.
///
/// Conflicts: a change of an incident's fields is appended as the incident's next version, only when the
/// newest version is still the one the operator edited (append-only: the console's role may not UPDATE). A journaled change names also its parent change (the change its
/// editor had seen), so a chain of offline edits by this console replays in order, while an edit made
/// meanwhile by another console makes it a conflict: conflictDetected(mine, theirs), never an overwrite.
/// Timeline updates are append-only rows with client-made ids and never conflict.
///
/// Idempotency: every applied change id is recorded with its version (ops.incident_versions.change_id), so
/// a journal replayed twice (a kill between the commit and the journal's rewrite) applies nothing twice.
/// While the journal holds records, new changes go to it too (behind them), keeping their order.
class IncidentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentStore)

public:
    /// Neither is owned; both must outlive this store. The journal's folder should be this store's own
    /// (another store replaying the same journal would drop these records).
    IncidentStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent = nullptr);
    ~IncidentStore() override;

    /// Last list read from the database, with the journal's pending changes applied on top.
    QList<Incident> incidents() const { return m_incidents; }
    /// The incident with this id, or an invalid (null id) one.
    Incident incident(const QUuid& id) const;
    /// Incidents with changes still in the journal.
    bool isPending(const QUuid& id) const { return m_pendingIds.contains(id); }
    int pendingCount() const { return m_pendingCount; }
    /// Changes journaled for a later sync that turned out to conflict (kept in <journal>/conflicts).
    int conflictCount() const;

    /// A JSON file keeping the last list, so that the log stays readable when the database is down.
    /// Reads it at once (incidentsChanged follows when it held any).
    void setCacheFile(const QString& path);
    /// While the journal holds records, syncJournal() is retried this often (default 5 s; 0: never).
    void setRetryInterval(int ms);

    /// Reads every incident with its timeline; incidentsChanged() or loadFailed() follows.
    void refresh();
    /// Writes the incident's fields (the timeline is not touched: appendUpdate). Its version and
    /// lastChange must be those the operator's edit was based on. saved() or conflictDetected() follows.
    void save(const Incident& incident);
    /// Appends one update to an incident's timeline; updateAppended() follows.
    void appendUpdate(const QUuid& incidentId, const TimelineEntry& entry);
    /// Replays the journal; journalSynced() or journalSyncFailed() follows. Ignored while one runs.
    void syncJournal();
    bool isSyncing() const { return m_syncing; }

Q_SIGNALS:
    void incidentsChanged();
    void loadFailed(const QString& reason);
    /// The change is safe: in the database (journaled false) or in the local journal.
    void saved(const QUuid& incidentId, int version, const QUuid& change, bool journaled);
    void saveFailed(const QUuid& incidentId, const QString& reason);
    /// `mine` could not be written: `theirs` (the database's) changed since it was read.
    void conflictDetected(const Ops::Incident& mine, const Ops::Incident& theirs);
    void updateAppended(const QUuid& incidentId, const QUuid& entryId, bool journaled);
    void pendingCountChanged(int count);
    /// `applied`: changes newly written; `remaining`: still journaled.
    void journalSynced(int applied, int remaining);
    void journalSyncFailed(const QString& reason);
    /// Whether the last database call reached the server.
    void onlineChanged(bool online);

private:
    struct SaveRequest;
    void submitSave(const Incident& incident);
    void journalSave(const Incident& incident, const QUuid& change);
    bool journalRecord(const QJsonObject& record);
    void finishSave(const QUuid& id);
    void applyLocally(const Incident& incident);
    void overlayJournal();
    void updatePendingCount();
    void setOnline(bool online);
    void writeCache() const;

    QPointer<DatabaseWorker> m_worker;
    OfflineJournal* m_journal;
    std::unique_ptr<OfflineJournal> m_conflicts;
    QList<Incident> m_incidents;
    QSet<QUuid> m_pendingIds;
    QSet<QUuid> m_inFlight;
    QHash<QUuid, Incident> m_queued;
    int m_pendingCount = 0;
    bool m_syncing = false;
    bool m_online = true;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QString m_cacheFile;
    QTimer m_retry;
};

} // namespace Ops
