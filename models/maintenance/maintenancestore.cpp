#include "models/maintenance/maintenancestore.h"

#include "models/core/logging.h"
#include "models/core/privatefiles.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include "models/store/sql.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Ops {

namespace {

const QString kWindow = QStringLiteral("window");
const QString kTick = QStringLiteral("tick");
const QString kStep = QStringLiteral("step");
/// Which table a journaled record is for (not "kind": a window has a kind of its own).
const QString kRecordKey = QStringLiteral("record");

std::string s(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

QString text(const Sql::Field& field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QDateTime timeOf(const Sql::Field& field)
{
    // Read as epoch milliseconds: no dependency on the session's DateStyle or time zone.
    return QDateTime::fromMSecsSinceEpoch(qint64(field.as<double>()), Qt::UTC);
}

/// The window a journaled "window" record carries: {"id": version id, "window": {…}}; a record of an
/// earlier version is the window itself (its id then serves as the version's id).
QJsonObject windowOf(const QJsonObject& record)
{
    return record.contains(QStringLiteral("window")) ? record.value(QStringLiteral("window")).toObject() : record;
}

/// One record of either kind, idempotent by its id; parameters only. Append-only: a window's save is a
/// new row of ops.maintenance_window_versions (the newest is the window, view ops.maintenance_windows),
/// never an UPDATE — the console's role may only INSERT and SELECT there.
void applyRecord(Sql::Transaction& tx, const QString& kind, const QJsonObject& o)
{
    if (kind == kWindow) {
        const QJsonObject w = windowOf(o);
        tx.exec_params("INSERT INTO ops.maintenance_window_records (id) VALUES ($1::uuid) ON CONFLICT (id) DO NOTHING",
                       s(w, "id"));
        tx.exec_params(
            "INSERT INTO ops.maintenance_window_versions (version_id, window_id, title, description, owner,"
            " starts_at, ends_at, kind, status, silence_id, updated_by)"
            " VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::timestamptz, $7::timestamptz, $8, $9, $10, $11)"
            " ON CONFLICT (version_id) DO NOTHING",
            s(o, "id"), s(w, "id"), s(w, "title"), s(w, "description"), s(w, "owner"), s(w, "start"), s(w, "end"),
            s(w, "kind"), s(w, "status"), s(w, "silenceId"), s(w, "updatedBy"));
    } else if (kind == kTick) {
        tx.exec_params("INSERT INTO ops.maintenance_checklist (id, window_id, item, ticked, by_user, at)"
                       " VALUES ($1::uuid, $2::uuid, $3, $4::boolean, $5, $6::timestamptz)"
                       " ON CONFLICT (id) DO NOTHING",
                       s(o, "id"), s(o, "windowId"), s(o, "item"), o.value(QStringLiteral("ticked")).toBool(),
                       s(o, "by"), s(o, "at"));
    } else if (kind == kStep) {
        tx.exec_params(
            "INSERT INTO ops.maintenance_steps (id, window_id, run_id, step, state, detail, by_user, at)"
            " VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8::timestamptz)"
            " ON CONFLICT (id) DO NOTHING",
            s(o, "id"), s(o, "windowId"), s(o, "runId"), s(o, "step"), s(o, "state"), s(o, "detail"),
            s(o, "by"), s(o, "at"));
    }
}

} // namespace

QJsonObject MaintenanceStepRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("windowId"), windowId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("runId"), runId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("step"), step},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

MaintenanceStepRecord MaintenanceStepRecord::fromJson(const QJsonObject& o)
{
    MaintenanceStepRecord r;
    r.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    r.windowId = QUuid::fromString(o.value(QStringLiteral("windowId")).toString());
    r.runId = QUuid::fromString(o.value(QStringLiteral("runId")).toString());
    r.step = o.value(QStringLiteral("step")).toString();
    r.state = o.value(QStringLiteral("state")).toString();
    r.detail = o.value(QStringLiteral("detail")).toString();
    r.by = o.value(QStringLiteral("by")).toString();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
    return r;
}

MaintenanceStore::MaintenanceStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent)
    : QObject(parent), m_worker(worker), m_journal(journal)
{
    qRegisterMetaType<Ops::MaintenanceWindow>();
    m_retry.setInterval(10000);
    connect(&m_retry, &QTimer::timeout, this, &MaintenanceStore::syncJournal);
    if (m_journal && !m_journal->isEmpty())
        m_retry.start();
}

MaintenanceStore::~MaintenanceStore() = default;

void MaintenanceStore::setRetryInterval(int ms)
{
    m_retry.setInterval(std::max(0, ms));
    if (ms <= 0)
        m_retry.stop();
}

int MaintenanceStore::pendingCount() const
{
    return m_journal ? m_journal->count() : 0;
}

MaintenanceWindow MaintenanceStore::window(const QUuid& id) const
{
    for (const MaintenanceWindow& w : m_windows)
        if (w.id == id)
            return w;
    return MaintenanceWindow();
}

MaintenanceChecklist MaintenanceStore::checklist(const QUuid& windowId) const
{
    return MaintenanceChecklist(m_ticks.value(windowId));
}

