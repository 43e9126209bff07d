#include "tests/common/testenv.h"

#include "models/net/httpclient.h"
#include "models/session/profilesecrets.h"

#include "models/profiles/profilefile.h"
#include "models/profiles/programapprovals.h"
#include "models/profiles/programidentity.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace TestEnv {

QString require(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        const QByteArray message = QByteArray("environment variable ") + name +
                                   " is not set: start the local stack (scripts/stack.sh start) and source "
                                   "its env file, or run scripts/test.sh";
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
    return value;
}

int requirePort(const char* name)
{
    return require(name).toInt();
}

QString pgHost() { return require("OPSCONSOLE_PG_HOST"); }
int pgPort() { return requirePort("OPSCONSOLE_PG_PORT"); }

QString pgAdminConnInfo(const QString& database)
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3 connect_timeout=5")
        .arg(pgHost())
        .arg(pgPort())
        .arg(database);
}

QString redisHost() { return require("OPSCONSOLE_REDIS_HOST"); }
int redisPort() { return requirePort("OPSCONSOLE_REDIS_PORT"); }
QString prometheusUrl() { return require("OPSCONSOLE_PROMETHEUS_URL"); }
QString apiUrl() { return require("OPSCONSOLE_API_URL"); }
QString stateDir() { return require("OPSCONSOLE_STATE_DIR"); }
QString sourceDir() { return require("OPSCONSOLE_SOURCE_DIR"); }

Ops::ConnectionProfile stackProfile()
{
    const QString dir = stateDir();
    if (dir.isEmpty())
        return {};
    const auto file = Ops::ProfileFile::read(dir + QStringLiteral("/demo-profile.json"));
    if (!file.ok()) {
        QTest::qFail(qPrintable(file.error), __FILE__, __LINE__);
        return {};
    }
    return file.profiles.first();
}

bool setSimulatorScenario(const QString& name)
{
    QUrl url(require("OPSCONSOLE_SIM_ADMIN_URL") + QStringLiteral("/admin/scenario"));
    url.setQuery(QUrlQuery{{QStringLiteral("name"), name}});
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    // A scenario of real events (docker stop/start/pause of containers) answers when they are done: seconds
    // on a quiet machine, tens of seconds on a loaded one.
    request.setTransferTimeout(90000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(95000) && reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

bool approveProgram(const QString& program, const QString& dockerHost)
{
    if (qEnvironmentVariableIsEmpty("OPSCONSOLE_APPROVALS_FILE")) {
        static QTemporaryDir own;
        qputenv("OPSCONSOLE_APPROVALS_FILE", own.filePath(QStringLiteral("program-approvals.ini")).toUtf8());
    }
    QString error;
    if (!Ops::ProgramApprovals::approve(Ops::ProgramIdentity::read(program), dockerHost, &error)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot approve %1: %2").arg(program, error)), __FILE__, __LINE__);
        return false;
    }
    return true;
}

Ops::HealthSchedule fastHealthSchedule()
{
    Ops::HealthSchedule s;
    s.apiIntervalSec = 2;
    s.databaseIntervalSec = 2;
    s.redisIntervalSec = 2;
    s.queueIntervalSec = 2;
    // `docker-compose ps` is a Python start (0.3 s of CPU): every 4 s, not 2, keeps a test's console
    // from taking a sixth of a core for it while ctest runs five tests on two cores.
    s.orchestratorIntervalSec = 4;
    s.prometheusIntervalSec = 2;
    s.diskIntervalSec = 5;
    s.memoryIntervalSec = 5;
    s.deadlineSec = 1;
    return s;
}

Ops::HttpClient* httpFor(const Ops::ConnectionProfile& profile, QObject* parent)
{
    auto* http = new Ops::HttpClient(parent);
    Ops::configureHttpClient(*http, profile, Ops::ProfileSecrets());
    return http;
}

} // namespace TestEnv
