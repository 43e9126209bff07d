#include "tests/common/stackcontrol.h"

#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <csignal>
#include <sys/types.h>

namespace StackControl {

namespace {

qint64 firstNumberOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 value = file.readLine().trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

qint64 parentOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ...": comm may contain spaces, so parse after the last ')'.
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

QString pgDataDir()
{
    return TestEnv::stateDir() + QStringLiteral("/pg/data");
}

QList<qint64> postgresClusterPids()
{
    QList<qint64> pids;
    const qint64 postmaster = firstNumberOf(pgDataDir() + QStringLiteral("/postmaster.pid"));
    if (!alive(postmaster))
        return pids;
    pids.append(postmaster);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && parentOf(pid) == postmaster)
            pids.append(pid);
    }
    return pids;
}

qint64 redisPid()
{
    return firstNumberOf(TestEnv::stateDir() + QStringLiteral("/redis/redis.pid"));
}

int freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed when server goes out of scope: nobody listens afterwards
}

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

QStringList pgCtlStartArguments()
{
    const QString state = TestEnv::stateDir();
    return {qEnvironmentVariable("OPSCONSOLE_PG_BIN") + QStringLiteral("/pg_ctl"),
            QStringLiteral("-D"), pgDataDir(),
            QStringLiteral("-l"), state + QStringLiteral("/pg/server.log"),
            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
            QStringLiteral("-o"),
            QStringLiteral("-c listen_addresses=%1 -p %2 -k %3/pg -c fsync=off -c max_connections=100")
                .arg(TestEnv::pgHost())
                .arg(TestEnv::pgPort())
                .arg(state),
            QStringLiteral("start")};
}

QStringList pgCtlStopArguments()
{
    return {qEnvironmentVariable("OPSCONSOLE_PG_BIN") + QStringLiteral("/pg_ctl"),
            QStringLiteral("-D"), pgDataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")};
}

QStringList redisServerArguments()
{
    const QString dir = TestEnv::stateDir() + QStringLiteral("/redis");
    return {QStringLiteral("--bind"), TestEnv::redisHost(),
            QStringLiteral("--port"), QString::number(TestEnv::redisPort()),
            QStringLiteral("--daemonize"), QStringLiteral("yes"),
            QStringLiteral("--pidfile"), dir + QStringLiteral("/redis.pid"),
            QStringLiteral("--dir"), dir,
            QStringLiteral("--logfile"), dir + QStringLiteral("/redis.log"),
            QStringLiteral("--save"), QString(),
            QStringLiteral("--appendonly"), QStringLiteral("no")};
}

bool postgresRunning()
{
    return alive(firstNumberOf(pgDataDir() + QStringLiteral("/postmaster.pid")));
}

bool redisRunning()
{
    return alive(redisPid());
}

FreezeGuard::FreezeGuard(const QList<qint64>& pids, int watchdogSeconds)
    : m_pids(pids)
{
    QStringList list;
    for (const qint64 pid : pids)
        list.append(QString::number(pid));
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"),
                           QStringLiteral("sleep %1; kill -CONT %2").arg(watchdogSeconds).arg(list.join(u' '))});
    // Not on our pipes: ctest would wait for the watchdog to close them.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
    for (const qint64 pid : pids)
        ::kill(pid_t(pid), SIGSTOP);
}

FreezeGuard::~FreezeGuard()
{
    release();
}

void FreezeGuard::release()
{
    for (const qint64 pid : std::as_const(m_pids))
        ::kill(pid_t(pid), SIGCONT);
    m_pids.clear();
}

PostgresRunningGuard::~PostgresRunningGuard()
{
    if (!postgresRunning())
        QProcess::execute(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                              + pgCtlStartArguments());
}

RedisRunningGuard::~RedisRunningGuard()
{
    if (!redisRunning())
        QProcess::execute(QStringLiteral("redis-server"), redisServerArguments());
}

} // namespace StackControl
