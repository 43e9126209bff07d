#include "models/rollback/rollbackassessor.h"

#include "models/metrics/runbookqueries.h"
#include "models/net/httpclient.h"
#include "models/stack/orchestrator.h"
#include "models/sources/apihealthsnapshot.h"
#include "models/net/apirequest.h"
#include "models/sources/orchestratorsource.h"
#include "models/net/prometheusclient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Ops {

namespace {

std::optional<double> scalarOf(const PromQueryResult& r)
{
    if (!r.status.ok || r.series.isEmpty() || r.series.first().points.isEmpty())
        return std::nullopt;
    const double v = r.series.first().points.last().y();
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

/// Why scalarOf() had nothing (translated), for the branch that stays unknown.
QString whyMissing(const PromQueryResult& r)
{
    if (!r.status.ok)
        return RollbackAssessor::tr("Prometheus: %1", "rollback: why a figure is missing; %1 is the error").arg(r.status.error);
    return RollbackAssessor::tr("no data from Prometheus", "rollback: why a figure is missing");
}

} // namespace

RollbackAssessor::RollbackAssessor(HttpClient* http, OrchestratorSource* orchestrator, QObject* parent)
    : QObject(parent), m_http(http), m_prometheus(new PrometheusClient(http, this)),
      m_orchestrator(orchestrator ? orchestrator : new OrchestratorSource(this)),
      m_ownsOrchestrator(orchestrator == nullptr)
{
    qRegisterMetaType<Ops::RollbackEvidence>();
    qRegisterMetaType<Ops::RollbackRecommendation>();
}

RollbackAssessor::~RollbackAssessor() = default;

void RollbackAssessor::setProfile(const ConnectionProfile& profile)
{
    m_profile = profile;
    if (m_ownsOrchestrator)
        m_orchestrator->setProfile(profile);
}

QString RollbackAssessor::errorPercentQuery(const QString& window)
{
    return RunbookQueries::errorPercent(window);
}

QString RollbackAssessor::p95Query(const QString& window)
{
    return RunbookQueries::latencyQuantile(0.95, window);
}

void RollbackAssessor::assess(bool dataCorruption)
{
    const quint64 generation = ++m_generation;
    m_evidence = RollbackEvidence();
    m_deployedAt = QDateTime();
    m_deployedVersion.clear();
    m_evidence.dataCorruption = dataCorruption;
    m_pending = 5;
    m_prometheus->setDeadline(m_deadlineMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_baselineUsed = m_baselineTime;

    const auto settle = [this, generation] {
        if (generation == m_generation && --m_pending == 0)
            done();
    };
    m_prometheus->query(errorPercentQuery(m_window), now, this, [this, settle](const PromQueryResult& r) {
        m_evidence.errorPercent = scalarOf(r);
        if (!m_evidence.errorPercent)
            m_evidence.errorPercentWhy = whyMissing(r);
        settle();
    });
    m_prometheus->query(p95Query(m_window), now, this, [this, settle](const PromQueryResult& r) {
        m_evidence.p95Seconds = scalarOf(r);
        if (!m_evidence.p95Seconds)
            m_evidence.p95Why = whyMissing(r);
        settle();
    });
    const auto baseline = [this, settle](const QDateTime& at) {
        m_baselineUsed = at;
        m_prometheus->query(p95Query(m_window), at, this, [this, settle](const PromQueryResult& r) {
            m_evidence.p95BaselineSeconds = scalarOf(r);
            if (!m_evidence.p95BaselineSeconds)
                m_evidence.baselineWhy = whyMissing(r);
            settle();
        });
    };
    if (m_baselineTime.isValid()) {
        baseline(m_baselineTime);
    } else {
        // The deploy: when the running build (build_info{version}) was first seen in the last 6 h; the
        // baseline is the p95 one minute before it.
        m_prometheus->query(
            RunbookQueries::appBuildInfo(), now, this,
            [this, settle, baseline, now](const PromQueryResult& r) {
                const QString version = r.status.ok && !r.series.isEmpty()
                                            ? r.series.first().labels.value(QStringLiteral("version"))
                                            : QString();
                if (!Orchestrator::isValidVersion(version)) {
                    m_evidence.baselineWhy = r.status.ok ? tr("Prometheus does not know the running build", "rollback: why a figure is missing")
                                                         : whyMissing(r);
                    settle();
                    return;
                }
                m_deployedVersion = version;
                // The deploy: the last time another build answered (the previous one's last sample); without
                // one in the last 6 h, when this build was first seen.
                const QString previous = RunbookQueries::previousBuildLastSeen(version);
                const QString first = RunbookQueries::buildFirstSeen(version);
                const auto dated = [this, settle, baseline](const PromQueryResult& f) {
                    const std::optional<double> seconds = scalarOf(f);
                    if (!seconds) {
                        m_evidence.baselineWhy = whyMissing(f);
                        settle();
                        return false;
                    }
                    m_deployedAt = QDateTime::fromSecsSinceEpoch(qint64(*seconds), Qt::UTC);
                    baseline(m_deployedAt.addSecs(-60));
                    return true;
                };
                m_prometheus->query(previous, now, this,
                                    [this, dated, first, now, settle](const PromQueryResult& p) {
                                        if (scalarOf(p)) {
                                            dated(p);
                                            return;
                                        }
                                        // Only "no other build in 6 h" dates the deploy by this build's
                                        // first sample; a failed query (a deadline on a loaded server)
                                        // leaves the deploy undated rather than dated wrong.
                                        if (!p.status.ok) {
                                            m_evidence.baselineWhy = whyMissing(p);
                                            settle();
                                            return;
                                        }
                                        m_prometheus->query(first, now, this,
                                                            [dated](const PromQueryResult& f) { dated(f); });
                                    });
            });
    }

    ApiRequest* health = m_http->get(HttpService::Api, QStringLiteral("/health"), {}, this, m_deadlineMs);
    connect(health, &ApiRequest::finished, this, [this, settle](const HttpOutcome& outcome) {
        const QJsonObject body = QJsonDocument::fromJson(outcome.body).object();
        if (outcome.transferred() && !body.isEmpty()) {
            const ApiHealthSnapshot snapshot = ApiHealthSnapshot::fromJson(body);
            if (!snapshot.database.isEmpty()) {
                m_evidence.databaseErrors = snapshot.database != QLatin1String("healthy");
                m_evidence.databaseDetail = body.value(QStringLiteral("errors"))
                                                .toObject()
                                                .value(QStringLiteral("database"))
                                                .toString();
            } else {
                m_evidence.databaseWhy = tr("the API's /health does not report the database", "rollback: why a figure is missing");
            }
        } else {
            m_evidence.databaseWhy = outcome.transferred()
                                         ? tr("the API's /health answered HTTP %1 without JSON", "rollback: why a figure is missing").arg(outcome.httpStatus)
                                         : tr("API: %1", "rollback: why a figure is missing; %1 is the error").arg(outcome.reason);
        }
        settle();
    });

    if (m_ownsOrchestrator)
        m_orchestrator->setTimeout(m_deadlineMs * 2);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_orchestrator, &OrchestratorSource::checked, this,
                          [this, settle, connection](const CheckResult& result) {
                              disconnect(*connection);
                              if (result.health != Health::Down && result.health != Health::Unknown) {
                                  int total = 0;
                                  int failing = 0;
                                  for (const ContainerInfo& c : m_orchestrator->lastSnapshot().containers) {
                                      if (!c.service.startsWith(QLatin1String("worker")))
                                          continue;
                                      ++total;
                                      if (!c.isRunning() || c.health == QLatin1String("unhealthy"))
                                          ++failing;
                                  }
                                  if (total > 0)
                                      m_evidence.workerFailurePercent = 100.0 * failing / total;
                                  else
                                      m_evidence.workersWhy = tr("the orchestrator lists no worker containers", "rollback: why a figure is missing");
                              } else {
                                  m_evidence.workersWhy = tr("orchestrator: %1", "rollback: why a figure is missing; %1 is the error").arg(result.reason);
                              }
                              settle();
                          });
    m_orchestrator->refresh();
}

void RollbackAssessor::done()
{
    Q_EMIT assessed(m_evidence, RollbackDecisionTree::evaluate(m_evidence));
}

} // namespace Ops
