#include "models/store/postgresconnectionparams.h"

#include "models/profiles/connectionprofile.h"

#include <algorithm>

namespace Ops {

namespace {

QByteArray quoted(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('\'');
    for (const char c : value) {
        if (c == '\'' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('\'');
    return out;
}

} // namespace

PostgresConnectionParams PostgresConnectionParams::fromProfile(const ConnectionProfile& profile,
                                                               const QString& password)
{
    PostgresConnectionParams params;
    params.host = profile.pgHost;
    params.port = profile.pgPort;
    params.database = profile.pgDatabase;
    params.user = profile.pgUser;
    params.sslMode = profile.pgSslMode;
    params.password = password;
    return params;
}

PostgresConnectionParams PostgresConnectionParams::recordsFromProfile(const ConnectionProfile& profile,
                                                                      const QString& password)
{
    PostgresConnectionParams params = fromProfile(profile, password);
    params.database = profile.pgRecordsDatabase;
    return params;
}

PostgresConnectionParams PostgresConnectionParams::withDeadline(int deadlineMs) const
{
    const int deadline = std::max(100, deadlineMs);
    PostgresConnectionParams params = *this;
    params.connectTimeoutS = std::max(2, deadline / 2000);
    params.statementTimeoutMs = std::max(200, deadline / 2);
    params.keepalivesIdleS = std::clamp((deadline + 999) / 1000, 1, 60);
    params.keepalivesIntervalS = std::max(1, params.keepalivesIdleS / 3);
    params.keepalivesCount = 3;
    params.tcpUserTimeoutMs =
        (params.keepalivesIdleS + params.keepalivesIntervalS * params.keepalivesCount) * 1000;
    return params;
}

std::vector<std::pair<QByteArray, QByteArray>> PostgresConnectionParams::keywordValues() const
{
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    pairs.emplace_back("host", host.toUtf8());
    pairs.emplace_back("port", QByteArray::number(port));
    if (!database.isEmpty())
        pairs.emplace_back("dbname", database.toUtf8());
    if (!user.isEmpty())
        pairs.emplace_back("user", user.toUtf8());
    if (!sslMode.isEmpty())
        pairs.emplace_back("sslmode", sslMode.toUtf8());
    if (!password.isEmpty())
        pairs.emplace_back("password", password.toUtf8());
    pairs.emplace_back("connect_timeout", QByteArray::number(std::max(1, connectTimeoutS)));
    pairs.emplace_back("application_name", QByteArrayLiteral("opsconsole"));
    // This end of the TCP connection (ignored by libpq on a Unix-domain socket).
    pairs.emplace_back("keepalives", QByteArrayLiteral("1"));
    pairs.emplace_back("keepalives_idle", QByteArray::number(std::max(1, keepalivesIdleS)));
    pairs.emplace_back("keepalives_interval", QByteArray::number(std::max(1, keepalivesIntervalS)));
    pairs.emplace_back("keepalives_count", QByteArray::number(std::max(1, keepalivesCount)));
    pairs.emplace_back("tcp_user_timeout", QByteArray::number(std::max(0, tcpUserTimeoutMs)));
    // The server's end, and a server-side statement guard (the client-side deadline is what the operator
    // relies on). In the startup packet rather than SET: they survive a silent reconnect. Not the server's
    // tcp_user_timeout: it would refuse the whole connection on a server older than PostgreSQL 12.
    pairs.emplace_back(
        "options", "-c statement_timeout=" + QByteArray::number(std::max(0, statementTimeoutMs)) +
                       " -c tcp_keepalives_idle=" + QByteArray::number(std::max(1, keepalivesIdleS)) +
                       " -c tcp_keepalives_interval=" + QByteArray::number(std::max(1, keepalivesIntervalS)) +
                       " -c tcp_keepalives_count=" + QByteArray::number(std::max(1, keepalivesCount)));
    return pairs;
}

QByteArray PostgresConnectionParams::conninfo() const
{
    QByteArray out;
    for (const auto& [keyword, value] : keywordValues()) {
        if (!out.isEmpty())
            out.append(' ');
        out.append(keyword);
        out.append('=');
        out.append(quoted(value));
    }
    return out;
}

QString PostgresConnectionParams::displayName() const
{
    return user % u'@' % host % u':' % QString::number(port) % u'/' % database;
}

} // namespace Ops
