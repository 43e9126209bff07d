#pragma once

#include "tests/common/toolstest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/// Helpers of the tests of the real local stack (scripts/stack.sh): its script, its private Docker
/// daemon, docker-compose on its project, and Prometheus.
namespace StackTest {

using ToolsTest::RunResult;

/// scripts/stack.sh ARGS for this stack (OPSCONSOLE_STATE_DIR), e.g. {"reset"} or {"scenario", "api-hang"}.
RunResult stackSh(const QStringList& args, int timeoutMs = 180000);
/// /usr/bin/docker on the stack's private daemon (OPSCONSOLE_DOCKER_HOST), minimal environment.
RunResult docker(const QStringList& args, int timeoutMs = 60000);
/// /usr/bin/docker-compose -f docker-compose.production.yml -p fragrance-ai --project-directory …,
/// run as the console runs it: minimal environment plus DOCKER_HOST and extraEnv (e.g. VERSION).
RunResult compose(const QStringList& args, const QMap<QString, QString>& extraEnv = {},
                  const QByteArray& stdinData = {}, int timeoutMs = 120000);

struct Container
{
    QString id;
    QString name;
    QString service; ///< com.docker.compose.service
    QString state;   ///< running, paused, exited, …
    QString image;
    QString ports;
};

/// Every container of the compose project (docker ps -a), one-off runs excluded.
QList<Container> containers();
QList<Container> ofService(const QList<Container>& all, const QString& service);
/// "app=2 running fragrance-ai/app:0.1.0" style summary, for failure messages.
QString describe(const QList<Container>& all);
/// Containers of `service` (running or not); -1 when docker does not answer.
int replicasOf(const QString& service);
/// The image tag every container of `service` runs ("0.1.0"); empty when none or several.
QString tagOf(const QString& service);
/// Every container of the project as "name state image id", sorted: equal before and after means
/// nothing was started, stopped, recreated or removed.
QStringList fingerprint();
/// `stack.sh reset` (scenario normal, default replicas, 0.1.0 everywhere, nothing paused or stopped).
bool reset();
/// The HTTP status the public site (NGINX, maintenance mode applies) answers for a page of the API
/// (/api/v1/fragrances) now: 200 or the maintenance page's 503 when either is among a few answers (the
/// simulator fails a share of normal requests), else the last status; 0 when none.
int publicStatus();

/// Prometheus instant query: the result array ("data.result"); empty when no data or no answer.
QJsonArray promQuery(const QString& query);
/// The value of the first series of a query; NaN when there is none.
double promValue(const QString& query);
/// The runbook's API /metrics of one app container, read inside it (docker exec … curl).
QByteArray replicaMetrics(const QString& containerId);

/// One HTTP call to the stack's real Alertmanager (OPSCONSOLE_ALERTMANAGER_URL + path); the body of its
/// answer, "ok" for an empty one, empty on failure.
QByteArray alertmanager(const QByteArray& verb, const QString& path, const QByteArray& body = {});
/// The silence `id` as the real Alertmanager holds it (empty when it has none).
QJsonObject silence(const QString& id);

} // namespace StackTest
