#include "tests/tools/toolstest.h"

#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopedPointer>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ToolsTest {

HttpResult http(const QString& url, const QByteArray& postBody, bool post, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QScopedPointer<QNetworkReply> reply(post ? nam.post(req, postBody) : nam.get(req));
    HttpResult r;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 1000)) {
        reply->abort();
        r.error = u"no answer"_s;
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        r.error = reply->errorString();
    return r;
}

QJsonObject getJson(const QString& url)
{
    return QJsonDocument::fromJson(http(url).body).object();
}

QString adminUrl()
{
    QString url = qEnvironmentVariable("OPSCONSOLE_SIM_ADMIN_URL");
    if (url.isEmpty()) {
        QFile f(TestEnv::stateDir() + u"/sim/admin.url"_s);
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (url.isEmpty()) {
        QUrl api(TestEnv::apiUrl());
        api.setPort(api.port() + 1);
        url = api.toString();
    }
    return url;
}

QString dockerPath()
{
    return TestEnv::stateDir() + u"/bin/docker"_s;
}

bool setScenario(const QString& name)
{
    const HttpResult r = http(adminUrl() + u"/admin/scenario"_s, "name=" + name.toUtf8(), true);
    return r.status == 200;
}

RunResult run(const QString& program, const QStringList& args, const QByteArray& stdinData, int timeoutMs,
              const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(5000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timeout";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

RunResult run(const QString& program, const QStringList& args, const QByteArray& stdinData, int timeoutMs)
{
    return run(program, args, stdinData, timeoutMs, QProcessEnvironment::systemEnvironment());
}

RunResult docker(const QStringList& args, const QMap<QString, QString>& extraEnv, const QByteArray& stdinData,
                 int timeoutMs)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, QDir::homePath());
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return run(dockerPath(), args, stdinData, timeoutMs, env);
}

double sumSamples(const QByteArray& metrics, const QByteArray& name, const QList<QByteArray>& filters)
{
    double sum = 0;
    for (const QByteArray& line : metrics.split('\n')) {
        if (line.startsWith('#') || !line.startsWith(name))
            continue;
        const QByteArray rest = line.mid(name.size());
        if (!rest.startsWith('{') && !rest.startsWith(' '))
            continue;
        bool all = true;
        for (const QByteArray& f : filters)
            all = all && line.contains(f);
        if (all)
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

QString psql(const QString& database, const QString& sql)
{
    const QString bin = qEnvironmentVariable("OPSCONSOLE_PG_BIN", u"/usr/lib/postgresql/15/bin"_s);
    const RunResult r = run(bin + u"/psql"_s,
                            {u"-h"_s, TestEnv::pgHost(), u"-p"_s, QString::number(TestEnv::pgPort()), u"-U"_s,
                             u"postgres"_s, u"-d"_s, database, u"-qAtX"_s, u"-c"_s, sql},
                            {}, 15000);
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace ToolsTest
