#include "simstate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sim {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QStringList serviceNames()
{
    return {u"app"_s,    u"nginx"_s,     u"postgres"_s,   u"redis"_s,
            u"worker-llm"_s, u"worker-rl"_s, u"prometheus"_s, u"grafana"_s};
}

bool isVersioned(const QString& service)
{
    return service == u"app"_s || service == u"worker-llm"_s || service == u"worker-rl"_s;
}

int defaultReplicas(const QString& service)
{
    if (service == u"app"_s || service == u"worker-llm"_s)
        return 2;
    return 1;
}

QString defaultImage(const QString& service)
{
    if (service == u"app"_s)
        return u"fragrance-ai/app"_s;
    if (service == u"worker-llm"_s || service == u"worker-rl"_s)
        return u"fragrance-ai/worker"_s;
    if (service == u"nginx"_s)
        return u"nginx"_s;
    if (service == u"postgres"_s)
        return u"postgres"_s;
    if (service == u"redis"_s)
        return u"redis"_s;
    if (service == u"prometheus"_s)
        return u"prom/prometheus"_s;
    return u"grafana/grafana"_s;
}

QString defaultTag(const QString& service)
{
    if (isVersioned(service))
        return u"0.2.0"_s;
    if (service == u"nginx"_s)
        return u"1.25-alpine"_s;
    if (service == u"postgres"_s)
        return u"15-alpine"_s;
    if (service == u"redis"_s)
        return u"7-alpine"_s;
    if (service == u"prometheus"_s)
        return u"v2.42.0"_s;
    return u"10.2.0"_s;
}

QStringList scenarioNames()
{
    return {u"normal"_s,   u"error-spike"_s, u"latency-spike"_s, u"queue-backlog"_s, u"db-errors"_s,
            u"api-down"_s, u"api-hang"_s,    u"bad-deploy"_s,    u"db-pool-exhausted"_s};
}

QString normalizeVersion(const QString& tag)
{
    if (tag.size() > 1 && (tag.at(0) == u'v' || tag.at(0) == u'V') && tag.at(1).isDigit())
        return tag.mid(1);
    return tag;
}

StackState StackState::defaults(qint64 now)
{
    StackState s;
    // Pretend the stack came up a few hours ago, so `ps` reads like a live system.
    const qint64 started = now - 3 * 3600 * 1000 - 17 * 60 * 1000;
    for (const QString& name : serviceNames()) {
        ServiceState svc;
        svc.name = name;
        svc.replicas = defaultReplicas(name);
        svc.image = defaultImage(name);
        svc.tag = defaultTag(name);
        svc.createdMs = started;
        svc.startedMs = started;
        s.services.insert(name, svc);
    }
    return s;
}

StackState StackState::fromJson(const QJsonObject& json, qint64 now)
{
    StackState s = defaults(now);
    s.project = json.value(u"project"_s).toString(s.project);
    s.scenario = json.value(u"scenario"_s).toString(s.scenario);
    s.badVersion = json.value(u"badVersion"_s).toString();
    s.logRate = json.value(u"logRate"_s).toInt(s.logRate);
    const QJsonObject maintenance = json.value(u"maintenance"_s).toObject();
    s.maintenanceFlag = maintenance.value(u"flag"_s).toBool();
    s.maintenanceServing = maintenance.value(u"serving"_s).toBool();
    s.maintenanceChangedMs = maintenance.value(u"changedMs"_s).toInteger();
    const QJsonObject services = json.value(u"services"_s).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ServiceState svc = s.services.value(it.key());
        svc.name = it.key();
        svc.replicas = o.value(u"replicas"_s).toInt(svc.replicas);
        svc.state = o.value(u"state"_s).toString(svc.state);
        svc.image = o.value(u"image"_s).toString(svc.image.isEmpty() ? defaultImage(it.key()) : svc.image);
        svc.tag = o.value(u"tag"_s).toString(svc.tag.isEmpty() ? defaultTag(it.key()) : svc.tag);
        svc.createdMs = o.value(u"createdMs"_s).toInteger(svc.createdMs);
        svc.startedMs = o.value(u"startedMs"_s).toInteger(svc.startedMs);
        svc.stoppedMs = o.value(u"stoppedMs"_s).toInteger(svc.stoppedMs);
        svc.exitCode = o.value(u"exitCode"_s).toInt(svc.exitCode);
        s.services.insert(it.key(), svc);
    }
    return s;
}

