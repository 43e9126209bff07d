#include "tests/common/rollbackfixture.h"

#include "models/stack/processrunner.h"
#include "tests/common/stacktest.h"
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
    Q_UNUSED(settings) // the stack's own project, as scripts/stack.sh wrote it
    const StackTest::RunResult r = StackTest::compose(args, env);
    Run run;
    run.exitCode = r.exitCode;
    run.out = r.out;
    run.err = QString::fromUtf8(r.err);
    return run;
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
    Q_UNUSED(profile)
    return StackTest::reset();
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

} // namespace RollbackFixture
