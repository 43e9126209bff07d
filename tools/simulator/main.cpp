// opsconsole-stacksim: the Fragrance AI API as the local demo stack plays it.
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"opsconsole-stacksim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSCONSOLE_VERSION));

    auto env = [](const char* name, const QString& fallback) {
        const QString v = qEnvironmentVariable(name);
        return v.isEmpty() ? fallback : v;
    };

    QCommandLineParser p;
    p.setApplicationDescription(u"Simulates the Fragrance AI API with traffic scenarios."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"addr"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"API port."_s, u"port"_s, env("API_PORT", u"58000"_s));
    const QCommandLineOption adminPort(u"admin-port"_s, u"Admin port (stays up when the API is down)."_s, u"port"_s);
    const QCommandLineOption stateDir(u"state-dir"_s, u"Stack state folder ($STATE)."_s, u"dir"_s,
                                      env("OPSCONSOLE_STATE_DIR", u"/tmp/opsconsole-stack"_s));
    const QCommandLineOption pgHost(u"pg-host"_s, u"PostgreSQL host."_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption pgPort(u"pg-port"_s, u"PostgreSQL port."_s, u"port"_s, env("PG_PORT", u"55432"_s));
    const QCommandLineOption pgUser(u"pg-user"_s, u"PostgreSQL user."_s, u"user"_s, u"fragrance_user"_s);
    const QCommandLineOption pgDb(u"pg-database"_s, u"PostgreSQL database."_s, u"db"_s, u"fragrance_ai"_s);
    const QCommandLineOption redisHost(u"redis-host"_s, u"Redis host."_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption redisPort(u"redis-port"_s, u"Redis port."_s, u"port"_s, env("REDIS_PORT", u"56379"_s));
    const QCommandLineOption scenario(u"scenario"_s, u"First scenario."_s, u"name"_s);
    const QCommandLineOption rate(u"rate"_s, u"Synthetic requests per second."_s, u"rps"_s, u"20"_s);
    p.addOptions({host, port, adminPort, stateDir, pgHost, pgPort, pgUser, pgDb, redisHost, redisPort, scenario, rate});
    p.process(app);

    Sim::SimConfig cfg;
    cfg.host = QHostAddress(p.value(host));
    cfg.port = quint16(p.value(port).toUInt());
    cfg.adminPort = p.isSet(adminPort) ? quint16(p.value(adminPort).toUInt()) : quint16(cfg.port + 1);
    cfg.stateDir = QDir(p.value(stateDir)).absolutePath();
    cfg.pgHost = p.value(pgHost);
    cfg.pgPort = p.value(pgPort).toInt();
    cfg.pgUser = p.value(pgUser);
    cfg.pgDatabase = p.value(pgDb);
    cfg.redisHost = p.value(redisHost);
    cfg.redisPort = p.value(redisPort).toInt();
    cfg.scenario = p.value(scenario);
    cfg.requestsPerSecond = p.value(rate).toDouble();

    Sim::Simulator sim(cfg);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "opsconsole-stacksim: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}
