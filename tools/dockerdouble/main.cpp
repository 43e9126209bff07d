// opsconsole-docker: the `docker` command double of the local demo stack.
#include "compose.h"
#include "containers.h"
#include "doublecontext.h"
#include "simstate.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int runDocker(const Dbl::Context& ctx, const QStringList& args, const QStringList& fullArgv, qint64 startedMs)
{
    // Global docker options before the command.
    int i = 0;
    while (i < args.size() && args.at(i).startsWith(u'-')) {
        const QString& a = args.at(i);
        if (a == u"--version"_s || a == u"-v"_s) {
            Dbl::out("Docker version 24.0.7, build afdd53b\n");
            return 0;
        }
        if (a == u"-H"_s || a == u"--host"_s || a == u"--context"_s || a == u"-c"_s || a == u"--config"_s ||
            a == u"-l"_s || a == u"--log-level"_s) {
            i += 2;
        } else if (a.startsWith(u"--host="_s) || a.startsWith(u"--context="_s) || a.startsWith(u"--config="_s) ||
                   a.startsWith(u"--log-level="_s) || a == u"-D"_s || a == u"--debug"_s || a == u"--tls"_s) {
            i += 1;
        } else {
            Dbl::err(u"unknown flag: "_s + a + u"\nSee 'docker --help'.\n"_s);
            return 1;
        }
    }
    const QString cmd = args.value(i);
    if (cmd == u"compose"_s)
        return Dbl::runCompose(ctx, args.mid(i + 1), fullArgv, startedMs);
    if (cmd == u"version"_s) {
        Dbl::out("Client:\n Version:           24.0.7\n API version:       1.43\n Go version:        go1.20.10\n"
                 " OS/Arch:           linux/amd64\n\nServer: Docker Engine - Community\n Engine:\n  Version:          24.0.7\n");
        return 0;
    }
    if (cmd == u"ps"_s) {
        const Sim::StackState st = Sim::StateFile(ctx.stateDir).read().value_or(Sim::StackState::defaults(Sim::nowMs()));
        const qint64 now = Sim::nowMs();
        QByteArray text = "CONTAINER ID   IMAGE                         COMMAND                  CREATED       STATUS                 PORTS     NAMES\n";
        for (const Dbl::Container& c : Dbl::containersOf(st, st.project, false, {}, args.contains(u"-a"_s))) {
            text += (c.id.left(12) + u"   "_s + c.image.leftJustified(29, u' ') + u" "_s +
                     Dbl::truncatedCommand(c.command).leftJustified(24, u' ') + u" "_s +
                     QString(Dbl::humanDuration(now - c.createdMs) + u" ago"_s).leftJustified(13, u' ') + u" "_s +
                     c.status(now).leftJustified(22, u' ') + u" "_s + c.ports + u"   "_s + c.name)
                        .toUtf8() +
                    '\n';
        }
        Dbl::out(text);
        return 0;
    }
    if (cmd.isEmpty()) {
        Dbl::out("\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n");
        return 0;
    }
    Dbl::err(u"docker: '"_s + cmd + u"' is not a docker command.\nSee 'docker --help'\n"_s);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    QCoreApplication app(argc, argv);
    QStringList fullArgv;
    for (int i = 0; i < argc; ++i)
        fullArgv.append(QString::fromLocal8Bit(argv[i]));
    const Dbl::Context ctx = Dbl::Context::load(fullArgv.value(0));
    const QStringList args = fullArgv.mid(1);
    const int code = ctx.v1 ? Dbl::runCompose(ctx, args, fullArgv, startedMs) : runDocker(ctx, args, fullArgv, startedMs);
    std::fflush(stdout);
    if (!Dbl::callRecorded())
        Dbl::recordCall(ctx, fullArgv, code, startedMs);
    return code;
}
