// The maintenance run's /health checks (MaintenanceHealthChecks).
#include "models/maintenance/maintenancehealthchecks.h"

#include "models/net/apirequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ops {

namespace {

/// The "status" of a /health answer's JSON body; empty when there is none.
QString maintenanceHealthStatus(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
}

} // namespace

MaintenanceHealthChecks::MaintenanceHealthChecks(HttpClient* http, QObject* parent)
    : QObject(parent), m_http(http)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MaintenanceHealthChecks::tick);
}

void MaintenanceHealthChecks::startMonitoring(int seconds, int checkEverySeconds)
{
    m_seconds = seconds;
    m_every = checkEverySeconds;
    m_monitoring = true;
    m_checks = 0;
    m_failures = 0;
    m_nextCheckAt = 0;
    m_clock.start();
    Q_EMIT secondsLeft(m_seconds);
    Q_EMIT output(tr("watching /health every %1 s for %2 min").arg(m_every).arg(m_seconds / 60.0, 0, 'f', 1));
    monitorCheck();
    m_countdown.start();
}

void MaintenanceHealthChecks::stop()
{
    m_countdown.stop();
    m_monitoring = false;
    m_verifying = false;
}

void MaintenanceHealthChecks::tick()
{
    const qint64 elapsed = m_clock.elapsed();
    const qint64 left = std::max<qint64>(0, m_seconds - elapsed / 1000);
    Q_EMIT secondsLeft(left);
    if (elapsed >= m_nextCheckAt)
        monitorCheck();
    if (left == 0) {
        stop();
        Q_EMIT monitored(m_checks, m_failures);
    }
}

void MaintenanceHealthChecks::monitorCheck()
{
    m_nextCheckAt = m_clock.elapsed() + qint64(m_every) * 1000;
    if (!m_http)
        return;
    auto* request = m_http->get(HttpService::Api, QStringLiteral("/health"), {}, this, 5000);
    connect(request, &ApiRequest::finished, this, [this](const HttpOutcome& outcome) {
        if (!m_monitoring)
            return;
        ++m_checks;
        const QString status = maintenanceHealthStatus(outcome.body);
        const bool healthy =
            outcome.transferred() && outcome.httpStatus == 200 && status == QLatin1String("healthy");
        if (!healthy)
            ++m_failures;
        Q_EMIT output(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")) +
                      QStringLiteral(" /health: ") +
                      (outcome.transferred()
                           ? QStringLiteral("HTTP %1 %2").arg(outcome.httpStatus).arg(status)
                           : outcome.reason));
    });
}

void MaintenanceHealthChecks::verify()
{
    if (!m_http) {
        Q_EMIT failed(tr(
            "no HTTP client",
            "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message"));
        return;
    }
    auto* request = m_http->get(HttpService::Api, QStringLiteral("/health"), {}, this, 5000);
    m_verifying = true;
    Q_EMIT output(QStringLiteral("$ curl ") + request->url().toString(QUrl::RemoveUserInfo));
    connect(request, &ApiRequest::finished, this, [this](const HttpOutcome& outcome) {
        if (!m_verifying)
            return;
        m_verifying = false;
        const QString status = maintenanceHealthStatus(outcome.body);
        if (!outcome.transferred()) {
            Q_EMIT failed(outcome.reason);
            return;
        }
        Q_EMIT output(QString::fromUtf8(outcome.body.left(400)));
        if (outcome.httpStatus == 200 && status == QLatin1String("healthy"))
            Q_EMIT verified(tr("/health answered healthy", "maintenance: maintenancerun"));
        else
            Q_EMIT failed(tr("/health answered HTTP %1, status \"%2\"").arg(outcome.httpStatus).arg(status));
    });
}

} // namespace Ops
