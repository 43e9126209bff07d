#include "tests/common/toolstest.h"

#include "tests/common/testenv.h"

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

RunResult run(const QString& program, const QStringList& args, const QByteArray& stdinData, int timeoutMs,
              const QMap<QString, QString>& env)
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e;
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
    }
    p.start(program, args);
    RunResult r;
    // Waits on the event loop, not in waitFor…(): the code under test (and a stall probe measuring it)
    // keeps running while the stack is being changed.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::Running || p.state() == QProcess::NotRunning; }, 5000) ||
        (p.state() == QProcess::NotRunning && p.error() == QProcess::FailedToStart)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
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
