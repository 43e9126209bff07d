// opsconsole-stacksim: the Fragrance AI API as the local stack's `app` containers run it
// (installed in the image as /app/bin/fragrance-api).
#include "tools/simulator/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Access lines reach `docker logs` as they happen, not when a buffer fills.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"opsconsole-stacksim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSCONSOLE_VERSION));

    auto env = [](const char* name, const QString& fallback) {
        const QString v = qEnvironmentVariable(name);
        return v.isEmpty() ? fallback : v;
    };

    // The runbook's compose file configures the API through its environment (DATABASE_URL,
    // REDIS_URL); the image carries its own version and defect (APP_VERSION, APP_DEFECT).
    QCommandLineParser p;
    p.setApplicationDescription(u"The Fragrance AI API of the local stack (a stand-in for the real service)."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"addr"_s, u"0.0.0.0"_s);
    const QCommandLineOption port(u"port"_s, u"API port."_s, u"port"_s, u"8000"_s);
    const QCommandLineOption database(u"database-url"_s, u"PostgreSQL URI (DATABASE_URL)."_s, u"uri"_s,
                                      env("DATABASE_URL", u"postgresql://fragrance_user@postgres:5432/fragrance_ai"_s));
    const QCommandLineOption redis(u"redis-url"_s, u"Redis URL (REDIS_URL)."_s, u"url"_s,
                                   env("REDIS_URL", u"redis://redis:6379/0"_s));
    const QCommandLineOption version(u"app-version"_s, u"The build's version (APP_VERSION)."_s, u"version"_s,
                                     env("APP_VERSION", QStringLiteral(OPSCONSOLE_VERSION)));
    const QCommandLineOption defect(u"defect"_s, u"The build's defect (APP_DEFECT): bad-release or empty."_s,
                                    u"name"_s, env("APP_DEFECT", QString()));
    const QCommandLineOption switchFile(u"switch-file"_s, u"The simulator's shared switch (one scenario name)."_s,
                                        u"file"_s, env("SIMULATOR_SWITCH_FILE", u"/run/simulator/scenario"_s));
    p.addOptions({host, port, database, redis, version, defect, switchFile});
    p.process(app);

    Sim::SimConfig cfg;
    cfg.host = QHostAddress(p.value(host));
    cfg.port = quint16(p.value(port).toUInt());
    cfg.databaseUrl = p.value(database).toUtf8();
    const QUrl redisUrl(p.value(redis));
    cfg.redisHost = redisUrl.host();
    cfg.redisPort = redisUrl.port(6379);
    cfg.version = p.value(version);
    cfg.defect = p.value(defect);
    cfg.switchFile = p.value(switchFile);

    Sim::Simulator sim(cfg);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "opsconsole-stacksim: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}