void MaintenanceStore::setCacheFile(const QString& path)
{
    m_cacheFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    adopt(QJsonDocument::fromJson(file.readAll()).object());
    if (!m_windows.isEmpty())
        Q_EMIT windowsChanged();
}

void MaintenanceStore::adopt(const QJsonObject& root)
{
    m_windows.clear();
    m_ticks.clear();
    for (const QJsonValue& v : root.value(QStringLiteral("windows")).toArray()) {
        bool ok = false;
        const MaintenanceWindow w = MaintenanceWindow::fromJson(v.toObject(), &ok);
        if (ok)
            m_windows.append(w);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("ticks")).toArray()) {
        const ChecklistTick t = ChecklistTick::fromJson(v.toObject());
        m_ticks[t.windowId].append(t);
    }
    // What the journal still holds is newer than what was read.
    if (m_journal)
        for (const QJsonObject& record : m_journal->readAll())
            applyLocally(record.value(kRecordKey).toString(), record);
}

void MaintenanceStore::writeCache() const
{
    if (m_cacheFile.isEmpty())
        return;
    QJsonArray windows;
    for (const MaintenanceWindow& w : m_windows)
        windows.append(w.toJson());
    QJsonArray ticks;
    for (const QList<ChecklistTick>& list : m_ticks)
        for (const ChecklistTick& t : list)
            ticks.append(t.toJson());
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("windows"), windows}, {QStringLiteral("ticks"), ticks}})
            .toJson(QJsonDocument::Compact);
    QString problem;
    if (!PrivateFiles::writeAtomically(m_cacheFile, data, &problem))
        qCWarning(lcStore) << "cannot write the maintenance cache:" << problem;
}

void MaintenanceStore::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void MaintenanceStore::applyLocally(const QString& kind, const QJsonObject& record)
{
    if (kind == kWindow) {
        const MaintenanceWindow w = MaintenanceWindow::fromJson(windowOf(record));
        bool replaced = false;
        for (MaintenanceWindow& existing : m_windows) {
            if (existing.id == w.id) {
                existing = w;
                replaced = true;
            }
        }
        if (!replaced)
            m_windows.append(w);
        std::stable_sort(
            m_windows.begin(), m_windows.end(),
            [](const MaintenanceWindow& a, const MaintenanceWindow& b) { return a.start > b.start; });
    } else if (kind == kTick) {
        const ChecklistTick t = ChecklistTick::fromJson(record);
        QList<ChecklistTick>& list = m_ticks[t.windowId];
        for (const ChecklistTick& e : std::as_const(list))
            if (e.id == t.id)
                return;
        list.append(t);
    }
}

void MaintenanceStore::forget(quint64 seq)
{
    m_unread.removeIf([seq](const LocalWrite& w) { return w.seq == seq; });
}

void MaintenanceStore::refresh()
{
    if (!m_worker)
        return;
    // Every write sent before this read is in what it returns (the worker runs jobs in order).
    const quint64 readAfter = m_writeSeq;
    m_worker->submit(
        [](Sql::Connection& connection) -> QVariant {
            Sql::ReadTransaction tx(connection);
            // Handed back in the cache's own format (plain JSON values across the thread).
            QJsonArray windowsJson;
            QJsonArray ticksJson;
            const Sql::Result windows =
                tx.exec("SELECT id::text, title, description, owner, extract(epoch FROM starts_at) * 1000,"
                        " extract(epoch FROM ends_at) * 1000, kind, status, silence_id, updated_by"
                        " FROM ops.maintenance_windows WHERE ends_at > now() - interval '30 days'"
                        " OR status = 'running' ORDER BY starts_at DESC LIMIT 500");
            for (const auto& row : windows) {
                MaintenanceWindow w;
                w.id = QUuid::fromString(text(row[0]));
                w.title = text(row[1]);
                w.description = text(row[2]);
                w.owner = text(row[3]);
                w.start = timeOf(row[4]);
                w.end = timeOf(row[5]);
                w.kind = MaintenanceWindow::kindFromKey(text(row[6]));
                w.status = MaintenanceWindow::statusFromKey(text(row[7]));
                w.silenceId = text(row[8]);
                w.updatedBy = text(row[9]);
                windowsJson.append(w.toJson());
            }
            const Sql::Result ticks = tx.exec(
                "SELECT c.id::text, c.window_id::text, c.item, c.ticked, c.by_user, extract(epoch FROM c.at) "
                "* 1000"
                " FROM ops.maintenance_checklist c JOIN ops.maintenance_windows w ON w.id = c.window_id"
                " WHERE w.ends_at > now() - interval '30 days' OR w.status = 'running' ORDER BY c.at");
            for (const auto& row : ticks) {
                ChecklistTick t;
                t.id = QUuid::fromString(text(row[0]));
                t.windowId = QUuid::fromString(text(row[1]));
                t.item = text(row[2]);
                t.ticked = row[3].as<bool>();
                t.by = text(row[4]);
                t.at = timeOf(row[5]);
                ticksJson.append(t.toJson());
            }
            return QJsonObject{{QStringLiteral("windows"), windowsJson},
                               {QStringLiteral("ticks"), ticksJson}};
        },
        this,
        [this, readAfter](const DatabaseResult& result) {
            if (!result.ok()) {
                setOnline(result.status != DatabaseResult::Status::Unavailable &&
                          result.status != DatabaseResult::Status::TimedOut);
                Q_EMIT loadFailed(tr("cannot read the maintenance schedule (showing the local copy): %1")
                                      .arg(result.error));
                return;
            }
            setOnline(true);
            adopt(result.value.toJsonObject());
            m_unread.removeIf([readAfter](const LocalWrite& w) { return w.seq <= readAfter; });
            for (const LocalWrite& w : std::as_const(m_unread))
                applyLocally(w.kind, w.record);
            writeCache();
            Q_EMIT windowsChanged();
            if (m_journal && !m_journal->isEmpty())
                syncJournal();
        });
}