QJsonObject StackState::toJson() const
{
    QJsonObject services;
    for (const ServiceState& svc : this->services) {
        services.insert(svc.name, QJsonObject{{u"replicas"_s, svc.replicas},
                                              {u"state"_s, svc.state},
                                              {u"image"_s, svc.image},
                                              {u"tag"_s, svc.tag},
                                              {u"createdMs"_s, svc.createdMs},
                                              {u"startedMs"_s, svc.startedMs},
                                              {u"stoppedMs"_s, svc.stoppedMs},
                                              {u"exitCode"_s, svc.exitCode}});
    }
    return QJsonObject{{u"project"_s, project},   {u"scenario"_s, scenario}, {u"badVersion"_s, badVersion},
                       {u"version"_s, version()}, {u"logRate"_s, logRate},   {u"services"_s, services},
                       {u"maintenance"_s, QJsonObject{{u"flag"_s, maintenanceFlag},
                                                      {u"serving"_s, maintenanceServing},
                                                      {u"changedMs"_s, maintenanceChangedMs}}}};
}

void StackState::reloadNginx(qint64 now)
{
    if (maintenanceServing != maintenanceFlag)
        maintenanceChangedMs = now;
    maintenanceServing = maintenanceFlag;
}

int StackState::runningReplicas(const QString& service) const
{
    const auto it = services.constFind(service);
    if (it == services.cend() || !it->running())
        return 0;
    return it->replicas;
}

QString StackState::version() const
{
    return normalizeVersion(services.value(u"app"_s).tag);
}

bool StackState::badDeployActive() const
{
    return scenario == u"bad-deploy"_s && !badVersion.isEmpty() && badVersion == version();
}

void StackState::setScenario(const QString& name)
{
    scenario = name;
    badVersion = name == u"bad-deploy"_s ? version() : QString();
}

bool StackState::deployVersion(const QString& tag, const QStringList& onlyServices, qint64 now)
{
    bool changed = false;
    for (ServiceState& svc : services) {
        if (!isVersioned(svc.name) || (!onlyServices.isEmpty() && !onlyServices.contains(svc.name)))
            continue;
        if (svc.tag != tag) {
            svc.tag = tag;
            svc.createdMs = now;
            svc.startedMs = now;
            changed = true;
        }
    }
    // Rolling back (or forward) away from the bad build ends the bad-deploy scenario.
    if (scenario == u"bad-deploy"_s && !badVersion.isEmpty() && version() != badVersion) {
        scenario = u"normal"_s;
        badVersion.clear();
    }
    return changed;
}

StateFile::StateFile(const QString& stateDir)
    : m_dir(stateDir + u"/sim"_s)
    , m_path(stateDir + u"/sim/state.json"_s)
{
}

std::optional<StackState> StateFile::read(QString* error) const
{
    QFile f(m_path);
    if (!f.exists())
        return StackState::defaults(nowMs());
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return std::nullopt;
    }
    return StackState::fromJson(doc.object(), nowMs());
}

bool StateFile::write(const StackState& state, QString* error)
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool StateFile::update(const std::function<void(StackState&)>& change, QString* error)
{
    QDir().mkpath(m_dir);
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000)) {
        if (error)
            *error = u"could not lock "_s + m_path;
        return false;
    }
    std::optional<StackState> state = read(error);
    if (!state)
        state = StackState::defaults(nowMs()); // a corrupt file is replaced, not kept
    change(*state);
    return write(*state, error);
}

bool StateFile::ensureExists(QString* error)
{
    if (QFile::exists(m_path))
        return true;
    return update([](StackState&) {}, error);
}

} // namespace Sim
