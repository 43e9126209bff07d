#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace Ops {

struct ConnectionProfile;

/// Everything a worker needs to reach one PostgreSQL server. Copied into the worker thread per check.
/// Holds the password (from the keychain) only in memory: never logged, never written anywhere.
///
/// Every connection the console opens is built from here, so every one of them has TCP keepalives and
/// tcp_user_timeout on both ends: a server that vanishes without a reset (host gone, packets dropped) is
/// noticed by the kernel within keepalivesIdleS + keepalivesIntervalS * keepalivesCount seconds whether
/// the connection was idle (keepalives) or had a request in flight (tcp_user_timeout), the blocked libpq
/// call returns with an error and the next job reconnects. The server gets the same keepalives for its
/// side (`options=-c tcp_keepalives_…`), so it ends the session of a console that vanished, and with it
/// that console's session-level operator lock, instead of after the kernel's default two hours.
/// A frozen server (SIGSTOP) still acknowledges at the TCP level: only the client-side deadline helps there.
struct PostgresConnectionParams
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /// libpq's sslmode, or "auto" (prefer on loopback, verify-full elsewhere): see effectiveSslMode().
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;           ///< CA file for verify-ca/verify-full (the profile's CA); empty: libpq's default
    QString password;              ///< may be empty (trust, peer, .pgpass); see passwordWithheld()
    // The defaults are withDeadline(10000): a connection opened without a deadline (the LISTEN thread)
    // behaves like one of a worker with the default 10 s deadline.
    int connectTimeoutS = 5;       ///< libpq raises anything below 2 s to 2 s
    int statementTimeoutMs = 5000; ///< in the conninfo: survives a silent reconnect
    int keepalivesIdleS = 10;      ///< idle time before the first keepalive probe
    int keepalivesIntervalS = 3;   ///< between unanswered probes
    int keepalivesCount = 3;       ///< unanswered probes before the connection is dead
    int tcpUserTimeoutMs = 19000;  ///< sent data unacknowledged this long: the connection is dead

    /// The application's database (monitoring).
    static PostgresConnectionParams fromProfile(const ConnectionProfile& profile, const QString& password);
    /// The console's records database (audit, incidents, lock, …) on the same server.
    static PostgresConnectionParams recordsFromProfile(const ConnectionProfile& profile, const QString& password);

    /// A copy whose timeouts fit a client-side deadline of `deadlineMs`: libpq's connect_timeout and the
    /// server's statement_timeout give up before the deadline does (so the server, not the deadline,
    /// answers whenever it still can); keepalives start after one deadline of silence, and a vanished
    /// peer is declared dead after about two deadlines (tcp_user_timeout likewise), i.e. after the deadline
    /// has already answered the operator: the kernel then frees the thread the deadline abandoned.
    PostgresConnectionParams withDeadline(int deadlineMs) const;

    /// Loopback, a Unix-domain socket folder or no host: nothing crosses a network.
    bool isOnThisMachine() const;
    /// The sslmode libpq gets: "auto" becomes prefer for a loopback host and verify-full for any other.
    QString effectiveSslMode() const;
    /// True when the password is kept back: the server is not on this machine and the sslmode does not
    /// make TLS mandatory (disable, allow, prefer), so libpq could send it in clear to whoever answers.
    /// With require or verify-ca, channel_binding=require is added: only SCRAM bound to this TLS session,
    /// never a clear-text or MD5 password a man in the middle could read (libpq 15 has no require_auth).
    bool passwordWithheld() const;
    /// Why the password was not sent (translated), or empty.
    QString passwordWithheldReason() const;

    /// A libpq conninfo string with every value quoted ('…' with \ and ' escaped).
    QByteArray conninfo() const;
    /// "user@host:port/database" for logs and messages: never the password.
    QString displayName() const;

    /// Keyword/value pairs for PQpingParams (same content as conninfo()).
    std::vector<std::pair<QByteArray, QByteArray>> keywordValues() const;

    bool operator==(const PostgresConnectionParams&) const = default;

    Q_DECLARE_TR_FUNCTIONS(Ops::PostgresConnectionParams)
};

} // namespace Ops