void MaintenanceStore::saveWindow(const MaintenanceWindow& window)
{
    // Every save is a version of its own (its id makes the replay idempotent); saved() names the window.
    write(kWindow, QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("window"), window.toJson()}});
}

void MaintenanceStore::recordTick(const ChecklistTick& tick)
{
    write(kTick, tick.toJson());
}

void MaintenanceStore::recordStep(const MaintenanceStepRecord& step)
{
    write(kStep, step.toJson());
}

void MaintenanceStore::write(const QString& kind, const QJsonObject& record)
{
    const QUuid id = QUuid::fromString(
        (kind == kWindow ? windowOf(record) : record).value(QStringLiteral("id")).toString());
    applyLocally(kind, record);
    const quint64 seq = ++m_writeSeq;
    if (kind != kStep)
        m_unread.append(LocalWrite{seq, kind, record});
    writeCache();
    if (kind != kStep)
        Q_EMIT windowsChanged();

    QJsonObject journaled = record;
    journaled.insert(kRecordKey, kind);
    const auto toJournal = [this, id, seq, journaled](const QString& why) {
        if (m_journal && m_journal->append(journaled)) {
            qCInfo(lcStore) << "maintenance record" << id << "journaled:" << why;
            if (m_retry.interval() > 0 && !m_retry.isActive())
                m_retry.start();
            Q_EMIT saved(id, true);
        } else {
            forget(seq);
            Q_EMIT saveFailed(id, tr("not recorded: %1", "maintenance: maintenancestore: error or status fragment, shown after “…: ” in a longer message").arg(why));
        }
    };
    // Behind what is already journaled, so the order of changes is kept.
    if (!m_worker || (m_journal && !m_journal->isEmpty())) {
        toJournal(m_worker ? tr("earlier changes are still waiting for the database") : tr("no database", "maintenance: maintenancestore: error or status fragment, shown after “…: ” in a longer message"));
        if (m_worker)
            syncJournal();
        return;
    }
    m_worker->submit(
        [kind, record](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            applyRecord(tx, kind, record);
            tx.commit();
            return {};
        },
        this,
        [this, id, seq, toJournal](const DatabaseResult& result) {
            if (result.ok()) {
                setOnline(true);
                Q_EMIT saved(id, false);
                return;
            }
            if (!result.journalable()) {
                forget(seq);
                Q_EMIT saveFailed(id, tr("not recorded: %1", "maintenance: maintenancestore: error or status fragment, shown after “…: ” in a longer message").arg(result.error));
                return;
            }
            setOnline(false);
            toJournal(result.error);
        });
}

void MaintenanceStore::syncJournal()
{
    if (m_syncing || !m_worker || !m_journal)
        return;
    QString refusal;
    if (!OfflineJournal::canReplayInto(*m_journal, m_worker->connectionParams(), &refusal)) {
        Q_EMIT journalSyncFailed(refusal);
        return;
    }
    const QList<QJsonObject> records = m_journal->readFor(m_journal->target());
    if (records.isEmpty()) {
        if (m_journal->isEmpty())
            m_retry.stop();
        Q_EMIT journalSynced(0, m_journal->count());
        return;
    }
    QSet<QString> ids;
    for (const QJsonObject& record : records)
        ids.insert(OfflineJournal::idOf(record));
    m_syncing = true;
    const int count = int(records.size());
    // In order, in one transaction, idempotent by id; then exactly these ids leave the journal.
    m_worker->submit(
        [records](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            for (const QJsonObject& record : records)
                applyRecord(tx, record.value(kRecordKey).toString(), record);
            tx.commit();
            return {};
        },
        this,
        [this, count, ids](const DatabaseResult& result) {
            m_syncing = false;
            if (!result.ok()) {
                setOnline(false);
                Q_EMIT journalSyncFailed(result.error);
                return;
            }
            setOnline(true);
            if (!m_journal->remove(ids)) {
                Q_EMIT journalSyncFailed(m_journal->errorString());
                return;
            }
            const int remaining = m_journal->count();
            if (remaining == 0)
                m_retry.stop();
            Q_EMIT journalSynced(count, remaining);
        });
}

} // namespace Ops
