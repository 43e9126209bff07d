#include "models/audit/auditstore.h"

#include "models/core/logging.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include "models/store/sql.h"
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Ops {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::string jsonText(const QJsonObject& object)
{
    return object.isEmpty() ? std::string()
                            : QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

/// Inserts one entry; 1 when it was new, 0 when its id was already there. Parameters only.
int insertEntry(Sql::Transaction& tx, const AuditEntry& e)
{
    const Sql::Result r = tx.exec_params(
        "INSERT INTO ops.audit (id, at, os_user, host, profile, action, target, reason, argv, exit_code,"
        " output_digest, metrics_before, metrics_after, override, stage, intent_id)"
        " VALUES ($1::uuid, $2::timestamptz, $3, $4, $5, $6, $7, $8,"
        " ARRAY(SELECT jsonb_array_elements_text($9::jsonb)), NULLIF($10, '')::integer, NULLIF($11, ''),"
        " NULLIF($12, '')::jsonb, NULLIF($13, '')::jsonb, $14::boolean, $15, NULLIF($16, '')::uuid)"
        " ON CONFLICT (id) DO NOTHING",
        e.id.toString(QUuid::WithoutBraces).toStdString(), utf8(e.at.toUTC().toString(Qt::ISODateWithMs)),
        utf8(e.osUser), utf8(e.host), utf8(e.profile), utf8(e.action), utf8(e.target), utf8(e.reason),
        QJsonDocument(QJsonArray::fromStringList(e.argv)).toJson(QJsonDocument::Compact).toStdString(),
        e.hasExitCode ? std::to_string(e.exitCode) : std::string(), utf8(e.outputDigest),
        jsonText(e.metricsBefore), jsonText(e.metricsAfter), e.override, utf8(AuditEntry::stageKey(e.stage)),
        e.intentId.isNull() ? std::string() : e.intentId.toString(QUuid::WithoutBraces).toStdString());
    return int(r.affected_rows());
}

QString text(const Sql::Field& field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QJsonObject jsonObject(const Sql::Field& field)
{
    return field.is_null() ? QJsonObject() : QJsonDocument::fromJson(QByteArray(field.c_str())).object();
}

QByteArray csvCell(const QString& value, bool guardFormula)
{
    QString cell = value;
    if (guardFormula && !cell.isEmpty() &&
        (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@'))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r') ||
        cell != cell.trimmed()) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' % cell % u'"';
    }
    return cell.toUtf8();
}

} // namespace

AuditStore::AuditStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent)
    : QObject(parent), m_worker(worker), m_journal(journal)
{
    qRegisterMetaType<Ops::AuditEntry>();
    qRegisterMetaType<QList<Ops::AuditEntry>>();
    m_retry.setInterval(60000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_journal && !m_journal->isEmpty())
            syncJournal();
        else
            m_retry.stop();
    });
    if (m_journal && !m_journal->isEmpty())
        m_retry.start();
}

void AuditStore::setRetryInterval(int ms)
{
    m_retry.setInterval(std::max(0, ms));
    if (ms <= 0)
        m_retry.stop();
    else if (m_journal && !m_journal->isEmpty())
        m_retry.start();
}

AuditStore::~AuditStore() = default;

void AuditStore::append(const AuditEntry& entry)
{
    append(entry, nullptr, AppendCallback());
}

void AuditStore::append(const AuditEntry& entry, QObject* context, AppendCallback done, Route route)
{
    Q_ASSERT(!entry.id.isNull());
    if (done)
        m_waiters.insert(entry.id, Waiter{context, context != nullptr, std::move(done)});
    if (route == Route::JournalOnly) {
        // Asynchronous like the database path: callers connect after append().
        QMetaObject::invokeMethod(
            this, [this, entry] { journal(entry, tr("the database cannot be reached")); }, Qt::QueuedConnection);
        return;
    }
    if (!m_worker) {
        const QString reason = tr("no database worker", "audit: auditstore: error or status fragment, shown after “…: ” in a longer message");
        QMetaObject::invokeMethod(this, [this, entry, reason] { settle(entry, false, reason); }, Qt::QueuedConnection);
        return;
    }
    m_worker->submit(
        [entry](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            insertEntry(tx, entry);
            tx.commit();
            return {};
        },
        this,
        [this, entry](const DatabaseResult& result) {
            if (result.ok()) {
                settle(entry, false, QString());
                if (m_journal && !m_journal->isEmpty())
                    syncJournal();
                return;
            }
            if (!result.journalable() || !m_journal) {
                settle(entry, false, tr("the audit entry was not recorded: %1").arg(result.error));
                return;
            }
            journal(entry, result.error);
        });
}

