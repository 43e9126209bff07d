#include "models/incidents/oncallstore.h"

#include "models/store/databaseworker.h"

#include "models/store/sql.h"
#include <QJsonDocument>

namespace Ops {

OnCallStore::OnCallStore(DatabaseWorker* worker, const QString& cacheFile, QObject* parent)
    : QObject(parent), m_worker(worker), m_cacheFile(cacheFile), m_roster(OnCallRoster::readFile(cacheFile))
{
    qRegisterMetaType<Ops::OnCallRoster>();
}

void OnCallStore::adopt(const OnCallRoster& roster)
{
    m_roster = roster;
    m_roster.writeFile(m_cacheFile);
    Q_EMIT rosterChanged(m_roster);
}

void OnCallStore::refresh()
{
    if (!m_worker)
        return;
    m_worker->submit(
        [](Sql::Connection& connection) -> QVariant {
            Sql::ReadTransaction tx(connection);
            const Sql::Result r = tx.exec("SELECT roster::text, version FROM ops.oncall WHERE id = 1");
            if (r.empty())
                return {};
            OnCallRoster roster = OnCallRoster::fromJson(QJsonDocument::fromJson(QByteArray(r[0][0].c_str())).object());
            roster.version = r[0][1].as<int>();
            return QVariant::fromValue(roster);
        },
        this,
        [this](const DatabaseResult& result) {
            if (!result.ok()) {
                Q_EMIT failed(tr("cannot read the on-call roster (showing the local copy): %1").arg(result.error));
                return;
            }
            if (result.value.isValid())
                adopt(result.value.value<OnCallRoster>());
            else
                Q_EMIT rosterChanged(m_roster); // nothing stored yet: the local copy stands
        });
}

void OnCallStore::save(const OnCallRoster& roster)
{
    if (!m_worker) {
        Q_EMIT failed(tr("no database", "incidents: oncallstore: error or status fragment, shown after “…: ” in a longer message"));
        return;
    }
    const int base = roster.version;
    QJsonObject document = roster.toJson();
    document.remove(QStringLiteral("version"));
    const std::string json = QJsonDocument(document).toJson(QJsonDocument::Compact).toStdString();
    m_worker->submit(
        [json, base](Sql::Connection& connection) -> QVariant {
            Sql::Work tx(connection);
            const Sql::Result r = tx.exec_params(
                "INSERT INTO ops.oncall (id, roster, version) VALUES (1, $1::jsonb, 1)"
                " ON CONFLICT (id) DO UPDATE SET roster = EXCLUDED.roster, version = ops.oncall.version + 1,"
                " updated_at = now() WHERE ops.oncall.version = $2 RETURNING version",
                json, base);
            tx.commit();
            return r.empty() ? -1 : r[0][0].as<int>();
        },
        this,
        [this, roster](const DatabaseResult& result) {
            if (!result.ok()) {
                Q_EMIT failed(tr("the on-call roster was not saved: %1").arg(result.error));
                return;
            }
            if (result.value.toInt() < 0) {
                Q_EMIT failed(tr("someone else changed the on-call roster meanwhile: reloaded, please edit again"));
                refresh();
                return;
            }
            OnCallRoster written = roster;
            written.version = result.value.toInt();
            adopt(written);
            Q_EMIT saved(true);
        });
}

} // namespace Ops
