#include "compose.h"

#include "cliparse.h"
#include "containers.h"
#include "execforward.h"
#include "loggen.h"
#include "simstate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dbl {

namespace {

constexpr auto kComposeVersion = "2.24.5";

struct Invocation
{
    const Context& ctx;
    QString project;
    QString configFile;
    QStringList fullArgv;
    qint64 startedMs;
};

int usageError(const QString& message, const QString& command)
{
    err(message + u"\nSee 'docker compose "_s + command + u" --help'.\n"_s);
    return 1;
}

/// Checks service names against the compose file's; prints Docker's message on the first unknown.
bool validServices(const QStringList& names)
{
    for (const QString& n : names) {
        if (!Sim::serviceNames().contains(n)) {
            err(u"no such service: "_s + n + u'\n');
            return false;
        }
    }
    return true;
}

Sim::StackState readState(const Context& ctx)
{
    QString error;
    const std::optional<Sim::StackState> s = Sim::StateFile(ctx.stateDir).read(&error);
    return s ? *s : Sim::StackState::defaults(Sim::nowMs());
}

bool updateState(const Context& ctx, const std::function<void(Sim::StackState&)>& change)
{
    QString error;
    if (!Sim::StateFile(ctx.stateDir).update(change, &error)) {
        err(u"Error response from daemon: "_s + error + u'\n');
        return false;
    }
    return true;
}

void progress(const QString& container, const QString& what)
{
    err(u" Container "_s + container + u"  "_s + what + u'\n');
}

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, u' ');
}

int cmdPs(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"all"_s, u'a', false},
                                          {u"quiet"_s, u'q', false},
                                          {u"services"_s, {}, false},
                                          {u"format"_s, {}, true},
                                          {u"status"_s, {}, true},
                                          {u"filter"_s, {}, true},
                                          {u"no-trunc"_s, {}, false},
                                          {u"orphans"_s, {}, false}});
    if (!a.error.isEmpty())
        return usageError(a.error, u"ps"_s);
    if (!validServices(a.positionals))
        return 1;
    const QString format = a.value(u"format"_s, u"table"_s);
    if (inv.ctx.v1 && a.has(u"format"_s)) {
        err("No such option: --format\n");
        return 1;
    }
    if (format != u"table"_s && format != u"json"_s) {
        err(u"unsupported format: "_s + format + u'\n');
        return 1;
    }
    const qint64 now = Sim::nowMs();
    const Sim::StackState st = readState(inv.ctx);
    QVector<Container> list = containersOf(st, inv.project, inv.ctx.v1, a.positionals, a.has(u"all"_s));
    const QStringList statuses = a.values.value(u"status"_s);
    if (!statuses.isEmpty()) {
        QVector<Container> kept;
        for (const Container& c : std::as_const(list))
            if (statuses.contains(c.state))
                kept.append(c);
        list = kept;
    }
    QByteArray text;
    if (a.has(u"services"_s)) {
        QStringList seen;
        for (const Container& c : std::as_const(list))
            if (!seen.contains(c.service))
                seen.append(c.service);
        for (const QString& s : std::as_const(seen))
            text += s.toUtf8() + '\n';
    } else if (a.has(u"quiet"_s)) {
        for (const Container& c : std::as_const(list))
            text += c.id.toUtf8() + '\n';
    } else if (format == u"json"_s) {
        // Compose v2.21+: one JSON object per line.
        for (const Container& c : std::as_const(list))
            text += QJsonDocument(c.toComposeJson(now, inv.configFile)).toJson(QJsonDocument::Compact) + '\n';
    } else if (inv.ctx.v1) {
        QStringList rows;
        int w0 = 4, w1 = 7, w2 = 5;
        for (const Container& c : std::as_const(list)) {
            w0 = qMax(w0, int(c.name.size()));
            w1 = qMax(w1, int(qMin(c.command.size(), qsizetype(30)) + 2));
            w2 = qMax(w2, int(c.status(now).size()));
        }
        text += (u"   "_s + pad(u"Name"_s, w0) + u"   "_s + pad(u"Command"_s, w1) + u"   "_s + pad(u"State"_s, w2) +
                 u"   Ports"_s).toUtf8() + '\n';
        text += QByteArray(w0 + w1 + w2 + 20, '-') + '\n';
        for (const Container& c : std::as_const(list)) {
            const QString state = c.state == u"running"_s
                                      ? (c.health.isEmpty() ? u"Up"_s : u"Up ("_s + c.health + u")"_s)
                                      : u"Exit %1"_s.arg(c.exitCode);
            text += (pad(c.name, w0 + 3) + u"   "_s + pad(c.command.left(30), w1) + u"   "_s + pad(state, w2) +
                     u"   "_s + c.ports).toUtf8() + '\n';
        }
    } else {
        const QStringList headers{u"NAME"_s, u"IMAGE"_s, u"COMMAND"_s, u"SERVICE"_s, u"CREATED"_s, u"STATUS"_s, u"PORTS"_s};
        QList<QStringList> rows;
        for (const Container& c : std::as_const(list))
            rows.append({c.name, c.image, truncatedCommand(c.command), c.service,
                         humanDuration(now - c.createdMs) + u" ago"_s, c.status(now), c.ports});
        QList<int> widths;
        for (int i = 0; i < headers.size(); ++i) {
            int w = int(headers.at(i).size());
            for (const QStringList& r : std::as_const(rows))
                w = qMax(w, int(r.at(i).size()));
            widths.append(w);
        }
        auto render = [&](const QStringList& cells) -> QByteArray {
            QString line;
            for (int i = 0; i < cells.size(); ++i)
                line += i + 1 < cells.size() ? pad(cells.at(i), widths.at(i) + 3) : cells.at(i);
            return line.trimmed().toUtf8() + '\n';
        };
        text += render(headers);
        for (const QStringList& r : std::as_const(rows))
            text += render(r);
    }
    out(text);
    return 0;
}

