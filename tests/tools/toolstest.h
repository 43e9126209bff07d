#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Helpers shared by the tests of the simulator and the docker double (tests/tools).
namespace ToolsTest {

struct HttpResult
{
    int status = 0; ///< 0 when no answer
    QByteArray body;
    QString error;
};

/// GET or POST with a client-side deadline, waiting on the reply with QTest::qWaitFor.
HttpResult http(const QString& url, const QByteArray& postBody = {}, bool post = false, int timeoutMs = 4000);
QJsonObject getJson(const QString& url);

QString adminUrl();   ///< OPSCONSOLE_SIM_ADMIN_URL, $STATE/sim/admin.url, or API port + 1
QString dockerPath(); ///< $STATE/bin/docker
bool setScenario(const QString& name);

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the docker double the way the console does: an argument list and a minimal environment
/// (PATH, HOME, plus extra).
RunResult docker(const QStringList& args, const QMap<QString, QString>& extraEnv = {},
                 const QByteArray& stdinData = {}, int timeoutMs = 30000);
RunResult run(const QString& program, const QStringList& args, const QByteArray& stdinData = {},
              int timeoutMs = 30000);

/// Sum of the samples of a family whose label text contains every filter, from /metrics text.
double sumSamples(const QByteArray& metrics, const QByteArray& name, const QList<QByteArray>& filters = {});
/// psql as the superuser against the stack's PostgreSQL; returns trimmed stdout.
QString psql(const QString& database, const QString& sql);

} // namespace ToolsTest