void AuditStore::journal(const AuditEntry& entry, const QString& why)
{
    if (!m_journal) {
        settle(entry, false, tr("the audit entry was not recorded: %1").arg(why));
        return;
    }
    QJsonObject record = entry.toJson();
    record.insert(QStringLiteral("kind"), QStringLiteral("audit"));
    if (m_journal->append(record)) {
        qCInfo(lcStore) << "audit entry" << entry.id << "journaled:" << why;
        if (m_retry.interval() > 0 && !m_retry.isActive())
            m_retry.start();
        settle(entry, true, QString());
    } else {
        settle(entry, false,
               tr("the audit entry was not recorded: %1; and the local journal failed too: %2")
                   .arg(why, m_journal->errorString()));
    }
}

void AuditStore::settle(const AuditEntry& entry, bool journaled, const QString& error)
{
    const Waiter waiter = m_waiters.take(entry.id);
    if (error.isEmpty()) {
        Q_EMIT appended(entry.id, journaled);
        Q_EMIT recorded(entry, journaled);
    } else {
        Q_EMIT appendFailed(entry.id, error);
    }
    if (waiter.done && (!waiter.hasContext || waiter.context))
        waiter.done(journaled, error); // last: it may delete this store's owner
}

void AuditStore::syncJournal()
{
    if (m_syncing || !m_worker || !m_journal)
        return;
    QString refusal;
    if (!OfflineJournal::canReplayInto(*m_journal, m_worker->connectionParams(), &refusal)) {
        Q_EMIT journalSyncFailed(refusal);
        return;
    }
    const QList<QJsonObject> records = m_journal->readFor(m_journal->target());
    QList<AuditEntry> entries;
    QSet<QString> ids;
    for (const QJsonObject& record : records) {
        bool ok = false;
        const AuditEntry entry = AuditEntry::fromJson(record, &ok);
        if (ok && record.value(QStringLiteral("kind")).toString() == QLatin1String("audit")) {
            entries.append(entry);
            ids.insert(OfflineJournal::idOf(record));
        }
    }
    if (entries.isEmpty()) {
        Q_EMIT journalSynced(0, m_journal->count());
        return;
    }
    m_syncing = true;
    // All or nothing in one transaction; ON CONFLICT makes a second replay (after a kill between the
    // commit and remove(), or by another console sharing the journal) insert nothing. Afterwards exactly
    // these ids leave the journal: records appended meanwhile (by this console or another) stay.
    m_worker->submit(
        [entries](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            int inserted = 0;
            for (const AuditEntry& entry : entries)
                inserted += insertEntry(tx, entry);
            tx.commit();
            return inserted;
        },
        this,
        [this, ids](const DatabaseResult& result) {
            m_syncing = false;
            if (!result.ok()) {
                Q_EMIT journalSyncFailed(tr("the journal was not replayed: %1").arg(result.error));
                return;
            }
            if (!m_journal->remove(ids)) {
                Q_EMIT journalSyncFailed(m_journal->errorString());
                return;
            }
            const int remaining = m_journal->count();
            if (remaining == 0)
                m_retry.stop();
            Q_EMIT journalSynced(result.value.toInt(), remaining);
        });
}