int cmdUp(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"detach"_s, u'd', false},
                                          {u"scale"_s, {}, true},
                                          {u"no-deps"_s, {}, false},
                                          {u"force-recreate"_s, {}, false},
                                          {u"no-recreate"_s, {}, false},
                                          {u"remove-orphans"_s, {}, false},
                                          {u"build"_s, {}, false},
                                          {u"no-build"_s, {}, false},
                                          {u"pull"_s, {}, true},
                                          {u"quiet-pull"_s, {}, false},
                                          {u"wait"_s, {}, false},
                                          {u"wait-timeout"_s, {}, true},
                                          {u"timeout"_s, u't', true},
                                          {u"no-start"_s, {}, false},
                                          {u"no-color"_s, {}, false},
                                          {u"always-recreate-deps"_s, {}, false},
                                          {u"renew-anon-volumes"_s, u'V', false}});
    if (!a.error.isEmpty())
        return usageError(a.error, u"up"_s);
    if (!validServices(a.positionals))
        return 1;
    QMap<QString, int> scales;
    for (const QString& s : a.values.value(u"scale"_s)) {
        const QString svc = s.section(u'=', 0, 0);
        bool ok = false;
        const int n = s.section(u'=', 1).toInt(&ok);
        if (!ok || n < 0 || !s.contains(u'=')) {
            err(u"invalid scale: "_s + s + u'\n');
            return 1;
        }
        if (!validServices({svc}))
            return 1;
        scales.insert(svc, n);
    }
    const QStringList targets = a.positionals.isEmpty() ? Sim::serviceNames() : a.positionals;
    const QString version = qEnvironmentVariable("VERSION");
    static const QRegularExpression versionRe(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"_s);
    if (!version.isEmpty() && !versionRe.match(version).hasMatch()) {
        err(u"invalid reference format: repository name must be lowercase (VERSION=%1)\n"_s.arg(version));
        return 1;
    }
    const bool detach = a.has(u"detach"_s);
    Sim::StackState before;
    Sim::StackState after;
    const qint64 now = Sim::nowMs();
    if (!updateState(inv.ctx, [&](Sim::StackState& st) {
            before = st;
            if (!version.isEmpty())
                st.deployVersion(version, targets, now);
            for (const QString& name : targets) {
                Sim::ServiceState& svc = st.services[name];
                // Like Compose: without --scale a service goes back to the file's replicas.
                svc.replicas = scales.value(name, Sim::defaultReplicas(name));
                if (svc.state == u"removed"_s)
                    svc.createdMs = now;
                if (!svc.running()) {
                    svc.state = u"running"_s;
                    svc.startedMs = now;
                    svc.exitCode = 0;
                }
            }
            after = st;
        }))
        return 1;
    err(u"[+] Running %1/%1\n"_s.arg(targets.size()));
    if (before.runningReplicas(u"app"_s) == 0 && before.services.value(u"app"_s).state == u"removed"_s)
        err(u" Network "_s + inv.project + u"_default  Created\n"_s);
    for (const QString& name : targets) {
        const Sim::ServiceState b = before.services.value(name);
        const Sim::ServiceState n = after.services.value(name);
        const int wasRunning = b.running() ? b.replicas : 0;
        for (int i = 1; i <= qMax(n.replicas, wasRunning); ++i) {
            const QString cname = inv.ctx.v1 ? u"%1_%2_%3"_s.arg(inv.project, name).arg(i)
                                             : u"%1-%2-%3"_s.arg(inv.project, name).arg(i);
            if (i > n.replicas) {
                progress(cname, u"Stopping"_s);
                progress(cname, u"Removed"_s);
            } else if (i > wasRunning) {
                progress(cname, b.state == u"exited"_s && i <= b.replicas ? u"Started"_s : u"Created"_s);
                progress(cname, u"Started"_s);
            } else if (b.tag != n.tag) {
                progress(cname, u"Recreated"_s);
                progress(cname, u"Started"_s);
            } else {
                progress(cname, u"Running"_s);
            }
        }
    }
    if (!detach) {
        // Attached mode would stream logs until Ctrl-C; scripts here always pass -d.
        err("Attaching to containers is not supported by this stand-in; they run detached.\n");
    }
    return 0;
}

