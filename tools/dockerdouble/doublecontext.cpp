#include "doublecontext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dbl {

namespace {

QMap<QString, QString> readConf(const QString& path)
{
    QMap<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        QByteArray key = line.left(eq).trimmed();
        if (key.startsWith("export "))
            key = key.mid(7).trimmed();
        values.insert(QString::fromUtf8(key), QString::fromUtf8(line.mid(eq + 1).trimmed()));
    }
    return values;
}

QString newestPgBin()
{
    const QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int best = -1;
    for (const QString& v : versions)
        best = qMax(best, v.toInt());
    return best < 0 ? QString() : u"/usr/lib/postgresql/%1/bin"_s.arg(best);
}

} // namespace

Context Context::load(const QString& argv0)
{
    Context ctx;
    ctx.v1 = QFileInfo(argv0).fileName() == u"docker-compose"_s;
    const QString exe = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
    const QString exeDir = QFileInfo(exe).absolutePath();
    ctx.stateDir = qEnvironmentVariable("OPSCONSOLE_STATE_DIR");
    if (ctx.stateDir.isEmpty()) {
        const QMap<QString, QString> conf = readConf(exeDir + u"/docker.conf"_s);
        ctx.stateDir = conf.value(u"OPSCONSOLE_STATE_DIR"_s);
    }
    if (ctx.stateDir.isEmpty())
        ctx.stateDir = u"/tmp/opsconsole-stack"_s;

    const QMap<QString, QString> backends = readConf(ctx.stateDir + u"/sim/backends.conf"_s);
    ctx.pgHost = backends.value(u"PG_HOST"_s, ctx.pgHost);
    ctx.pgPort = backends.value(u"PG_PORT"_s, QString::number(ctx.pgPort)).toInt();
    ctx.pgBin = backends.value(u"PGBIN"_s, newestPgBin());
    ctx.redisHost = backends.value(u"REDIS_HOST"_s, ctx.redisHost);
    ctx.redisPort = backends.value(u"REDIS_PORT"_s, QString::number(ctx.redisPort)).toInt();
    ctx.redisCli = backends.value(u"REDIS_CLI"_s);
    if (ctx.redisCli.isEmpty())
        ctx.redisCli = QStandardPaths::findExecutable(u"redis-cli"_s, {u"/usr/bin"_s, u"/usr/local/bin"_s});
    return ctx;
}

void out(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

void err(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

namespace {
bool g_recorded = false;
}

bool callRecorded()
{
    return g_recorded;
}

void recordCall(const Context& ctx, const QStringList& argv, int exitCode, qint64 startedMs, bool streaming)
{
    auto envValue = [](const char* name) -> QJsonValue {
        return qEnvironmentVariableIsSet(name) ? QJsonValue(qEnvironmentVariable(name)) : QJsonValue();
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject o{{u"time"_s, QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {u"argv"_s, QJsonArray::fromStringList(argv)},
                  {u"cwd"_s, QDir::currentPath()},
                  {u"env"_s, QJsonObject{{u"VERSION"_s, envValue("VERSION")},
                                         {u"DOCKER_HOST"_s, envValue("DOCKER_HOST")},
                                         {u"COMPOSE_PROJECT_NAME"_s, envValue("COMPOSE_PROJECT_NAME")}}},
                  {u"exitCode"_s, streaming ? QJsonValue() : QJsonValue(exitCode)},
                  {u"durationMs"_s, streaming ? QJsonValue() : QJsonValue(now - startedMs)}};
    if (streaming)
        o.insert(u"streaming"_s, true); // logs -f: recorded when it starts, it ends when killed
    g_recorded = true;
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QDir().mkpath(ctx.stateDir);
    // One write with O_APPEND: concurrent calls never interleave their lines.
    const QByteArray path = QFile::encodeName(ctx.stateDir + u"/docker-calls.jsonl"_s);
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    Q_UNUSED(written);
    ::close(fd);
}

} // namespace Dbl
