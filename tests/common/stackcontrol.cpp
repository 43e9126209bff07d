#include "tests/common/stackcontrol.h"

#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

namespace StackControl {

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

QStringList containersOf(const QString& service)
{
    QStringList names;
    for (const StackTest::Container& c : StackTest::ofService(StackTest::containers(), service))
        names << c.name;
    return names;
}

bool serviceRunning(const QString& service)
{
    const QList<StackTest::Container> all = StackTest::ofService(StackTest::containers(), service);
    return !all.isEmpty() && std::all_of(all.cbegin(), all.cend(), [](const StackTest::Container& c) {
        return c.state == QLatin1String("running");
    });
}

bool stopService(const QString& service)
{
    const QStringList names = containersOf(service);
    return !names.isEmpty() && StackTest::docker(QStringList{QStringLiteral("stop")} + names).exitCode == 0;
}

bool startService(const QString& service)
{
    const QStringList names = containersOf(service);
    return !names.isEmpty() && StackTest::docker(QStringList{QStringLiteral("start")} + names).exitCode == 0;
}

bool waitUntilReachable(const QString& host, int port, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            QTcpSocket socket;
            socket.connectToHost(host, quint16(port));
            return socket.waitForConnected(300);
        },
        timeoutMs);
}

FreezeGuard::FreezeGuard(const QString& service, int watchdogSeconds) : m_service(service)
{
    // Undone by the stack's own `normal` scenario (unpause everything), should this process die first.
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/usr/bin/env"));
    watchdog.setArguments({QStringLiteral("bash"), QStringLiteral("-c"),
                           QStringLiteral("sleep \"$1\"; exec \"$2\" scenario normal"), QStringLiteral("watchdog"),
                           QString::number(watchdogSeconds),
                           TestEnv::sourceDir() + QStringLiteral("/scripts/stack.sh")});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    watchdog.setProcessEnvironment(environment);
    // Not on our pipes: ctest would wait for the watchdog to close them.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached(&m_watchdog);
    const QStringList names = containersOf(service);
    m_frozen = !names.isEmpty() && StackTest::docker(QStringList{QStringLiteral("pause")} + names).exitCode == 0;
}

FreezeGuard::~FreezeGuard()
{
    release();
}

void FreezeGuard::release()
{
    // The watchdog is only for a test process that dies: once released, it must not reset the stack a
    // later test has set up (it ran `scenario normal` up to two minutes into the next tests).
    if (m_watchdog > 0)
        ::kill(pid_t(m_watchdog), SIGTERM);
    m_watchdog = 0;
    if (!m_frozen)
        return;
    m_frozen = false;
    StackTest::docker(QStringList{QStringLiteral("unpause")} + containersOf(m_service));
}

RunningGuard::~RunningGuard()
{
    if (!serviceRunning(service))
        startService(service);
    QTest::qWaitFor([this] { return serviceRunning(service); }, 30000);
}

} // namespace StackControl