int cmdDown(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"remove-orphans"_s, {}, false},
                                          {u"volumes"_s, u'v', false},
                                          {u"rmi"_s, {}, true},
                                          {u"timeout"_s, u't', true}});
    if (!a.error.isEmpty())
        return usageError(a.error, u"down"_s);
    if (!a.positionals.isEmpty() && !validServices(a.positionals))
        return 1;
    const QStringList targets = a.positionals.isEmpty() ? Sim::serviceNames() : a.positionals;
    Sim::StackState before;
    if (!updateState(inv.ctx, [&](Sim::StackState& st) {
            before = st;
            for (const QString& name : targets) {
                st.services[name].state = u"removed"_s;
                st.services[name].stoppedMs = Sim::nowMs();
            }
        }))
        return 1;
    for (const Container& c : containersOf(before, inv.project, inv.ctx.v1, targets, true)) {
        progress(c.name, u"Stopped"_s);
        progress(c.name, u"Removed"_s);
    }
    if (a.positionals.isEmpty())
        err(u" Network "_s + inv.project + u"_default  Removed\n"_s);
    return 0;
}

/// stop, start and restart.
int cmdLifecycle(const Invocation& inv, const QString& verb, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"timeout"_s, u't', true}, {u"no-deps"_s, {}, false}});
    if (!a.error.isEmpty())
        return usageError(a.error, verb);
    if (!validServices(a.positionals))
        return 1;
    const QStringList targets = a.positionals.isEmpty() ? Sim::serviceNames() : a.positionals;
    const qint64 now = Sim::nowMs();
    Sim::StackState after;
    if (!updateState(inv.ctx, [&](Sim::StackState& st) {
            for (const QString& name : targets) {
                Sim::ServiceState& svc = st.services[name];
                if (svc.state == u"removed"_s)
                    continue;
                if (verb == u"stop"_s && svc.running()) {
                    svc.state = u"exited"_s;
                    svc.stoppedMs = now;
                    svc.exitCode = 0;
                } else if (verb == u"start"_s && !svc.running()) {
                    svc.state = u"running"_s;
                    svc.startedMs = now;
                } else if (verb == u"restart"_s) {
                    svc.state = u"running"_s;
                    svc.startedMs = now;
                }
            }
            after = st;
        }))
        return 1;
    const QString doing = verb == u"stop"_s ? u"Stopped"_s : u"Started"_s;
    for (const Container& c : containersOf(after, inv.project, inv.ctx.v1, targets, true)) {
        if (verb == u"restart"_s)
            progress(c.name, u"Restarting"_s);
        progress(c.name, doing);
    }
    return 0;
}

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

