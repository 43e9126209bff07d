#include "models/incidents/incidentsql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ops::IncidentSql {

namespace {

std::string u(const QString& text)
{
    return text.toStdString();
}

std::string uuid(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

std::string iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

std::string jsonArray(const QStringList& list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact).toStdString();
}

QString text(const Sql::Field& field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QStringList list(const Sql::Field& field)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(field.c_str())).array();
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

QDateTime millis(const Sql::Field& field)
{
    return field.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(field.as<qint64>(), Qt::UTC);
}

constexpr const char* kColumns =
    "SELECT id::text, title, severity, status, impact, (extract(epoch FROM started_at) * 1000)::bigint,"
    " detected_by, commander, array_to_json(actions_taken)::text, array_to_json(next_steps)::text, eta,"
    " checklist, root_cause, postmortem_date::text, (extract(epoch FROM resolved_at) * 1000)::bigint,"
    " array_to_json(alerts)::text, version, last_change::text, (extract(epoch FROM updated_at) * 1000)::bigint"
    " FROM ops.incidents";

Incident fromRow(const Sql::Row& row)
{
    Incident i;
    i.id = QUuid::fromString(text(row[0]));
    i.title = text(row[1]);
    i.severity = severityFromInt(row[2].as<int>());
    i.status = statusFromKey(text(row[3]));
    i.impact = text(row[4]);
    i.startedAt = millis(row[5]);
    i.detectedBy = text(row[6]);
    i.commander = text(row[7]);
    i.actionsTaken = list(row[8]);
    i.nextSteps = list(row[9]);
    i.eta = text(row[10]);
    i.checklist = row[11].as<int>();
    i.rootCause = text(row[12]);
    i.postmortemDate = QDate::fromString(text(row[13]), Qt::ISODate);
    i.resolvedAt = millis(row[14]);
    i.alerts = list(row[15]);
    i.version = row[16].as<int>();
    i.lastChange = QUuid::fromString(text(row[17]));
    i.updatedAt = millis(row[18]);
    return i;
}

} // namespace

Incident readOne(Sql::Transaction& tx, const QUuid& id)
{
    const Sql::Result r = tx.exec_params(std::string(kColumns) + " WHERE id = $1::uuid", uuid(id));
    return r.empty() ? Incident() : fromRow(r[0]);
}

namespace {

/// Whether this change was written already: as a version (since migration 006), or recorded in
/// ops.incident_changes by an earlier version of the console.
bool alreadyApplied(Sql::Transaction& tx, const QUuid& change)
{
    return !tx.exec_params("SELECT 1 FROM ops.incident_versions WHERE change_id = $1::uuid"
                           " UNION ALL SELECT 1 FROM ops.incident_changes WHERE id = $1::uuid LIMIT 1",
                           uuid(change))
                .empty();
}

/// Appends version `version` of the incident; empty when that version (or this change) exists already.
Sql::Result insertVersion(Sql::Transaction& tx, const Incident& i, int version, const QUuid& change,
                          const QUuid& parent)
{
    const std::string postmortem =
        i.postmortemDate.isValid() ? u(i.postmortemDate.toString(Qt::ISODate)) : std::string();
    return tx.exec_params(
        "INSERT INTO ops.incident_versions (incident_id, version, change_id, parent_change, title, severity,"
        " status, impact, started_at, detected_by, commander, actions_taken, next_steps, eta, checklist,"
        " root_cause, postmortem_date, resolved_at, alerts)"
        " VALUES ($1::uuid, $2, $3::uuid, NULLIF($4, '')::uuid, $5, $6, $7, $8, $9::timestamptz, $10, $11,"
        " ARRAY(SELECT jsonb_array_elements_text($12::jsonb)), ARRAY(SELECT jsonb_array_elements_text($13::jsonb)),"
        " $14, $15, $16, NULLIF($17, '')::date, NULLIF($18, '')::timestamptz,"
        " ARRAY(SELECT jsonb_array_elements_text($19::jsonb)))"
        " ON CONFLICT DO NOTHING RETURNING version",
        uuid(i.id), version, uuid(change), parent.isNull() ? std::string() : uuid(parent), u(i.title),
        int(i.severity), u(statusKey(i.status)), u(i.impact), iso(i.startedAt), u(i.detectedBy), u(i.commander),
        jsonArray(i.actionsTaken), jsonArray(i.nextSteps), u(i.eta), i.checklist, u(i.rootCause), postmortem,
        iso(i.resolvedAt), jsonArray(i.alerts));
}

} // namespace

