#include "models/incidents/incidentstore.h"

#include "models/core/logging.h"
#include "models/core/privatefiles.h"
#include "models/incidents/incidentsql.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include "models/store/sql.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Ops {

namespace {

const QString kSaveKind = QStringLiteral("incident.save");
const QString kUpdateKind = QStringLiteral("incident.update");

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool unreachable(const DatabaseResult& result)
{
    return result.status == DatabaseResult::Status::Unavailable ||
           result.status == DatabaseResult::Status::TimedOut;
}

/// One journaled record, as read back for a replay.
struct Record
{
    QString kind;
    QUuid id; ///< the change id (saves) or the update's id
    Incident incident;
    int base = 0;
    QUuid parent;
    QUuid incidentId;
    TimelineEntry entry;
};

Record parseRecord(const QJsonObject& o)
{
    Record r;
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    if (r.kind == kSaveKind) {
        r.incident = Incident::fromJson(o.value(QStringLiteral("incident")).toObject());
        r.base = o.value(QStringLiteral("base")).toInt();
        r.parent = QUuid::fromString(o.value(QStringLiteral("parent")).toString());
        r.incidentId = r.incident.id;
    } else {
        r.incidentId = QUuid::fromString(o.value(QStringLiteral("incident")).toString());
        r.entry = TimelineEntry::fromJson(o.value(QStringLiteral("entry")).toObject());
    }
    return r;
}

/// Outcome of a replay: what was applied and which records conflicted.
struct ReplayResult
{
    int applied = 0;
    QList<int> conflicting;       ///< indexes into the records
    QList<Incident> theirs;       ///< current rows for the conflicting saves (same order)
};

} // namespace

IncidentStore::IncidentStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent)
    : QObject(parent), m_worker(worker), m_journal(journal)
{
    qRegisterMetaType<Ops::Incident>();
    if (m_journal)
        m_conflicts = std::make_unique<OfflineJournal>(m_journal->directory() + QStringLiteral("/conflicts"));
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_journal && !m_journal->isEmpty())
            syncJournal();
        else
            m_retry.stop();
    });
    updatePendingCount();
    if (m_pendingCount > 0)
        m_retry.start();
}

IncidentStore::~IncidentStore() = default;

int IncidentStore::conflictCount() const
{
    return m_conflicts ? m_conflicts->count() : 0;
}

void IncidentStore::setRetryInterval(int ms)
{
    m_retry.setInterval(std::max(0, ms));
    if (ms <= 0)
        m_retry.stop();
    else if (m_pendingCount > 0)
        m_retry.start();
}

Incident IncidentStore::incident(const QUuid& id) const
{
    for (const Incident& i : m_incidents)
        if (i.id == id)
            return i;
    return {};
}

void IncidentStore::setCacheFile(const QString& path)
{
    m_cacheFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QList<Incident> cached;
    for (const QJsonValue& value : array) {
        bool ok = false;
        const Incident i = Incident::fromJson(value.toObject(), &ok);
        if (ok)
            cached.append(i);
    }
    if (cached.isEmpty() && m_pendingCount == 0)
        return;
    m_incidents = cached;
    overlayJournal();
    Q_EMIT incidentsChanged();
}

void IncidentStore::writeCache() const
{
    if (m_cacheFile.isEmpty())
        return;
    QJsonArray array;
    for (const Incident& i : m_incidents)
        array.append(i.toJson());
    QString problem;
    if (!PrivateFiles::writeAtomically(m_cacheFile, QJsonDocument(array).toJson(QJsonDocument::Compact), &problem))
        qCWarning(lcStore) << "cannot write the incident cache:" << problem;
}

void IncidentStore::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void IncidentStore::updatePendingCount()
{
    const int count = m_journal ? m_journal->count() : 0;
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    Q_EMIT pendingCountChanged(count);
}

