#include "models/sources/alertmanagersource.h"

#include "models/net/httpclient.h"
#include "models/sources/pollschedule.h"

#include <QUrlQuery>

namespace Ops {

AlertmanagerSource::AlertmanagerSource(HttpClient* http, QObject* parent)
    : Source(QStringLiteral("alertmanager"), parent)
    , m_http(http)
    , m_schedule(new PollSchedule(kDefaultIntervalMs, this))
{
    qRegisterMetaType<Ops::AlertmanagerSnapshot>();
    connect(m_schedule, &PollSchedule::due, this, &AlertmanagerSource::check);
}

AlertmanagerSource::~AlertmanagerSource()
{
    cancelRequest();
}

void AlertmanagerSource::setInterval(int ms) { m_schedule->setInterval(ms); }
void AlertmanagerSource::setMinimumBackoff(int ms) { m_schedule->setMinimumBackoff(ms); }
void AlertmanagerSource::start() { m_schedule->start(); }

void AlertmanagerSource::stop()
{
    m_schedule->stop();
    cancelRequest();
}

void AlertmanagerSource::refresh()
{
    if (!isChecking())
        check();
}

void AlertmanagerSource::cancelRequest()
{
    if (m_request) {
        m_request->cancel();
        m_request->deleteLater();
    }
    m_request = nullptr;
}

void AlertmanagerSource::check()
{
    if (isChecking() || !m_http)
        return;
    // Silenced and inhibited alerts too: the console shows them as such instead of as firing.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("silenced"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("inhibited"), QStringLiteral("true"));
    m_request = m_http->get(HttpService::Alertmanager, QStringLiteral("/api/v2/alerts"), query, this, m_deadlineMs,
                            kMaxBodyBytes);
    connect(m_request, &ApiRequest::finished, this, [this, request = m_request.data()](const HttpOutcome& outcome) {
        if (request != m_request)
            return;
        m_request->deleteLater();
        m_request = nullptr;
        const AmAlertsResult parsed = AlertmanagerApiParser::alerts(outcome);
        CheckResult result;
        result.checkedAt = QDateTime::currentDateTimeUtc();
        result.latencyMs = parsed.latencyMs;
        if (parsed.ok) {
            result.health = Health::Ok;
            m_snapshot.alerts = parsed.alerts;
            m_snapshot.checkedAt = result.checkedAt;
        } else {
            result.health = Health::Down;
            result.reason = parsed.error;
        }
        m_schedule->checkFinished(parsed.ok);
        if (parsed.ok)
            Q_EMIT snapshotReady(m_snapshot);
        report(result);
    });
}

} // namespace Ops
