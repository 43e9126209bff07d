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
    // A server-side guard; the client-side deadline in PostgresSource is what the operator relies on.
    pairs.emplace_back("options", "-c statement_timeout=" + QByteArray::number(std::max(0, statementTimeoutMs)));
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