int cmdLogs(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"follow"_s, u'f', false},
                                          {u"tail"_s, u'n', true},
                                          {u"timestamps"_s, u't', false},
                                          {u"no-color"_s, {}, false},
                                          {u"no-log-prefix"_s, {}, false},
                                          {u"since"_s, {}, true},
                                          {u"until"_s, {}, true},
                                          {u"index"_s, {}, true}});
    if (!a.error.isEmpty())
        return usageError(a.error, u"logs"_s);
    if (!validServices(a.positionals))
        return 1;
    const QString tail = a.value(u"tail"_s, u"all"_s);
    bool tailOk = true;
    const int tailLines = tail == u"all"_s ? 200 : tail.toInt(&tailOk);
    if (!tailOk || tailLines < 0) {
        err(u"invalid tail value: "_s + tail + u'\n');
        return 1;
    }
    const bool stamps = a.has(u"timestamps"_s);
    const bool prefix = !a.has(u"no-log-prefix"_s);
    Sim::StackState st = readState(inv.ctx);
    QVector<Container> list = containersOf(st, inv.project, inv.ctx.v1, a.positionals, true);
    int width = 0;
    for (const Container& c : std::as_const(list))
        width = qMax(width, int(c.name.size()));
    LogGenerator gen(st.scenario, st.badDeployActive());
    auto format = [&](const Container& c, qint64 t) -> QByteArray {
        QByteArray line;
        if (prefix)
            line += c.name.leftJustified(width, u' ').toUtf8() + "  | ";
        if (stamps)
            line += QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1() +
                    QByteArray::number(100000 + QRandomGenerator::global()->bounded(900000)) + "Z ";
        return line + gen.line(c, t) + '\n';
    };
    const qint64 now = Sim::nowMs();
    QByteArray text;
    for (const Container& c : std::as_const(list)) {
        qint64 t = now - qint64(tailLines) * 1500;
        for (int i = 0; i < tailLines; ++i) {
            t += 200 + QRandomGenerator::global()->bounded(2600);
            text += format(c, qMin(t, now));
        }
    }
    out(text);
    std::fflush(stdout);
    if (!a.has(u"follow"_s))
        return 0;

    // Streams until killed (or until the reader goes away).
    recordCall(inv.ctx, inv.fullArgv, 0, inv.startedMs, true);
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    bool envRate = false;
    const int rateOverride = qEnvironmentVariableIntValue("OPSCONSOLE_DOCKER_LOG_RATE", &envRate);
    double carry = 0;
    qint64 last = Sim::nowMs();
    qint64 lastReload = last;
    while (!g_stop) {
        ::usleep(10000);
        const qint64 t = Sim::nowMs();
        if (t - lastReload > 1000) {
            lastReload = t;
            st = readState(inv.ctx);
            gen = LogGenerator(st.scenario, st.badDeployActive());
            const QVector<Container> fresh = containersOf(st, inv.project, inv.ctx.v1, a.positionals, false);
            if (!fresh.isEmpty())
                list = fresh;
        }
        const int rate = envRate && rateOverride > 0 ? rateOverride : st.logRate;
        carry += rate * double(t - last) / 1000.0;
        last = t;
        const int n = int(carry);
        carry -= n;
        if (list.isEmpty())
            continue;
        QByteArray batch;
        for (int i = 0; i < n; ++i)
            batch += format(list.at(int(QRandomGenerator::global()->bounded(int(list.size())))), t);
        if (!batch.isEmpty()) {
            if (std::fwrite(batch.constData(), 1, size_t(batch.size()), stdout) != size_t(batch.size()) ||
                std::fflush(stdout) != 0)
                break;
        }
    }
    return 0;
}

int cmdConfig(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"services"_s, {}, false},
                                          {u"volumes"_s, {}, false},
                                          {u"images"_s, {}, false},
                                          {u"quiet"_s, u'q', false},
                                          {u"format"_s, {}, true},
                                          {u"no-interpolate"_s, {}, false},
                                          {u"resolve-image-digests"_s, {}, false}});
    if (!a.error.isEmpty())
        return usageError(a.error, u"config"_s);
    if (a.has(u"services"_s)) {
        out(Sim::serviceNames().join(u'\n') + u'\n');
        return 0;
    }
    if (a.has(u"volumes"_s)) {
        out("pgdata\nredisdata\nprometheus_data\ngrafana_data\n");
        return 0;
    }
    if (a.has(u"images"_s)) {
        const Sim::StackState st = readState(inv.ctx);
        for (const QString& s : Sim::serviceNames())
            out(st.services.value(s).imageRef() + u'\n');
        return 0;
    }
    if (a.has(u"quiet"_s))
        return 0;
    QFile f(inv.configFile);
    if (!f.open(QIODevice::ReadOnly)) {
        err(u"no configuration file provided: not found\n"_s);
        return 1;
    }
    QByteArray text = f.readAll();
    const QString version = qEnvironmentVariable("VERSION");
    text.replace("${VERSION:-0.2.0}", version.isEmpty() ? QByteArray("0.2.0") : version.toUtf8());
    out(text);
    return 0;
}

