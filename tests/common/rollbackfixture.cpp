#include "tests/common/rollbackfixture.h"

#include "models/stack/processrunner.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace Ops;

namespace RollbackFixture {

Run compose(const OrchestratorSettings& settings, const QStringList& args, const QMap<QString, QString>& env)
{
    ProcessRunner runner;
    runner.setProgram(settings.program);
    runner.setArguments(QStringList{QStringLiteral("compose"), QStringLiteral("-f"), settings.composeFile,
                                    QStringLiteral("-p"), settings.projectName} +
                        args);
    QProcessEnvironment environment = ProcessRunner::minimalEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    runner.setEnvironment(environment);
    runner.setWorkingDirectory(settings.projectDirectory);
    runner.setTimeout(60000);
    QSignalSpy done(&runner, &ProcessRunner::finished);
    runner.start();
    Run r;
    if (!done.wait(65000))
        return r;
    r.exitCode = done.first().at(0).toInt();
    r.err = done.first().at(2).toString();
    r.out = runner.collectedOutput();
    return r;
}

Run psql(const ConnectionProfile& profile, const QString& sql)
{
    return compose(profile.orchestrator,
                   {QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                    QStringLiteral("psql"), QStringLiteral("-U"), profile.pgUser, QStringLiteral("-d"),
                    profile.pgDatabase, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-At"), QStringLiteral("-c"), sql});
}

QString probeValue(const ConnectionProfile& profile)
{
    const Run r = psql(profile, QStringLiteral("SELECT value FROM public.rollback_probe WHERE id = 1"));
    return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

bool createProbe(const ConnectionProfile& profile, const QString& value)
{
    const Run r = psql(
        profile, QStringLiteral("DROP TABLE IF EXISTS public.rollback_probe; "
                                "CREATE TABLE public.rollback_probe (id integer PRIMARY KEY, value text); "
                                "INSERT INTO public.rollback_probe VALUES (1, '%1'), (2, 'untouched')")
                     .arg(value));
    if (r.exitCode != 0)
        qWarning() << "createProbe:" << r.err;
    return r.exitCode == 0;
}

QString dumpProbe(const ConnectionProfile& profile, const QString& fileName)
{
    const Run r =
        compose(profile.orchestrator,
                {QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                 QStringLiteral("pg_dump"), QStringLiteral("-U"), profile.pgUser, QStringLiteral("-d"),
                 profile.pgDatabase, QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                 QStringLiteral("-t"), QStringLiteral("public.rollback_probe")});
    if (r.exitCode != 0 || r.out.isEmpty()) {
        qWarning() << "pg_dump:" << r.exitCode << r.err;
        return QString();
    }
    const QString path = profile.backupsDirectory + u'/' + fileName;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(r.out);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0640);
    return path;
}

bool resetStack(const ConnectionProfile& profile)
{
    if (!TestEnv::setSimulatorScenario(QStringLiteral("normal")))
        return false;
    return compose(profile.orchestrator, {QStringLiteral("up"), QStringLiteral("-d")},
                   {{QStringLiteral("VERSION"), QStringLiteral("0.2.0")}})
               .exitCode == 0;
}

QString apiVersion(const ConnectionProfile& profile)
{
    QNetworkAccessManager manager;
    manager.setTransferTimeout(3000);
    QNetworkReply* reply =
        manager.get(QNetworkRequest(QUrl(profile.apiBaseUrl + QStringLiteral("/version"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000)) {
        reply->deleteLater();
        return QString();
    }
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("version")).toString();
}

static QList<QByteArray> callLines()
{
    QFile f(TestEnv::stateDir() + QStringLiteral("/docker-calls.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

int dockerCallCount()
{
    return int(callLines().size());
}

QList<Call> dockerCallsSince(int from)
{
    const QList<QByteArray> lines = callLines();
    QList<Call> calls;
    for (int i = from; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        Call c;
        for (const QJsonValue& v : o.value(QStringLiteral("argv")).toArray())
            c.argv << v.toString();
        c.version = o.value(QStringLiteral("env")).toObject().value(QStringLiteral("VERSION")).toString();
        calls << c;
    }
    return calls;
}

int restoreCallsSince(int from)
{
    int n = 0;
    for (const Call& c : dockerCallsSince(from)) {
        if (c.argv.contains(QStringLiteral("psql")) &&
            c.argv.contains(QStringLiteral("--single-transaction")))
            ++n;
    }
    return n;
}

} // namespace RollbackFixture
