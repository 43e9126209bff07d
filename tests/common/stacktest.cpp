#include "tests/common/stacktest.h"

#include "tests/common/testenv.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace StackTest {

namespace {

QMap<QString, QString> minimalEnv()
{
    return {{u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s},
            {u"HOME"_s, QDir::homePath()},
            {u"DOCKER_HOST"_s, TestEnv::require("OPSCONSOLE_DOCKER_HOST")}};
}

} // namespace

RunResult stackSh(const QStringList& args, int timeoutMs)
{
    QMap<QString, QString> env = minimalEnv();
    env.remove(u"DOCKER_HOST"_s);
    env.insert(u"OPSCONSOLE_STATE_DIR"_s, TestEnv::stateDir());
    return ToolsTest::run(TestEnv::sourceDir() + u"/scripts/stack.sh"_s, args, {}, timeoutMs, env);
}

RunResult docker(const QStringList& args, int timeoutMs)
{
    return ToolsTest::run(TestEnv::require("OPSCONSOLE_DOCKER"), args, {}, timeoutMs, minimalEnv());
}

RunResult compose(const QStringList& args, const QMap<QString, QString>& extraEnv, const QByteArray& stdinData,
                  int timeoutMs)
{
    QMap<QString, QString> env = minimalEnv();
    env.insert(extraEnv);
    const QStringList project{u"-f"_s, TestEnv::require("OPSCONSOLE_COMPOSE_FILE"), u"-p"_s,
                              TestEnv::require("OPSCONSOLE_COMPOSE_PROJECT"), u"--project-directory"_s,
                              TestEnv::require("OPSCONSOLE_PROJECT_DIR")};
    return ToolsTest::run(TestEnv::require("OPSCONSOLE_COMPOSE"), project + args, stdinData, timeoutMs, env);
}

QList<Container> containers()
{
    const RunResult r = docker({u"ps"_s, u"-a"_s, u"--filter"_s,
                                u"label=com.docker.compose.project="_s + TestEnv::require("OPSCONSOLE_COMPOSE_PROJECT"),
                                u"--filter"_s, u"label=com.docker.compose.oneoff=False"_s, u"--format"_s,
                                u"{{.ID}}\t{{.Names}}\t{{.Label \"com.docker.compose.service\"}}\t{{.State}}\t{{.Image}}\t{{.Ports}}"_s});
    QList<Container> out;
    for (const QByteArray& line : r.out.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 6)
            continue;
        out.append({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]),
                    QString::fromUtf8(f[3]), QString::fromUtf8(f[4]), QString::fromUtf8(f[5])});
    }
    return out;
}

QList<Container> ofService(const QList<Container>& all, const QString& service)
{
    QList<Container> out;
    for (const Container& c : all)
        if (c.service == service)
            out.append(c);
    return out;
}

QString describe(const QList<Container>& all)
{
    QStringList parts;
    for (const Container& c : all)
        parts << c.name + u' ' + c.state + u' ' + c.image;
    parts.sort();
    return parts.join(u"; "_s);
}

int replicasOf(const QString& service)
{
    const RunResult r = docker({u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}, 20000);
    if (r.exitCode != 0)
        return -1;
    return int(ofService(containers(), service).size());
}

QString tagOf(const QString& service)
{
    QString tag;
    for (const Container& c : ofService(containers(), service)) {
        const QString t = c.image.section(u':', -1);
        if (!tag.isEmpty() && t != tag)
            return QString();
        tag = t;
    }
    return tag;
}

QStringList fingerprint()
{
    const RunResult r = docker({u"ps"_s, u"-a"_s, u"--no-trunc"_s, u"--filter"_s,
                                u"label=com.docker.compose.project="_s + TestEnv::require("OPSCONSOLE_COMPOSE_PROJECT"),
                                u"--format"_s, u"{{.Names}} {{.State}} {{.Image}} {{.ID}}"_s});
    QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

bool reset()
{
    const RunResult r = stackSh({u"reset"_s});
    if (r.exitCode != 0)
        qWarning("stack.sh reset failed: %s", r.err.constData());
    return r.exitCode == 0;
}

int publicStatus()
{
    // The simulator answers a share of normal requests with the errors real traffic has (a 404 or 422 for
    // 2 % of them, now and then a 500 or 503): what is asked here is whether NGINX serves the API or its
    // maintenance page, so a few answers are read, and the first that is one of the two counts.
    int last = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const ToolsTest::HttpResult r =
            ToolsTest::http(TestEnv::require("OPSCONSOLE_PUBLIC_URL") + u"/api/v1/fragrances"_s);
        if (r.status == 200 || (r.status == 503 && r.body.contains("Under maintenance")))
            return r.status;
        last = r.status;
    }
    return last;
}

QJsonArray promQuery(const QString& query)
{
    QUrl url(TestEnv::prometheusUrl() + u"/api/v1/query"_s);
    url.setQuery(QUrlQuery{{u"query"_s, query}});
    const QJsonObject o = ToolsTest::getJson(url.toString(QUrl::FullyEncoded));
    return o.value(u"data"_s).toObject().value(u"result"_s).toArray();
}

double promValue(const QString& query)
{
    const QJsonArray result = promQuery(query);
    if (result.isEmpty())
        return std::nan("");
    return result.first().toObject().value(u"value"_s).toArray().at(1).toString().toDouble();
}

QByteArray replicaMetrics(const QString& containerId)
{
    return docker({u"exec"_s, containerId, u"curl"_s, u"-fsS"_s, u"--max-time"_s, u"3"_s,
                   u"http://localhost:8000/metrics"_s})
        .out;
}

QByteArray alertmanager(const QByteArray& verb, const QString& path, const QByteArray& body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(TestEnv::require("OPSCONSOLE_ALERTMANAGER_URL") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? (answer.isEmpty() ? QByteArrayLiteral("ok") : answer)
                                                    : QByteArray();
}

QJsonObject silence(const QString& id)
{
    return QJsonDocument::fromJson(alertmanager(QByteArrayLiteral("GET"), u"/api/v2/silence/"_s + id)).object();
}

} // namespace StackTest
