#include "models/sources/apisource.h"

#include "models/core/logging.h"
#include "models/sources/pollschedule.h"
#include "models/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Ops {

ApiSource::ApiSource(HttpClient* http, QObject* parent)
    : Source(QStringLiteral("api"), parent)
    , m_http(http)
    , m_schedule(new PollSchedule(kDefaultIntervalMs, this))
{
    Q_ASSERT(http);
    qRegisterMetaType<Ops::ApiHealthSnapshot>();
    connect(m_schedule, &PollSchedule::due, this, &ApiSource::check);
}

ApiSource::~ApiSource()
{
    cancelRequests();
}

QUrl ApiSource::baseUrl() const
{
    return m_http ? m_http->baseUrl(HttpService::Api) : QUrl();
}

void ApiSource::setInterval(int ms) { m_schedule->setInterval(ms); }
int ApiSource::interval() const { return m_schedule->interval(); }
void ApiSource::setMinimumBackoff(int ms) { m_schedule->setMinimumBackoff(ms); }

void ApiSource::start() { m_schedule->start(); }

void ApiSource::stop()
{
    m_schedule->stop();
    cancelRequests();
}

void ApiSource::refresh()
{
    if (!isChecking())
        check();
}

void ApiSource::cancelRequests()
{
    ++m_generation; // anything still in flight is stale now
    m_pending = 0;
    if (m_healthRequest)
        m_healthRequest->cancel();
    if (m_versionRequest)
        m_versionRequest->cancel();
}

void ApiSource::check()
{
    if (isChecking())
        return;
    const quint64 generation = ++m_generation;
    m_pending = 1;
    m_healthOutcome = HttpOutcome();
    m_healthRequest = m_http->get(HttpService::Api, QStringLiteral("/health"), {}, this, m_deadlineMs, kMaxBodyBytes);
    connect(m_healthRequest, &ApiRequest::finished, this,
            [this, generation](const HttpOutcome& o) { healthArrived(generation, o); });
    // /version runs beside /health but never holds its verdict back.
    if (!m_versionRequest) {
        m_versionRequest =
            m_http->get(HttpService::Api, QStringLiteral("/version"), {}, this, m_deadlineMs, kMaxBodyBytes);
        connect(m_versionRequest, &ApiRequest::finished, this,
                [this, generation](const HttpOutcome& o) { versionArrived(generation, o); });
    }
}

void ApiSource::healthArrived(quint64 generation, const HttpOutcome& outcome)
{
    if (generation != m_generation)
        return;
    m_healthOutcome = outcome;
    m_pending = 0;
    finishIfDone(generation);
}

void ApiSource::versionArrived(quint64 generation, const HttpOutcome& outcome)
{
    if (generation != m_generation)
        return;
    QString version;
    if (outcome.transferred() && outcome.httpStatus == 200) {
        const QJsonDocument doc = QJsonDocument::fromJson(outcome.body);
        if (doc.isObject())
            version = doc.object().value(QLatin1String("version")).toString();
        else if (!outcome.body.startsWith('<') && outcome.body.size() <= 64)
            version = QString::fromUtf8(outcome.body).trimmed();
    }
    m_versionText = version;
    // Arrived after this check's /health without a version of its own: complete the snapshot.
    if (!isChecking() && !version.isEmpty() && m_snapshot.checkedAt.isValid() && m_snapshot.version.isEmpty()) {
        m_snapshot.version = version;
        Q_EMIT snapshotReady(m_snapshot);
    }
}

void ApiSource::finishIfDone(quint64 generation)
{
    if (generation != m_generation || m_pending > 0)
        return;
    const HttpOutcome& o = m_healthOutcome;
    CheckResult result;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    result.latencyMs = o.transferred() ? o.latencyMs : -1;

    bool haveSnapshot = false;
    ApiHealthSnapshot snapshot;
    QString bodyProblem;
    if (o.transferred())
        haveSnapshot = ApiHealthSnapshot::fromBody(o.body, &snapshot, &bodyProblem);

    if (!o.transferred()) {
        result.health = Health::Down;
        result.reason = o.reason;
    } else if (o.httpStatus == 401 || o.httpStatus == 403) {
        result.health = Health::Down;
        result.reason = HttpClient::describeStatus(o.httpStatus, m_http && m_http->hasBearerToken(HttpService::Api));
    } else if (o.httpStatus >= 400) {
        result.health = Health::Down;
        result.reason = haveSnapshot && !snapshot.status.isEmpty()
                            ? tr("HTTP %1 (status \"%2\")", "sources: apisource").arg(o.httpStatus).arg(snapshot.status)
                            : tr("HTTP %1", "sources: apisource").arg(o.httpStatus);
    } else if (!haveSnapshot) {
        result.health = Health::Down;
        result.reason = bodyProblem;
    } else {
        // Services the API itself reports as not healthy, for the reason.
        QStringList sick;
        auto note = [&](const QString& name, const QString& state) {
            if (!state.isEmpty() && state != QLatin1String("healthy") && state != QLatin1String("ok"))
                sick.append(tr("%1: %2", "service: state").arg(name, state));
        };
        note(QStringLiteral("database"), snapshot.database);
        note(QStringLiteral("redis"), snapshot.redis);
        for (auto it = snapshot.otherServices.cbegin(); it != snapshot.otherServices.cend(); ++it)
            note(it.key(), it.value());
        const QString details = sick.join(QStringLiteral(", "));

        if (snapshot.status == QLatin1String("healthy") || snapshot.status == QLatin1String("ok")) {
            result.health = sick.isEmpty() ? Health::Ok : Health::Degraded;
            result.reason = sick.isEmpty() ? QString() : tr("healthy, but %1", "sources: apisource: error or status fragment, shown after “…: ” in a longer message").arg(details);
        } else if (snapshot.status == QLatin1String("degraded")) {
            result.health = Health::Degraded;
            result.reason = details.isEmpty() ? tr("the API reports degraded") : tr("the API reports degraded (%1)").arg(details);
        } else if (snapshot.status == QLatin1String("unhealthy")) {
            result.health = Health::Down;
            result.reason = details.isEmpty() ? tr("the API reports unhealthy") : tr("the API reports unhealthy (%1)").arg(details);
        } else if (snapshot.status.isEmpty()) {
            result.health = Health::Degraded;
            result.reason = tr("the answer has no \"status\"");
        } else {
            result.health = Health::Degraded;
            result.reason = tr("unknown status \"%1\"", "sources: apisource: error or status fragment, shown after “…: ” in a longer message").arg(snapshot.status);
        }
    }

    if (haveSnapshot) {
        if (snapshot.version.isEmpty())
            snapshot.version = m_versionText;
        snapshot.latencyMs = o.latencyMs;
        snapshot.checkedAt = result.checkedAt;
        snapshot.httpStatus = o.httpStatus;
        m_snapshot = snapshot;
    }

    const bool failed = result.health == Health::Down;
    const int before = m_failures;
    m_failures = failed ? m_failures + 1 : 0;
    if (failed)
        qCInfo(lcApi) << "API check failed:" << result.reason << "consecutive failures:" << m_failures;

    m_schedule->checkFinished(!failed);
    if (haveSnapshot)
        Q_EMIT snapshotReady(m_snapshot);
    report(result);
    if (before != m_failures)
        Q_EMIT consecutiveFailuresChanged(m_failures);
}

} // namespace Ops