int cmdExec(const Invocation& inv, const QStringList& args)
{
    const ParsedArgs a = parseArgs(args, {{u"no-TTY"_s, u'T', false},
                                          {u"detach"_s, u'd', false},
                                          {u"user"_s, u'u', true},
                                          {u"workdir"_s, u'w', true},
                                          {u"env"_s, u'e', true},
                                          {u"index"_s, {}, true},
                                          {u"privileged"_s, {}, false}},
                                   true);
    if (!a.error.isEmpty())
        return usageError(a.error, u"exec"_s);
    if (a.positionals.size() < 2) {
        err("\"docker compose exec\" requires at least 2 arguments.\nSee 'docker compose exec --help'.\n");
        return 1;
    }
    const QString service = a.positionals.at(0);
    if (!validServices({service}))
        return 1;
    const Sim::StackState st = readState(inv.ctx);
    const int index = a.value(u"index"_s, u"1"_s).toInt();
    if (!st.services.value(service).running() || index < 1 || index > st.runningReplicas(service)) {
        err(u"service \"%1\" is not running\n"_s.arg(service));
        return 1;
    }
    const QString name = inv.ctx.v1 ? u"%1_%2_%3"_s.arg(inv.project, service).arg(index)
                                    : u"%1-%2-%3"_s.arg(inv.project, service).arg(index);
    return execInService(inv.ctx, service, name, a.positionals.mid(1));
}

} // namespace

int runCompose(const Context& ctx, const QStringList& args, const QStringList& fullArgv, qint64 startedMs)
{
    const ParsedArgs g = parseArgs(args, {{u"file"_s, u'f', true},
                                          {u"project-name"_s, u'p', true},
                                          {u"project-directory"_s, {}, true},
                                          {u"env-file"_s, {}, true},
                                          {u"profile"_s, {}, true},
                                          {u"ansi"_s, {}, true},
                                          {u"progress"_s, {}, true},
                                          {u"parallel"_s, {}, true},
                                          {u"compatibility"_s, {}, false},
                                          {u"dry-run"_s, {}, false},
                                          {u"version"_s, u'v', false}},
                                   true);
    if (!g.error.isEmpty()) {
        err(g.error + u"\nSee 'docker compose --help'.\n"_s);
        return 1;
    }
    const QString sub = g.positionals.value(0);
    const QStringList rest = g.positionals.mid(1);
    if (g.has(u"version"_s) || sub == u"version"_s) {
        out(ctx.v1 ? QByteArray("docker-compose version 1.29.2, build 5becea4c\n")
                   : QByteArray("Docker Compose version v") + kComposeVersion + '\n');
        return 0;
    }

    // Compose resolves -f against the working directory; the console may also rely on
    // --project-directory, so both are tried before failing like Compose does.
    const QString projectDir = g.value(u"project-directory"_s, ctx.stateDir + u"/project"_s);
    QString configFile = QDir(projectDir).absoluteFilePath(u"docker-compose.production.yml"_s);
    for (const QString& f : g.values.value(u"file"_s)) {
        const QStringList candidates{QDir::current().absoluteFilePath(f), QDir(projectDir).absoluteFilePath(f),
                                     QDir(ctx.stateDir + u"/project"_s).absoluteFilePath(f)};
        QString found;
        for (const QString& c : candidates)
            if (QFileInfo(c).isFile() && found.isEmpty())
                found = c;
        if (found.isEmpty()) {
            err(u"open "_s + candidates.first() + u": no such file or directory\n"_s);
            return 1;
        }
        configFile = found;
    }
    QString project = g.value(u"project-name"_s, qEnvironmentVariable("COMPOSE_PROJECT_NAME"));
    if (project.isEmpty())
        project = readState(ctx).project;

    const Invocation inv{ctx, project, configFile, fullArgv, startedMs};
    if (sub.isEmpty()) {
        err("Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker.\n");
        return sub.isEmpty() && args.isEmpty() ? 0 : 1;
    }
    if (sub == u"ps"_s)
        return cmdPs(inv, rest);
    if (sub == u"up"_s)
        return cmdUp(inv, rest);
    if (sub == u"down"_s)
        return cmdDown(inv, rest);
    if (sub == u"stop"_s || sub == u"start"_s || sub == u"restart"_s)
        return cmdLifecycle(inv, sub, rest);
    if (sub == u"logs"_s)
        return cmdLogs(inv, rest);
    if (sub == u"config"_s)
        return cmdConfig(inv, rest);
    if (sub == u"exec"_s)
        return cmdExec(inv, rest);
    if (ctx.v1)
        err(u"No such command: "_s + sub + u"\n"_s);
    else
        err(u"unknown docker command: \"compose "_s + sub + u"\"\n"_s);
    return 1;
}

} // namespace Dbl
