#include "containers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Dbl {

namespace {

struct ServiceInfo
{
    const char* command;
    const char* ports;
    bool healthcheck;
    QList<std::tuple<const char*, int, int>> publishers; // URL, target, published
};

ServiceInfo infoFor(const QString& service)
{
    if (service == u"app"_s)
        return {"uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers 4", "8000/tcp", true, {{"", 8000, 0}}};
    if (service == u"nginx"_s)
        return {"/docker-entrypoint.sh nginx -g 'daemon off;'", "0.0.0.0:80->80/tcp, 0.0.0.0:443->443/tcp", false,
                {{"0.0.0.0", 80, 80}, {"0.0.0.0", 443, 443}}};
    if (service == u"postgres"_s)
        return {"docker-entrypoint.sh postgres", "127.0.0.1:5432->5432/tcp", true, {{"127.0.0.1", 5432, 5432}}};
    if (service == u"redis"_s)
        return {"docker-entrypoint.sh redis-server --appendonly yes", "127.0.0.1:6379->6379/tcp", true,
                {{"127.0.0.1", 6379, 6379}}};
    if (service == u"worker-llm"_s)
        return {"celery -A app.worker worker -Q llm,celery -c 2 --loglevel=INFO", "", false, {}};
    if (service == u"worker-rl"_s)
        return {"celery -A app.worker worker -Q rl -c 1 --loglevel=INFO", "", false, {}};
    if (service == u"prometheus"_s)
        return {"/bin/prometheus --config.file=/etc/prometheus/prometheus.yml", "127.0.0.1:9090->9090/tcp", false,
                {{"127.0.0.1", 9090, 9090}}};
    return {"/run.sh", "0.0.0.0:3000->3000/tcp", false, {{"0.0.0.0", 3000, 3000}}};
}

} // namespace

QString humanDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 1)
        return u"Less than a second"_s;
    if (s == 1)
        return u"1 second"_s;
    if (s < 60)
        return u"%1 seconds"_s.arg(s);
    const qint64 m = s / 60;
    if (m == 1)
        return u"About a minute"_s;
    if (m < 60)
        return u"%1 minutes"_s.arg(m);
    const qint64 h = qint64(double(s) / 3600.0 + 0.5);
    if (h == 1)
        return u"About an hour"_s;
    if (h < 48)
        return u"%1 hours"_s.arg(h);
    if (h < 24 * 7 * 2)
        return u"%1 days"_s.arg(h / 24);
    if (h < 24 * 30 * 2)
        return u"%1 weeks"_s.arg(h / 24 / 7);
    if (h < 24 * 365 * 2)
        return u"%1 months"_s.arg(h / 24 / 30);
    return u"%1 years"_s.arg(h / 24 / 365);
}

QString dockerTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +0000 UTC"_s;
}

QString truncatedCommand(const QString& command)
{
    const QString quoted = command.size() > 20 ? command.left(19) + QChar(0x2026) : command;
    return u"\""_s + quoted + u"\""_s;
}

QString Container::status(qint64 nowMs) const
{
    if (state == u"running"_s) {
        QString s = u"Up "_s + humanDuration(nowMs - startedMs);
        if (!health.isEmpty())
            s += u" ("_s + health + u")"_s;
        return s;
    }
    return u"Exited (%1) %2 ago"_s.arg(exitCode).arg(humanDuration(nowMs - stoppedMs));
}

QJsonObject Container::toComposeJson(qint64 nowMs, const QString& configFile) const
{
    QJsonArray publishers;
    for (const auto& [url, target, published] : infoFor(service).publishers)
        publishers.append(QJsonObject{{u"URL"_s, QString::fromLatin1(url)},
                                      {u"TargetPort"_s, target},
                                      {u"PublishedPort"_s, published},
                                      {u"Protocol"_s, u"tcp"_s}});
    const QString labels =
        u"com.docker.compose.config-hash=%1,com.docker.compose.container-number=%2,"
        "com.docker.compose.depends_on=,com.docker.compose.image=sha256:%3,com.docker.compose.oneoff=False,"
        "com.docker.compose.project=%4,com.docker.compose.project.config_files=%5,"
        "com.docker.compose.project.working_dir=%6,com.docker.compose.service=%7,com.docker.compose.version=2.24.5"_s
            .arg(id.left(64), QString::number(number), id.mid(0, 64), project, configFile,
                 configFile.section(u'/', 0, -2), service);
    return QJsonObject{{u"Command"_s, truncatedCommand(command)},
                       {u"CreatedAt"_s, dockerTimestamp(createdMs)},
                       {u"ExitCode"_s, exitCode},
                       {u"Health"_s, health},
                       {u"ID"_s, id},
                       {u"Image"_s, image},
                       {u"Labels"_s, labels},
                       {u"LocalVolumes"_s, service == u"postgres"_s || service == u"redis"_s ? u"1"_s : u"0"_s},
                       {u"Mounts"_s, service == u"postgres"_s ? u"fragrance-ai_pgdata"_s : u""_s},
                       {u"Name"_s, name},
                       {u"Names"_s, name},
                       {u"Networks"_s, QString(project + u"_default"_s)},
                       {u"Ports"_s, ports},
                       {u"Project"_s, project},
                       {u"Publishers"_s, publishers},
                       {u"RunningFor"_s, QString(humanDuration(nowMs - createdMs) + u" ago"_s)},
                       {u"Service"_s, service},
                       {u"Size"_s, u"0B"_s},
                       {u"State"_s, state},
                       {u"Status"_s, status(nowMs)}};
}

QVector<Container> containersOf(const Sim::StackState& st, const QString& project, bool v1,
                                const QStringList& services, bool all)
{
    QVector<Container> out;
    const bool appUnhealthy = st.scenario == u"api-down"_s || st.scenario == u"api-hang"_s ||
                              st.scenario == u"db-errors"_s || st.badDeployActive();
    for (const QString& name : Sim::serviceNames()) {
        if (!services.isEmpty() && !services.contains(name))
            continue;
        const Sim::ServiceState svc = st.services.value(name);
        if (svc.state == u"removed"_s || (svc.state != u"running"_s && !all))
            continue;
        const ServiceInfo info = infoFor(name);
        for (int n = 1; n <= svc.replicas; ++n) {
            Container c;
            c.project = project;
            c.service = name;
            c.number = n;
            c.name = v1 ? u"%1_%2_%3"_s.arg(project, name).arg(n) : u"%1-%2-%3"_s.arg(project, name).arg(n);
            c.state = svc.running() ? u"running"_s : u"exited"_s;
            if (svc.running() && info.healthcheck)
                c.health = (name == u"app"_s && appUnhealthy) ? u"unhealthy"_s : u"healthy"_s;
            c.image = svc.imageRef();
            c.command = QString::fromLatin1(info.command);
            c.ports = svc.running() ? QString::fromLatin1(info.ports) : QString();
            c.createdMs = svc.createdMs;
            c.startedMs = svc.startedMs;
            c.stoppedMs = svc.stoppedMs;
            c.exitCode = svc.running() ? 0 : svc.exitCode;
            c.id = QString::fromLatin1(
                QCryptographicHash::hash((c.name + QString::number(c.createdMs) + c.image).toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex());
            out.append(c);
        }
    }
    return out;
}

} // namespace Dbl
