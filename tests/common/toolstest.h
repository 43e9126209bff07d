#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/// Helpers shared by the tests of the local stack and its tools (tests/tools).
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

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program with an argument list (never a shell). With env, the child gets exactly that
/// environment (a minimal one, as the console gives its children); without, this process's.
RunResult run(const QString& program, const QStringList& args, const QByteArray& stdinData = {},
              int timeoutMs = 30000, const QMap<QString, QString>& env = {});

/// Sum of the samples of a family whose label text contains every filter, from /metrics text.
double sumSamples(const QByteArray& metrics, const QByteArray& name, const QList<QByteArray>& filters = {});
/// psql as the superuser against the stack's PostgreSQL (its published port); trimmed stdout.
QString psql(const QString& database, const QString& sql);

} // namespace ToolsTest
