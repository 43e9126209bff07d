#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace Ops {

struct ConnectionProfile;

/// Everything a worker needs to reach one PostgreSQL server. Copied into the worker thread per check.
/// Holds the password (from the keychain) only in memory: never logged, never written anywhere.
struct PostgresConnectionParams
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");
    QString password;              ///< may be empty (trust, peer, .pgpass)
    int connectTimeoutS = 5;       ///< libpq raises anything below 2 s to 2 s
    int statementTimeoutMs = 5000; ///< in the conninfo: survives a silent reconnect

    static PostgresConnectionParams fromProfile(const ConnectionProfile& profile, const QString& password);

    /// A libpq conninfo string with every value quoted ('…' with \ and ' escaped).
    QByteArray conninfo() const;
    /// "user@host:port/database" for logs and messages: never the password.
    QString displayName() const;

    /// Keyword/value pairs for PQpingParams (same content as conninfo()).
    std::vector<std::pair<QByteArray, QByteArray>> keywordValues() const;

    bool operator==(const PostgresConnectionParams&) const = default;
};

} // namespace Ops
