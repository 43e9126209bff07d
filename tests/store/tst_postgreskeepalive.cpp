// TCP keepalives and tcp_user_timeout on the console's PostgreSQL connections, tried for real: a
// PostgreSQL cluster of its own runs in a network namespace reached over a veth pair, and "vanishes"
// when iptables inside that namespace drops all its packets (no reset, no FIN: a host gone, a cable
// pulled). Nothing outside the namespace is touched. Needs root (ip netns, iptables) like the stack.
#include "models/sources/postgressource.h"
#include "models/store/databaseworker.h"
#include "models/store/incidentlistenthread.h"

#include "models/store/sql.h"
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pqxx/pqxx>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Ops;

namespace {

/// A throw-away cluster inside its own network namespace. Everything is named after this process's id,
/// so that parallel runs never meet, and removed at destruction.
class IsolatedPostgres
{
public:
    IsolatedPostgres()
    {
        const qint64 pid = QCoreApplication::applicationPid();
        m_ns = QStringLiteral("opsc-ka-%1").arg(pid);
        m_hostIf = QStringLiteral("opka%1h").arg(pid);
        m_nsIf = QStringLiteral("opka%1n").arg(pid);
        // A /30 of the shared address space (RFC 6598), picked by pid.
        const QString net = QStringLiteral("100.%1.%2.").arg(64 + (pid / 16384) % 64).arg((pid / 64) % 256);
        m_hostAddress = net + QString::number((pid % 64) * 4 + 1);
        m_nsAddress = net + QString::number((pid % 64) * 4 + 2);
    }
    ~IsolatedPostgres()
    {
        if (m_started)
            run({pgBin() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("stop")},
                true);
        if (m_haveNamespace)
            run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"),
                 m_ns}); // its veth pair goes too
    }
    IsolatedPostgres(const IsolatedPostgres&) = delete;
    IsolatedPostgres& operator=(const IsolatedPostgres&) = delete;

    /// Empty on success, else what failed.
    QString start()
    {
        if (::geteuid() != 0)
            return QStringLiteral("needs root (ip netns, iptables, runuser)");
        if (!m_dir.isValid() || pgBin().isEmpty())
            return QStringLiteral("no temporary folder or no PostgreSQL server binaries");
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres ||
            ::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return QStringLiteral("cannot hand the folder to the postgres user");
        const QString ip = QStringLiteral("ip");
        const QList<QStringList> network = {
            {ip, QStringLiteral("netns"), QStringLiteral("add"), m_ns},
            {ip, QStringLiteral("link"), QStringLiteral("add"), m_hostIf, QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_nsIf},
            {ip, QStringLiteral("link"), QStringLiteral("set"), m_nsIf, QStringLiteral("netns"), m_ns},
            {ip, QStringLiteral("addr"), QStringLiteral("add"), m_hostAddress + QStringLiteral("/30"),
             QStringLiteral("dev"), m_hostIf},
            {ip, QStringLiteral("link"), QStringLiteral("set"), m_hostIf, QStringLiteral("up")},
        };
        for (const QStringList& command : network) {
            if (!run(command))
                return command.join(u' ') + QStringLiteral(" failed");
            m_haveNamespace = true;
        }
        const QList<QStringList> inside = {
            {ip, QStringLiteral("addr"), QStringLiteral("add"), m_nsAddress + QStringLiteral("/30"),
             QStringLiteral("dev"), m_nsIf},
            {ip, QStringLiteral("link"), QStringLiteral("set"), m_nsIf, QStringLiteral("up")},
            {ip, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
        };
        for (const QStringList& command : inside) {
            if (!runInside(command))
                return command.join(u' ') + QStringLiteral(" failed inside the namespace");
        }
        if (!run({pgBin() + QStringLiteral("/initdb"), QStringLiteral("-D"), dataDir(), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--no-sync")},
                 true))
            return QStringLiteral("initdb failed");
        // Reached only from this machine, through the namespace's veth pair.
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::Append) || hba.write("host all all 0.0.0.0/0 trust\n") <= 0)
            return QStringLiteral("cannot write pg_hba.conf");
        hba.close();
        if (!runInside(
                {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                 QStringLiteral("--"), pgBin() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(),
                 QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                 QStringLiteral("-c listen_addresses=%1 -p 5432 -k %2 -c fsync=off -c max_connections=20")
                     .arg(m_nsAddress, m_dir.path()),
                 QStringLiteral("start")}))
            return QStringLiteral("the server did not start (see %1)")
                .arg(m_dir.filePath(QStringLiteral("server.log")));
        m_started = true;
        return QString();
    }

    /// As the console connects: over TCP, through the veth pair.
    PostgresConnectionParams params() const
    {
        PostgresConnectionParams params;
        params.host = m_nsAddress;
        params.port = 5432;
        params.database = QStringLiteral("postgres");
        params.user = QStringLiteral("postgres");
        params.sslMode = QStringLiteral("disable");
        return params;
    }

    /// The server's side, over its Unix-domain socket (a file: no network namespace, no packet filter).
    QString scalar(const QString& sql) const
    {
        try {
            pqxx::connection connection(QStringLiteral("host=%1 port=5432 user=postgres dbname=postgres")
                                            .arg(m_dir.path())
                                            .toStdString());
            pqxx::nontransaction tx(connection);
            const pqxx::result r = tx.exec(sql.toStdString());
            return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
        } catch (const std::exception& error) {
            return QStringLiteral("error: ") + QString::fromUtf8(error.what());
        }
    }

    /// Every packet to or from the server is dropped (or no longer).
    bool setVanished(bool vanished)
    {
        const QString iptables = QStringLiteral("iptables");
        if (!vanished)
            return runInside({iptables, QStringLiteral("-F")});
        return runInside({iptables, QStringLiteral("-A"), QStringLiteral("INPUT"), QStringLiteral("-i"),
                          m_nsIf, QStringLiteral("-j"), QStringLiteral("DROP")}) &&
               runInside({iptables, QStringLiteral("-A"), QStringLiteral("OUTPUT"), QStringLiteral("-o"),
                          m_nsIf, QStringLiteral("-j"), QStringLiteral("DROP")});
    }

