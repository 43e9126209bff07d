// Helper process of tst_processrunner and tst_composeorchestrator: a stand-in for the console that starts
// a long-running child through the console's own code and then waits to be killed (kill -9 by the test).
//   processgroupchild sleep      ProcessRunner runs /bin/sleep 300
//   processgroupchild compose    the stack's ComposeOrchestrator follows the app's logs (docker-compose logs -f)
// Prints "child <pid>" once its child process exists, then runs until it is killed.
#include "models/stack/composeorchestrator.h"
#include "models/stack/processrunner.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Ops;

namespace {

/// A process whose parent is this one and whose command line contains `word` (read from /proc), or 0.
qint64 ownChild(const QByteArray& word)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid …": comm may contain spaces, so read after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& arg : cmdline.readAll().split('\0'))
            if (arg == word || arg.endsWith(QByteArray("/").append(word))) // "logs", or "/bin/sleep"
                return pid;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2)
        return 2;
    ProcessRunner runner;
    ComposeOrchestrator orchestrator;
    if (args.at(1) == QLatin1String("sleep")) {
        runner.setProgram(QStringLiteral("/bin/sleep"));
        runner.setArguments({QStringLiteral("300")});
        runner.setTimeout(0);
        runner.start();
    } else if (args.at(1) == QLatin1String("compose")) {
        orchestrator.setSettings(TestEnv::stackProfile().orchestrator);
        orchestrator.followLogs({QStringLiteral("app")}, 1);
    } else {
        return 2;
    }
    // The long command itself (not `config --services`, which the orchestrator runs first).
    const QByteArray word = args.at(1) == QLatin1String("sleep") ? "sleep" : "logs";
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&poll, word] {
        const qint64 child = ownChild(word);
        if (child == 0)
            return;
        poll.stop();
        std::printf("child %lld\n", child);
        std::fflush(stdout);
    });
    poll.start(50);
    return app.exec();
}
