#include "execforward.h"

#include "simstate.h"

#include <QDateTime>
#include <QFileInfo>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dbl {

namespace {

/// Runs program with args, inheriting stdin/stdout/stderr; returns its exit code.
int runForwarded(const QString& program, const QStringList& args)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::vector<QByteArray> storage;
    storage.push_back(QFileInfo(program).fileName().toLocal8Bit());
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray path = program.toLocal8Bit();
    const pid_t pid = ::fork();
    if (pid < 0) {
        err("Error response from daemon: cannot fork\n");
        return 126;
    }
    if (pid == 0) {
        // Never hang on a server that does not answer the connection.
        ::setenv("PGCONNECT_TIMEOUT", "5", 0);
        ::execv(path.constData(), argv.data());
        std::fprintf(stderr, "OCI runtime exec failed: exec failed: unable to start container process: exec: \"%s\": "
                             "executable file not found in $PATH: unknown\n",
                     storage.front().constData());
        ::_exit(126);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return 126;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

int notFound(const QString& program)
{
    err(u"OCI runtime exec failed: exec failed: unable to start container process: exec: \"%1\": executable file "
        "not found in $PATH: unknown\n"_s.arg(program));
    return 126;
}

int checkpoints()
{
    // Plausible RL checkpoints: one a day, the newest first in the listing's name order.
    QByteArray listing = "total 1.9G\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 5; i >= 1; --i) {
        const QDateTime t = now.addDays(-i);
        listing += "-rw-r--r-- 1 app app 376M " + t.toString(u"MMM d HH:mm"_s).toLatin1() + " policy_" +
                   t.toString(u"yyyyMMdd"_s).toLatin1() + "_step" + QByteArray::number(120000 + (5 - i) * 8000) + ".pt\n";
    }
    listing += "lrwxrwxrwx 1 app app   29 " + now.addDays(-1).toString(u"MMM d HH:mm"_s).toLatin1() + " latest.pt -> policy_" +
               now.addDays(-1).toString(u"yyyyMMdd"_s).toLatin1() + "_step152000.pt\n";
    out(listing);
    return 0;
}

const QString kMaintenanceFlag = u"/tmp/maintenance.flag"_s;

bool updateState(const Context& ctx, const std::function<void(Sim::StackState&)>& change)
{
    QString error;
    if (Sim::StateFile(ctx.stateDir).update(change, &error))
        return true;
    err(u"Error response from daemon: "_s + error + u'\n');
    return false;
}

/// The nginx container's files that matter to the runbook: only the maintenance flag is kept (in the
/// shared state, so the simulator sees it); other paths under /tmp behave like an empty tmpfs.
int nginxFileCommand(const Context& ctx, const QString& base, const QStringList& rest)
{
    QStringList paths;
    bool force = false;
    for (const QString& a : rest) {
        if (a == u"-f"_s && base == u"rm"_s)
            force = true;
        else if (a.startsWith(u'-') && base != u"test"_s)
            continue;
        else if (!a.startsWith(u'-'))
            paths << a;
    }
    std::optional<Sim::StackState> state = Sim::StateFile(ctx.stateDir).read();
    const bool flag = state && state->maintenanceFlag;
    if (base == u"touch"_s) {
        if (paths.isEmpty()) {
            err("touch: missing file operand\n");
            return 1;
        }
        for (const QString& p : std::as_const(paths)) {
            if (!p.startsWith(u"/tmp/"_s)) {
                err(u"touch: cannot touch '%1': Read-only file system\n"_s.arg(p));
                return 1;
            }
        }
        if (paths.contains(kMaintenanceFlag))
            return updateState(ctx, [](Sim::StackState& s) { s.maintenanceFlag = true; }) ? 0 : 1;
        return 0;
    }
    if (base == u"rm"_s) {
        if (paths.isEmpty()) {
            err("rm: missing operand\n");
            return 1;
        }
        if (paths.contains(kMaintenanceFlag)) {
            if (!flag && !force) {
                err(u"rm: cannot remove '%1': No such file or directory\n"_s.arg(kMaintenanceFlag));
                return 1;
            }
            return updateState(ctx, [](Sim::StackState& s) { s.maintenanceFlag = false; }) ? 0 : 1;
        }
        if (!force) {
            err(u"rm: cannot remove '%1': No such file or directory\n"_s.arg(paths.first()));
            return 1;
        }
        return 0;
    }
    // test -e|-f PATH
    return paths.value(0) == kMaintenanceFlag && flag ? 0 : 1;
}

} // namespace

int execInService(const Context& ctx, const QString& service, const QString& containerName,
                  const QStringList& command)
{
    const QString program = command.value(0);
    const QStringList rest = command.mid(1);
    const QString base = QFileInfo(program).fileName();
    if (program.isEmpty()) {
        err("requires at least 2 arguments\n");
        return 1;
    }
    if (base == u"hostname"_s) {
        out(containerName.toUtf8() + '\n');
        return 0;
    }
    if (service == u"postgres"_s) {
        static const QStringList pgTools{u"psql"_s, u"pg_isready"_s, u"pg_dump"_s, u"pg_dumpall"_s,
                                         u"pg_restore"_s, u"createdb"_s, u"dropdb"_s};
        if (!pgTools.contains(base))
            return notFound(program);
        return runForwarded(ctx.pgBin + u'/' + base,
                            QStringList{u"-h"_s, ctx.pgHost, u"-p"_s, QString::number(ctx.pgPort)} + rest);
    }
    if (service == u"redis"_s) {
        if (base != u"redis-cli"_s)
            return notFound(program);
        return runForwarded(ctx.redisCli,
                            QStringList{u"-h"_s, ctx.redisHost, u"-p"_s, QString::number(ctx.redisPort)} + rest);
    }
    if (service == u"nginx"_s && base == u"nginx"_s) {
        const QByteArray when =
            QDateTime::currentDateTimeUtc().toString(u"yyyy/MM/dd HH:mm:ss"_s).toLatin1();
        if (rest.value(0) == u"-t"_s) {
            err("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n"
                "nginx: configuration file /etc/nginx/nginx.conf test is successful\n");
            return 0;
        }
        if (rest.value(0) == u"-s"_s && !rest.value(1).isEmpty()) {
            // A reload makes NGINX read the flag: the maintenance page starts or stops being served.
            if (rest.value(1) == u"reload"_s &&
                !updateState(ctx, [](Sim::StackState& s) { s.reloadNginx(Sim::nowMs()); }))
                return 1;
            err(when + " [notice] 47#47: signal process started\n");
            return 0;
        }
        err("nginx: invalid option: \"" + rest.join(u' ').toUtf8() + "\"\n");
        return 1;
    }
    if (service == u"nginx"_s && (base == u"touch"_s || base == u"rm"_s || base == u"test"_s))
        return nginxFileCommand(ctx, base, rest);
    if (service.startsWith(u"worker-"_s) && base == u"ls"_s) {
        const QString dir = rest.isEmpty() ? QString() : rest.constLast();
        if (service == u"worker-rl"_s && (dir == u"/app/checkpoints/"_s || dir == u"/app/checkpoints"_s))
            return checkpoints();
        err(u"ls: cannot access '%1': No such file or directory\n"_s.arg(dir));
        return 2;
    }
    return notFound(program);
}

} // namespace Dbl