ChangeResult applyChange(Sql::Transaction& tx, const Incident& i, const QUuid& change, int base,
                         const QUuid& parent)
{
    ChangeResult result;
    if (alreadyApplied(tx, change)) {
        result.outcome = Outcome::AlreadyApplied;
        result.version = readOne(tx, i.id).version;
        return result;
    }
    Sql::Result written;
    if (base == 0 && parent.isNull()) {
        tx.exec_params("INSERT INTO ops.incident_records (id) VALUES ($1::uuid) ON CONFLICT (id) DO NOTHING",
                       uuid(i.id));
        written = insertVersion(tx, i, 1, change, parent);
    } else {
        // The edit applies to the version it was based on, or follows its parent change (a chain of edits
        // journaled by this console). The new version's number is unique: a console that wrote it first
        // wins, the other finds nothing written (ON CONFLICT) and sees a conflict — never an overwrite.
        const Incident current = readOne(tx, i.id);
        if (!current.id.isNull() && (current.version == base || (!parent.isNull() && current.lastChange == parent)))
            written = insertVersion(tx, i, current.version + 1, change, parent);
    }
    if (written.empty()) {
        // Another console replaying the same journal wrote this very change meanwhile: not a conflict.
        if (alreadyApplied(tx, change)) {
            result.outcome = Outcome::AlreadyApplied;
            result.version = readOne(tx, i.id).version;
            return result;
        }
        result.outcome = Outcome::Conflict;
        result.current = readOne(tx, i.id);
        result.version = result.current.version;
        return result;
    }
    result.version = written[0][0].as<int>();
    return result;
}

int appendUpdate(Sql::Transaction& tx, const QUuid& incidentId, const TimelineEntry& e)
{
    const Sql::Result exists =
        tx.exec_params("SELECT 1 FROM ops.incident_records WHERE id = $1::uuid", uuid(incidentId));
    if (exists.empty())
        return -1;
    const Sql::Result r =
        tx.exec_params("INSERT INTO ops.incident_updates (id, incident_id, at, author, message)"
                       " VALUES ($1::uuid, $2::uuid, $3::timestamptz, $4, $5) ON CONFLICT (id) DO NOTHING",
                       uuid(e.id), uuid(incidentId), iso(e.at), u(e.author), u(e.text));
    return int(r.affected_rows());
}

QList<Incident> readAll(Sql::Transaction& tx, int limit)
{
    QList<Incident> incidents;
    QHash<QUuid, qsizetype> index;
    const Sql::Result rows =
        tx.exec_params(std::string(kColumns) + " ORDER BY started_at DESC, id LIMIT $1", limit);
    for (const auto& row : rows) {
        index.insert(QUuid::fromString(text(row[0])), incidents.size());
        incidents.append(fromRow(row));
    }
    const Sql::Result updates =
        tx.exec("SELECT incident_id::text, id::text, (extract(epoch FROM at) * 1000)::bigint, author, message"
                " FROM ops.incident_updates ORDER BY at, id");
    for (const auto& row : updates) {
        const auto it = index.constFind(QUuid::fromString(text(row[0])));
        if (it == index.constEnd())
            continue;
        incidents[*it].timeline.append({QUuid::fromString(text(row[1])), millis(row[2]), text(row[3]), text(row[4])});
    }
    return incidents;
}

} // namespace Ops::IncidentSql