private:
    static QString pgBin()
    {
        const QString fromStack = qEnvironmentVariable("OPSCONSOLE_PG_BIN");
        if (!fromStack.isEmpty())
            return fromStack;
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        return found.isEmpty() ? QString() : versions.filePath(found.last() + QStringLiteral("/bin"));
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    /// A setup step: a test process, not the GUI, so waiting here is fine.
    static bool run(QStringList command, bool asPostgres = false)
    {
        if (asPostgres)
            command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")} +
                      command;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(command.takeFirst(), command);
        const bool done = process.waitForFinished(60000);
        if (!done || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("%s", process.readAll().constData());
            return false;
        }
        return true;
    }
    bool runInside(const QStringList& command) const
    {
        return run(QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_ns} +
                   command);
    }

    QTemporaryDir m_dir;
    QString m_ns, m_hostIf, m_nsIf, m_hostAddress, m_nsAddress;
    bool m_haveNamespace = false;
    bool m_started = false;
};

/// The kernel has given up on this socket (keepalive or user timeout): poll() reports an error or hang-up.
/// Only looks: the error stays for libpq to read.
bool socketDead(int fd)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

int intOption(int fd, int level, int name)
{
    int value = -1;
    socklen_t size = sizeof value;
    return ::getsockopt(fd, level, name, &value, &size) == 0 ? value : -1;
}

DatabaseResult runJob(DatabaseWorker& worker, const DatabaseJob& job, QObject* context, int waitMs)
{
    DatabaseResult got;
    bool done = false;
    worker.submit(job, context, [&](const DatabaseResult& r) {
        got = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, waitMs); }();
    return got;
}

/// A round trip (backendpid() alone would answer from libpq's memory).
QVariant backendPid(Sql::Connection& connection)
{
    Sql::NonTransaction tx(connection);
    return tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
}

} // namespace