void IncidentStore::overlayJournal()
{
    m_pendingIds.clear();
    if (!m_journal)
        return;
    const QList<QJsonObject> records = m_journal->readAll();
    for (const QJsonObject& object : records) {
        const Record r = parseRecord(object);
        m_pendingIds.insert(r.incidentId);
        if (r.kind == kSaveKind) {
            Incident pending = r.incident;
            pending.lastChange = r.id;
            pending.version = r.base;
            bool found = false;
            for (Incident& i : m_incidents) {
                if (i.id == pending.id) {
                    pending.timeline = i.timeline;
                    i = pending;
                    found = true;
                }
            }
            if (!found)
                m_incidents.prepend(pending);
        } else {
            for (Incident& i : m_incidents) {
                if (i.id == r.incidentId) {
                    bool known = false;
                    for (const TimelineEntry& e : std::as_const(i.timeline))
                        known = known || e.id == r.entry.id;
                    if (!known)
                        i.timeline.append(r.entry);
                }
            }
        }
    }
}

void IncidentStore::applyLocally(const Incident& incident)
{
    for (Incident& i : m_incidents) {
        if (i.id == incident.id) {
            const QList<TimelineEntry> timeline = i.timeline;
            i = incident;
            i.timeline = timeline;
            Q_EMIT incidentsChanged();
            return;
        }
    }
    m_incidents.prepend(incident);
    Q_EMIT incidentsChanged();
}

