#include "models/store/postgresconnectionparams.h"

#include "models/core/hostaddress.h"
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
    params.sslRootCert = profile.caCertificateFile;
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

bool PostgresConnectionParams::isOnThisMachine() const
{
    // No host or a folder (a Unix-domain socket) is this machine as much as loopback is.
    return host.isEmpty() || host.startsWith(u'/') || isLoopbackHost(host);
}

QString PostgresConnectionParams::effectiveSslMode() const
{
    if (sslMode.isEmpty() || sslMode == QLatin1String("auto"))
        return isOnThisMachine() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    return sslMode;
}

bool PostgresConnectionParams::passwordWithheld() const
{
    if (password.isEmpty() || isOnThisMachine())
        return false;
    const QString mode = effectiveSslMode();
    return mode != QLatin1String("require") && mode != QLatin1String("verify-ca") && mode != QLatin1String("verify-full");
}

QString PostgresConnectionParams::passwordWithheldReason() const
{
    if (!passwordWithheld())
        return QString();
    return tr("the password was not sent: %1 is not on this machine and sslmode=%2 lets the connection run without "
              "TLS; use verify-full (or require) for this server")
        .arg(host, effectiveSslMode());
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
    const QString mode = effectiveSslMode();
    pairs.emplace_back("sslmode", mode.toUtf8());
    if (!sslRootCert.isEmpty() && (mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full")))
        pairs.emplace_back("sslrootcert", sslRootCert.toUtf8());
    // A password only where it cannot travel in clear (see passwordWithheld()).
    const bool remote = !isOnThisMachine();
    const bool tlsMandatory = mode == QLatin1String("require") || mode == QLatin1String("verify-ca") ||
                              mode == QLatin1String("verify-full");
    if (remote && !tlsMandatory) {
        // Not ours, not PGPASSWORD's, not ~/.pgpass's either: an explicit empty password keeps libpq from
        // taking PGPASSWORD, and a password file that does not exist from reading ~/.pgpass (libpq
        // skips a missing one in silence; /dev/null would draw a warning on every connection).
        pairs.emplace_back("password", QByteArray());
        pairs.emplace_back("passfile", QByteArrayLiteral("/nonexistent/opsconsole-no-password-file"));
    } else if (!password.isEmpty()) {
        pairs.emplace_back("password", password.toUtf8());
        if (remote && mode != QLatin1String("verify-full"))
            pairs.emplace_back("channel_binding", QByteArrayLiteral("require"));
    }
    // The console signs in with a password, over TLS where it leaves the machine: no GSSAPI encryption.
    // libpq's default (prefer) asks Kerberos for credentials before every connection, which reads its
    // configuration each time and, when the console quits while a database thread is connecting, runs
    // into Kerberos' library finalizer and aborts the process ("krb5int_getspecific: Assertion").
    pairs.emplace_back("gssencmode", QByteArrayLiteral("disable"));
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