class TestPostgresKeepalive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_server.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void init() { QVERIFY(m_server.setVanished(false)); }
    void cleanup() { m_server.setVanished(false); }

    void defaultsAreThoseOfTheDefaultDeadline()
    {
        // The LISTEN thread has no deadline: it gets what a worker with the default 10 s deadline gets.
        const PostgresConnectionParams params = m_server.params();
        QCOMPARE(params.withDeadline(DatabaseWorker().deadline()), params);
        const PostgresConnectionParams quick = params.withDeadline(2000);
        QCOMPARE(quick.keepalivesIdleS, 2);
        QCOMPARE(quick.keepalivesIntervalS, 1);
        QCOMPARE(quick.keepalivesCount, 3);
        QCOMPARE(quick.tcpUserTimeoutMs, 5000);
        QVERIFY(quick.tcpUserTimeoutMs >
                2000); // the deadline answers first; the kernel frees the thread later
        const PostgresConnectionParams slow = params.withDeadline(300000);
        QCOMPARE(slow.keepalivesIdleS, 60);
        QCOMPARE(slow.tcpUserTimeoutMs, (60 + 20 * 3) * 1000);
    }

    void parametersReachTheSocketAndTheServer()
    {
        DatabaseWorker worker;
        worker.setConnectionParams(m_server.params());
        worker.setDeadline(2000);
        const DatabaseResult r = runJob(
            worker,
            [](Sql::Connection& c) -> QVariant {
                const int fd = c.sock();
                QVariantMap m;
                m[QStringLiteral("SO_KEEPALIVE")] = intOption(fd, SOL_SOCKET, SO_KEEPALIVE);
                m[QStringLiteral("TCP_KEEPIDLE")] = intOption(fd, IPPROTO_TCP, TCP_KEEPIDLE);
                m[QStringLiteral("TCP_KEEPINTVL")] = intOption(fd, IPPROTO_TCP, TCP_KEEPINTVL);
                m[QStringLiteral("TCP_KEEPCNT")] = intOption(fd, IPPROTO_TCP, TCP_KEEPCNT);
                m[QStringLiteral("TCP_USER_TIMEOUT")] = intOption(fd, IPPROTO_TCP, TCP_USER_TIMEOUT);
                Sql::NonTransaction tx(c);
                for (const char* name : {"tcp_keepalives_idle", "tcp_keepalives_interval",
                                         "tcp_keepalives_count", "statement_timeout"})
                    m[QString::fromLatin1(name)] =
                        tx.exec_params("SELECT setting::int FROM pg_settings WHERE name = $1", name)[0][0]
                            .as<int>();
                return m;
            },
            this, 10000);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QVariantMap m = r.value.toMap();
        qInfo() << m;
        // This end: libpq set them on its socket.
        QCOMPARE(m.value(QStringLiteral("SO_KEEPALIVE")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("TCP_KEEPIDLE")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("TCP_KEEPINTVL")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("TCP_KEEPCNT")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("TCP_USER_TIMEOUT")).toInt(), 5000);
        // The server's end of the same connection.
        QCOMPARE(m.value(QStringLiteral("tcp_keepalives_idle")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("tcp_keepalives_interval")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("tcp_keepalives_count")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("statement_timeout")).toInt(), 1000);
    }

    void idleConnectionToVanishedServerIsClosedOnBothEnds()
    {
        // The operator lock's case: a session-level advisory lock on an idle connection.
        DatabaseWorker worker;
        worker.setConnectionParams(m_server.params());
        worker.setDeadline(2000); // keepalives after 2 s idle, every 1 s, 3 of them: dead after about 5 s
        const DatabaseResult locked = runJob(
            worker,
            [](Sql::Connection& c) -> QVariant {
                Sql::NonTransaction tx(c);
                tx.exec("SELECT pg_advisory_lock(4242)");
                return QVariantList{c.sock(), c.backendpid()};
            },
            this, 10000);
        QVERIFY2(locked.ok(), qPrintable(locked.error));
        const int fd = locked.value.toList().at(0).toInt();
        const int pid = locked.value.toList().at(1).toInt();
        const QString backend =
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid);
        QCOMPARE(m_server.scalar(backend), QStringLiteral("1"));
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT pg_try_advisory_lock(4242)")), QStringLiteral("f"));

        QVERIFY(m_server.setVanished(true));
        QElapsedTimer clock;
        clock.start();
        // The server ends the session of the console that vanished, and its lock with it.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(backend), QStringLiteral("0"), 20000);
        qInfo("server closed the vanished client's session after %lld ms", clock.elapsed());
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT pg_try_advisory_lock(4242)")), QStringLiteral("t"));
        // The console's kernel gave up on the idle connection, without any job running on it.
        QTRY_VERIFY_WITH_TIMEOUT(socketDead(fd), 20000);
        qInfo("client noticed after %lld ms", clock.elapsed());

        // The next job learns it at once instead of waiting for its deadline, and no thread is left stuck.
        clock.restart();
        const DatabaseResult lost = runJob(worker, &backendPid, this, 10000);
        QCOMPARE(lost.status, DatabaseResult::Status::Unavailable);
        QCOMPARE(lost.abandoned, DatabaseResult::Abandoned::No);
        QVERIFY2(clock.elapsed() < worker.deadline(), qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(worker.abandonedCount(), 0);

        // The server is back: the console reconnects by itself.
        QVERIFY(m_server.setVanished(false));
        const DatabaseResult again = runJob(worker, &backendPid, this, 10000);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.value.toInt() != pid);
    }

    void requestInFlightToVanishedServerFreesItsThread()
    {
        DatabaseWorker worker;
        worker.setConnectionParams(m_server.params());
        worker.setDeadline(2000); // tcp_user_timeout 5 s
        const DatabaseResult first = runJob(worker, &backendPid, this, 10000);
        QVERIFY2(first.ok(), qPrintable(first.error));

        QVERIFY(m_server.setVanished(true));
        QElapsedTimer clock;
        clock.start();
        // The query leaves, nothing comes back: the deadline answers and the thread is abandoned...
        const DatabaseResult stuck = runJob(worker, &backendPid, this, 10000);
        QCOMPARE(stuck.status, DatabaseResult::Status::TimedOut);
        QCOMPARE(stuck.abandoned, DatabaseResult::Abandoned::AtDeadline);
        QCOMPARE(worker.stuckThreads(), 1);
        // ...and tcp_user_timeout ends the blocked call while the server is still gone (without it, TCP
        // would retransmit for about 15 minutes), so the stuck thread does not stay.
        QTRY_COMPARE_WITH_TIMEOUT(worker.stuckThreads(), 0, 15000);
        qInfo("the abandoned thread ended after %lld ms", clock.elapsed());
        QCOMPARE(worker.runningThreads(), 0);

        QVERIFY(m_server.setVanished(false));
        const DatabaseResult again = runJob(worker, &backendPid, this, 10000);
        QVERIFY2(again.ok(), qPrintable(again.error));
    }

    void listenThreadReconnectsByItself()
    {
        IncidentListenThread thread(m_server.params().withDeadline(2000));
        QSignalSpy listening(&thread, &IncidentListenThread::listening);
        QSignalSpy notified(&thread, &IncidentListenThread::notified);
        const auto listens = [&] { return !listening.isEmpty() && listening.last().at(0).toBool(); };
        thread.start();
        QTRY_VERIFY_WITH_TIMEOUT(listens(), 10000);

        QVERIFY(m_server.setVanished(true));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listens(), 20000);
        qInfo("LISTEN connection declared lost after %lld ms", clock.elapsed());

        QVERIFY(m_server.setVanished(false));
        QTRY_VERIFY_WITH_TIMEOUT(listens(), 20000);
        const QString sent = m_server.scalar(QStringLiteral("SELECT pg_notify('%1', 'after the outage')")
                                                 .arg(QString::fromLatin1(IncidentListenThread::kChannel)));
        QVERIFY2(!sent.startsWith(QLatin1String("error")), qPrintable(sent));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10000);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("after the outage"));
        thread.requestInterruption();
        QVERIFY(thread.wait(10000));
    }

    void postgresSourceRecoversByItself()
    {
        PostgresSource source;
        source.setConnectionParams(m_server.params());
        source.setInterval(300);
        source.setDeadline(2000);
        source.setMinimumBackoff(200);
        int maxThreads = 0;
        connect(&source, &Source::checked, this,
                [&] { maxThreads = std::max(maxThreads, source.workerThreads()); });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, 10000);

        QVERIFY(m_server.setVanished(true));
        QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Down, 10000);
        QVERIFY(!source.lastResult().reason.isEmpty());
        QVERIFY(m_server.setVanished(false));
        QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, 20000);
        QVERIFY2(maxThreads <= 1, qPrintable(QString::number(maxThreads)));
    }

private:
    IsolatedPostgres m_server;
};

QTEST_GUILESS_MAIN(TestPostgresKeepalive)
#include "tst_postgreskeepalive.moc"
