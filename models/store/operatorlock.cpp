#include "models/store/operatorlock.h"

#include "models/core/formatting.h"

#include "models/core/logging.h"
#include "models/core/identity.h"
#include "models/profiles/connectionprofile.h"
#include "models/store/databaseworker.h"

#include "models/store/sql.h"
#include <QCryptographicHash>
#include <QLocale>
#include <QtEndian>

namespace Ops {

OperatorLock::OperatorLock(QObject* parent) : QObject(parent), m_worker(new DatabaseWorker(this))
{
    qRegisterMetaType<Ops::LockHolder>();
}

OperatorLock::~OperatorLock() = default; // the lock ends with the worker's connection

void OperatorLock::setConnectionParams(const PostgresConnectionParams& params)
{
    m_worker->setConnectionParams(params);
}

void OperatorLock::setDeadline(int ms)
{
    m_worker->setDeadline(ms);
}

void OperatorLock::setProfile(const ConnectionProfile& profile, const QString& password)
{
    setConnectionParams(PostgresConnectionParams::recordsFromProfile(profile, password));
    m_key = keyFor(profile);
}

qint64 OperatorLock::keyFor(const ConnectionProfile& profile)
{
    const OrchestratorSettings& o = profile.orchestrator;
    const QString identity =
        o.isKubernetes()
            ? QStringLiteral("k8s|") % o.kubeContext % u'|' % o.kubeNamespace
            : QStringLiteral("compose|") % o.dockerHost % u'|' %
                  (o.projectName.isEmpty() ? o.projectDirectory % u'|' % o.composeFile : o.projectName);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(QByteArrayLiteral("opsconsole-operator-lock|") + identity.toUtf8()),
        QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

QString OperatorLock::describe(const LockHolder& holder)
{
    if (!holder.known)
        return tr("held by another console");
    const QString since = Format::utcAndLocal(holder.since, Format::Precision::Minutes);
    return tr("held by %1@%2 since %3 for %4", "operator lock: user@host since time for action")
        .arg(holder.osUser, holder.host, since, holder.action);
}

void OperatorLock::acquire(const QString& profile, const QString& action)
{
    if (m_busy) {
        Q_EMIT failed(tr("the previous lock request has not finished yet"));
        return;
    }
    if (m_held) {
        Q_EMIT failed(tr("this console already holds the operator lock"));
        return;
    }
    m_busy = true;
    const qint64 key = m_key;
    const std::string osUser = Identity::osUser().toStdString();
    const std::string host = Identity::host().toStdString();
    const std::string profileName = profile.toStdString();
    const std::string actionText = action.toStdString();
    m_worker->submit(
        [=](Sql::Connection& connection) -> QVariant {
            bool got = false;
            {
                // Session-level: outlives this transaction, ends with release() or the connection.
                Sql::NonTransaction tx(connection);
                got = tx.exec_params("SELECT pg_try_advisory_lock($1)", key)[0][0].as<bool>();
            }
            QVariantMap answer;
            answer.insert(QStringLiteral("acquired"), got);
            if (got) {
                try {
                    Sql::Work tx(connection);
                    tx.exec_params(
                        "INSERT INTO ops.lock_holders (lock_key, os_user, host, profile, action, since,"
                        " backend_pid) VALUES ($1, $2, $3, $4, $5, now(), pg_backend_pid())"
                        " ON CONFLICT (lock_key) DO UPDATE SET os_user = EXCLUDED.os_user,"
                        " host = EXCLUDED.host, profile = EXCLUDED.profile, action = EXCLUDED.action,"
                        " since = EXCLUDED.since, backend_pid = EXCLUDED.backend_pid",
                        key, osUser, host, profileName, actionText);
                    tx.commit();
                } catch (...) {
                    // A session lock survives the rollback: give it back before reporting the failure.
                    try {
                        Sql::NonTransaction undo(connection);
                        undo.exec_params("SELECT pg_advisory_unlock($1)", key);
                    } catch (...) {
                    }
                    throw;
                }
                return answer;
            }
            Sql::ReadTransaction tx(connection);
            const Sql::Result row = tx.exec_params(
                "SELECT os_user, host, profile, action, (extract(epoch FROM since) * 1000)::bigint"
                " FROM ops.lock_holders WHERE lock_key = $1",
                key);
            if (!row.empty()) {
                answer.insert(QStringLiteral("osUser"), QString::fromUtf8(row[0][0].c_str()));
                answer.insert(QStringLiteral("host"), QString::fromUtf8(row[0][1].c_str()));
                answer.insert(QStringLiteral("profile"), QString::fromUtf8(row[0][2].c_str()));
                answer.insert(QStringLiteral("action"), QString::fromUtf8(row[0][3].c_str()));
                answer.insert(QStringLiteral("since"), row[0][4].as<qint64>());
            }
            return answer;
        },
        this,
        [this, action](const DatabaseResult& result) {
            m_busy = false;
            m_unreachable = result.status == DatabaseResult::Status::Unavailable ||
                            result.status == DatabaseResult::Status::TimedOut;
            if (!result.ok()) {
                Q_EMIT failed(tr("cannot take the operator lock: %1").arg(result.error));
                return;
            }
            const QVariantMap answer = result.value.toMap();
            if (answer.value(QStringLiteral("acquired")).toBool()) {
                m_held = true;
                qCInfo(lcStore) << "operator lock" << m_key << "taken for" << action;
                Q_EMIT acquired();
                return;
            }
            LockHolder holder;
            holder.known = answer.contains(QStringLiteral("osUser"));
            holder.osUser = answer.value(QStringLiteral("osUser")).toString();
            holder.host = answer.value(QStringLiteral("host")).toString();
            holder.profile = answer.value(QStringLiteral("profile")).toString();
            holder.action = answer.value(QStringLiteral("action")).toString();
            holder.since =
                QDateTime::fromMSecsSinceEpoch(answer.value(QStringLiteral("since")).toLongLong(), Qt::UTC);
            Q_EMIT refused(holder, describe(holder));
        });
}

void OperatorLock::confirm()
{
    if (!m_held) {
        Q_EMIT confirmed(false, tr("this console does not hold the operator lock"));
        return;
    }
    const qint64 key = m_key;
    m_worker->submit(
        [key](Sql::Connection& connection) -> QVariant {
            // A bigint advisory key shows in pg_locks as classid (high half), objid (low half), objsubid 1.
            Sql::ReadTransaction tx(connection);
            return tx
                .exec_params("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                             " AND pid = pg_backend_pid() AND objsubid = 1"
                             " AND classid::bigint = (($1::bigint >> 32) & 4294967295)"
                             " AND objid::bigint = ($1::bigint & 4294967295))",
                             key)[0][0]
                .as<bool>();
        },
        this,
        [this](const DatabaseResult& result) {
            if (!m_held) {
                Q_EMIT confirmed(false, tr("this console does not hold the operator lock"));
                return;
            }
            if (!result.ok()) {
                // Unknown is not held: a procedure must not go on on a guess.
                Q_EMIT confirmed(false, tr("cannot confirm the operator lock: %1").arg(result.error));
                return;
            }
            if (!result.value.toBool()) {
                m_held = false;
                qCWarning(lcStore) << "operator lock" << m_key << "lost";
                Q_EMIT confirmed(false, tr("the operator lock was lost (PostgreSQL restarted or the connection "
                                           "dropped); another console may act on this stack now"));
                return;
            }
            Q_EMIT confirmed(true, QString());
        });
}

void OperatorLock::release()
{
    if (!m_held || m_busy) {
        Q_EMIT failed(tr("this console does not hold the operator lock"));
        return;
    }
    m_busy = true;
    const qint64 key = m_key;
    m_worker->submit(
        [key](Sql::Connection& connection) -> QVariant {
            {
                Sql::Work tx(connection);
                tx.exec_params(
                    "DELETE FROM ops.lock_holders WHERE lock_key = $1 AND backend_pid = pg_backend_pid()",
                    key);
                tx.commit();
            }
            Sql::NonTransaction tx(connection);
            return tx.exec_params("SELECT pg_advisory_unlock($1)", key)[0][0].as<bool>();
        },
        this,
        [this](const DatabaseResult& result) {
            m_busy = false;
            // Whatever the answer, this console no longer relies on the lock: a failed unlock means the
            // connection (and with it the lock) is gone.
            m_held = false;
            if (!result.ok()) {
                Q_EMIT failed(tr("the operator lock was not released cleanly: %1").arg(result.error));
                return;
            }
            Q_EMIT released();
        });
}

} // namespace Ops