void IncidentStore::refresh()
{
    if (!m_worker)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_worker->submit(
        [](Sql::Connection& connection) -> QVariant {
            Sql::ReadTransaction tx(connection);
            return QVariant::fromValue(IncidentSql::readAll(tx));
        },
        this,
        [this](const DatabaseResult& result) {
            m_refreshing = false;
            setOnline(!unreachable(result));
            if (!result.ok()) {
                Q_EMIT loadFailed(tr("cannot read the incident log: %1").arg(result.error));
            } else {
                m_incidents = result.value.value<QList<Incident>>();
                writeCache();
                overlayJournal();
                Q_EMIT incidentsChanged();
                if (result.ok() && m_pendingCount > 0)
                    syncJournal();
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

bool IncidentStore::journalRecord(const QJsonObject& record)
{
    if (!m_journal || !m_journal->append(record))
        return false;
    overlayJournal();
    updatePendingCount();
    if (m_retry.interval() > 0 && !m_retry.isActive())
        m_retry.start();
    return true;
}

void IncidentStore::journalSave(const Incident& incident, const QUuid& change)
{
    QJsonObject snapshot = incident.toJson();
    snapshot.remove(QStringLiteral("timeline"));
    const QJsonObject record{{QStringLiteral("id"), uuidText(change)},
                             {QStringLiteral("kind"), kSaveKind},
                             {QStringLiteral("incident"), snapshot},
                             {QStringLiteral("base"), incident.version},
                             {QStringLiteral("parent"), incident.lastChange.isNull() ? QString() : uuidText(incident.lastChange)}};
    Incident local = incident;
    local.lastChange = change;
    applyLocally(local);
    if (journalRecord(record)) {
        Q_EMIT saved(incident.id, incident.version, change, true);
    } else {
        Q_EMIT saveFailed(incident.id, tr("the incident was not saved, and the local journal failed: %1")
                                           .arg(m_journal ? m_journal->errorString() : QString()));
    }
}

void IncidentStore::save(const Incident& incident)
{
    Q_ASSERT(!incident.id.isNull());
    if (m_inFlight.contains(incident.id)) {
        m_queued.insert(incident.id, incident); // only the latest snapshot matters
        return;
    }
    submitSave(incident);
}

void IncidentStore::submitSave(const Incident& incident)
{
    const QUuid change = QUuid::createUuid();
    // Behind journaled changes: keep their order (a replay must not find its parent overtaken).
    if (!m_worker || (m_journal && !m_journal->isEmpty())) {
        journalSave(incident, change);
        if (m_worker)
            syncJournal();
        return;
    }
    m_inFlight.insert(incident.id);
    const Incident mine = incident;
    m_worker->submit(
        [mine, change](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            const IncidentSql::ChangeResult r =
                IncidentSql::applyChange(tx, mine, change, mine.version, mine.lastChange);
            if (r.outcome != IncidentSql::Outcome::Conflict)
                tx.commit();
            QVariantMap out;
            out.insert(QStringLiteral("outcome"), int(r.outcome));
            out.insert(QStringLiteral("version"), r.version);
            out.insert(QStringLiteral("current"), QVariant::fromValue(r.current));
            return out;
        },
        this,
        [this, mine, change](const DatabaseResult& result) {
            setOnline(!unreachable(result));
            if (!result.ok()) {
                if (result.journalable() && m_journal) {
                    // An abandoned job may still commit: the journaled copy has the same change id.
                    qCInfo(lcStore) << "incident change" << change << "journaled:" << result.error;
                    journalSave(mine, change);
                } else {
                    Q_EMIT saveFailed(mine.id, tr("the incident was not saved: %1").arg(result.error));
                }
                finishSave(mine.id);
                return;
            }
            const QVariantMap out = result.value.toMap();
            const auto outcome = IncidentSql::Outcome(out.value(QStringLiteral("outcome")).toInt());
            if (outcome == IncidentSql::Outcome::Conflict) {
                m_queued.remove(mine.id); // built on the refused state: the operator decides
                m_inFlight.remove(mine.id);
                Incident theirs = out.value(QStringLiteral("current")).value<Incident>();
                theirs.timeline = this->incident(mine.id).timeline;
                applyLocally(theirs);
                Q_EMIT conflictDetected(mine, theirs);
                return;
            }
            Incident written = mine;
            written.version = out.value(QStringLiteral("version")).toInt();
            written.lastChange = change;
            written.updatedAt = QDateTime::currentDateTimeUtc();
            applyLocally(written);
            writeCache();
            Q_EMIT saved(mine.id, written.version, change, false);
            // A queued snapshot was edited on top of `mine`: it now builds on the written version.
            if (m_queued.contains(mine.id) && m_queued.value(mine.id).version == mine.version) {
                m_queued[mine.id].version = written.version;
                m_queued[mine.id].lastChange = change;
            }
            finishSave(mine.id);
        });
}

void IncidentStore::finishSave(const QUuid& id)
{
    m_inFlight.remove(id);
    if (m_queued.contains(id))
        submitSave(m_queued.take(id));
}

void IncidentStore::appendUpdate(const QUuid& incidentId, const TimelineEntry& entry)
{
    Q_ASSERT(!entry.id.isNull());
    for (Incident& i : m_incidents)
        if (i.id == incidentId)
            i.timeline.append(entry);
    Q_EMIT incidentsChanged();
    const QJsonObject record{{QStringLiteral("id"), uuidText(entry.id)},
                             {QStringLiteral("kind"), kUpdateKind},
                             {QStringLiteral("incident"), uuidText(incidentId)},
                             {QStringLiteral("entry"), entry.toJson()}};
    const auto journal = [this, incidentId, entry, record] {
        if (journalRecord(record))
            Q_EMIT updateAppended(incidentId, entry.id, true);
        else
            Q_EMIT saveFailed(incidentId, tr("the update was not saved, and the local journal failed: %1")
                                              .arg(m_journal ? m_journal->errorString() : QString()));
    };
    // The incident itself may still be journaled (created offline): keep the order.
    if (!m_worker || (m_journal && !m_journal->isEmpty()) || m_inFlight.contains(incidentId)) {
        journal();
        if (m_worker && !m_inFlight.contains(incidentId))
            syncJournal();
        return;
    }
    m_worker->submit(
        [incidentId, entry](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            const int r = IncidentSql::appendUpdate(tx, incidentId, entry);
            tx.commit();
            return r;
        },
        this,
        [this, incidentId, entry, journal](const DatabaseResult& result) {
            setOnline(!unreachable(result));
            if (result.ok() && result.value.toInt() >= 0) {
                // A read sent before this insert returned the timeline without it (its result came
                // first: one worker, in order) and was adopted: show the entry again.
                for (Incident& i : m_incidents) {
                    if (i.id != incidentId)
                        continue;
                    const bool shown = std::any_of(i.timeline.cbegin(), i.timeline.cend(),
                                                   [&entry](const TimelineEntry& e) { return e.id == entry.id; });
                    if (!shown) {
                        i.timeline.append(entry);
                        Q_EMIT incidentsChanged();
                    }
                }
                writeCache();
                Q_EMIT updateAppended(incidentId, entry.id, false);
            } else if ((result.ok() || result.journalable()) && m_journal) {
                journal(); // unreachable, or its incident is not written yet
            } else {
                Q_EMIT saveFailed(incidentId, tr("the update was not saved: %1").arg(result.error));
            }
        });
}

void IncidentStore::syncJournal()
{
    if (m_syncing || !m_worker || !m_journal)
        return;
    QString refusal;
    if (!OfflineJournal::canReplayInto(*m_journal, m_worker->connectionParams(), &refusal)) {
        Q_EMIT journalSyncFailed(refusal);
        return;
    }
    const QList<QJsonObject> objects = m_journal->readFor(m_journal->target());
    if (objects.isEmpty()) {
        updatePendingCount();
        Q_EMIT journalSynced(0, m_pendingCount);
        return;
    }
    QList<Record> records;
    QSet<QString> ids;
    for (const QJsonObject& object : objects) {
        records.append(parseRecord(object));
        ids.insert(OfflineJournal::idOf(object));
    }
    m_syncing = true;
    // All or nothing in one transaction; change ids recorded with their versions and ON CONFLICT make a
    // second replay (after a kill between the commit and remove(), or by another console sharing the
    // journal) apply nothing twice. Afterwards exactly these ids leave the journal.
    m_worker->submit(
        [records](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            ReplayResult replay;
            for (int n = 0; n < records.size(); ++n) {
                const Record& r = records.at(n);
                if (r.kind == kSaveKind) {
                    const IncidentSql::ChangeResult c = IncidentSql::applyChange(tx, r.incident, r.id, r.base, r.parent);
                    if (c.outcome == IncidentSql::Outcome::Applied)
                        ++replay.applied;
                    else if (c.outcome == IncidentSql::Outcome::Conflict) {
                        replay.conflicting.append(n);
                        replay.theirs.append(c.current);
                    }
                } else {
                    const int added = IncidentSql::appendUpdate(tx, r.incidentId, r.entry);
                    if (added > 0)
                        ++replay.applied;
                    else if (added < 0) {
                        replay.conflicting.append(n);
                        replay.theirs.append(Incident());
                    }
                }
            }
            tx.commit();
            QVariantMap out;
            out.insert(QStringLiteral("applied"), replay.applied);
            QVariantList conflicting;
            for (int n : std::as_const(replay.conflicting))
                conflicting.append(n);
            out.insert(QStringLiteral("conflicting"), conflicting);
            out.insert(QStringLiteral("theirs"), QVariant::fromValue(replay.theirs));
            return out;
        },
        this,
        [this, ids, objects, records](const DatabaseResult& result) {
            m_syncing = false;
            setOnline(!unreachable(result));
            if (!result.ok()) {
                Q_EMIT journalSyncFailed(tr("the incident journal was not replayed: %1").arg(result.error));
                return;
            }
            const QVariantMap out = result.value.toMap();
            const QVariantList conflicting = out.value(QStringLiteral("conflicting")).toList();
            const QList<Incident> theirs = out.value(QStringLiteral("theirs")).value<QList<Incident>>();
            // Conflicting changes are kept (never dropped) before the journal forgets them.
            for (const QVariant& n : conflicting)
                if (m_conflicts && !m_conflicts->append(objects.at(n.toInt())))
                    qCWarning(lcStore) << "cannot keep a conflicting change:" << m_conflicts->errorString();
            if (!m_journal->remove(ids)) {
                Q_EMIT journalSyncFailed(m_journal->errorString());
                return;
            }
            updatePendingCount();
            if (m_pendingCount == 0)
                m_retry.stop();
            for (int k = 0; k < conflicting.size(); ++k) {
                const Record& r = records.at(conflicting.at(k).toInt());
                if (r.kind == kSaveKind && !theirs.value(k).id.isNull())
                    Q_EMIT conflictDetected(r.incident, theirs.value(k));
            }
            Q_EMIT journalSynced(out.value(QStringLiteral("applied")).toInt(), m_pendingCount);
            refresh();
        });
}

} // namespace Ops