void AuditStore::list(const AuditFilter& filter)
{
    if (!m_worker) {
        Q_EMIT listFailed(tr("no database worker", "audit: auditstore: error or status fragment, shown after “…: ” in a longer message"));
        return;
    }
    const auto iso = [](const QDateTime& time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
    };
    const std::string from = iso(filter.from);
    const std::string to = iso(filter.to);
    const AuditFilter f = filter;
    m_worker->submit(
        [f, from, to](Sql::Connection& connection) -> QVariant {
            Sql::ReadTransaction tx(connection);
            const Sql::Result rows = tx.exec_params(
                "SELECT id::text, (extract(epoch FROM at) * 1000)::bigint, os_user, host, profile, action, "
                "target,"
                " reason, array_to_json(argv)::text, exit_code, output_digest, metrics_before::text,"
                " metrics_after::text, override, stage, intent_id::text"
                " FROM ops.audit"
                " WHERE (NULLIF($1, '') IS NULL OR at >= NULLIF($1, '')::timestamptz)"
                " AND (NULLIF($2, '') IS NULL OR at < NULLIF($2, '')::timestamptz)"
                " AND ($3 = '' OR profile = $3) AND ($4 = '' OR action = $4) AND ($5 = '' OR target = $5)"
                " AND ($6 = '' OR strpos(lower(concat_ws(' ', reason, target, action, os_user, host,"
                "      array_to_string(argv, ' '))), lower($6)) > 0)"
                " ORDER BY at DESC, id LIMIT $7",
                from, to, utf8(f.profile), utf8(f.action), utf8(f.target), utf8(f.text),
                std::max(1, f.limit));
            QList<AuditEntry> entries;
            entries.reserve(rows.size());
            for (const auto& row : rows) {
                AuditEntry e;
                e.id = QUuid::fromString(text(row[0]));
                e.at = QDateTime::fromMSecsSinceEpoch(row[1].as<qint64>(), Qt::UTC);
                e.osUser = text(row[2]);
                e.host = text(row[3]);
                e.profile = text(row[4]);
                e.action = text(row[5]);
                e.target = text(row[6]);
                e.reason = text(row[7]);
                const QJsonArray argv = QJsonDocument::fromJson(QByteArray(row[8].c_str())).array();
                for (const QJsonValue& value : argv)
                    e.argv.append(value.toString());
                if (!row[9].is_null())
                    e.setExitCode(row[9].as<int>());
                e.outputDigest = text(row[10]);
                e.metricsBefore = jsonObject(row[11]);
                e.metricsAfter = jsonObject(row[12]);
                e.override = row[13].as<bool>();
                e.stage = AuditEntry::stageFromKey(text(row[14]));
                e.intentId = QUuid::fromString(text(row[15]));
                entries.append(e);
            }
            return QVariant::fromValue(entries);
        },
        this,
        [this](const DatabaseResult& result) {
            if (result.ok())
                Q_EMIT listed(result.value.value<QList<AuditEntry>>());
            else
                Q_EMIT listFailed(tr("cannot read the audit trail: %1").arg(result.error));
        });
}

QByteArray AuditStore::toCsv(const QList<AuditEntry>& entries)
{
    QByteArray out = "id,at,os_user,host,profile,action,target,reason,argv,exit_code,output_digest,override,"
                     "metrics_before,metrics_after,stage,intent_id\r\n";
    for (const AuditEntry& e : entries) {
        const QList<QByteArray> cells = {
            csvCell(e.id.toString(QUuid::WithoutBraces), false),
            csvCell(e.at.toUTC().toString(Qt::ISODateWithMs), false),
            csvCell(e.osUser, true),
            csvCell(e.host, true),
            csvCell(e.profile, true),
            csvCell(e.action, true),
            csvCell(e.target, true),
            csvCell(e.reason, true),
            csvCell(e.argv.join(u' '), true),
            e.hasExitCode ? QByteArray::number(e.exitCode) : QByteArray(),
            csvCell(e.outputDigest, false),
            e.override ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            csvCell(e.metricsBefore.isEmpty()
                        ? QString()
                        : QString::fromUtf8(QJsonDocument(e.metricsBefore).toJson(QJsonDocument::Compact)),
                    false),
            csvCell(e.metricsAfter.isEmpty()
                        ? QString()
                        : QString::fromUtf8(QJsonDocument(e.metricsAfter).toJson(QJsonDocument::Compact)),
                    false),
            csvCell(AuditEntry::stageKey(e.stage), false),
            csvCell(e.intentId.isNull() ? QString() : e.intentId.toString(QUuid::WithoutBraces), false),
        };
        out += cells.join(',') + "\r\n";
    }
    return out;
}

bool AuditStore::exportCsv(const QList<AuditEntry>& entries, QIODevice* device)
{
    if (!device || !device->isWritable())
        return false;
    const QByteArray csv = toCsv(entries);
    return device->write(csv) == csv.size();
}

} // namespace Ops
