#pragma once

#include "models/net/httpclient.h"
#include "models/profiles/connectionprofile.h"
#include "models/rollback/rollbackdecision.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Ops {

class OrchestratorSource;
class PrometheusClient;

/// Gathers the decision tree's evidence from the live stack, all at once and each with a deadline:
/// the 5xx share and p95 from Prometheus (p95 also at the baseline instant before the deploy), the
/// database state from the API's /health, and the failing share of worker containers from the
/// orchestrator. What cannot be measured stays unknown. Never blocks.
class RollbackAssessor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackAssessor)

public:
    /// Asks Prometheus and the API through `http`; reads the containers from `orchestrator` (the session's
    /// status source; null: a source of its own, set up by setProfile()).
    explicit RollbackAssessor(HttpClient* http, OrchestratorSource* orchestrator = nullptr, QObject* parent = nullptr);
    ~RollbackAssessor() override;

    void setProfile(const ConnectionProfile& profile);
    /// Range of the rate() windows (default "5m", the runbook's queries).
    void setRateWindow(const QString& window) { m_window = window; }
    QString rateWindow() const { return m_window; }
    /// The instant whose p95 is the baseline (before the deploy); invalid (default): one minute before the
    /// deploy, dated from Prometheus' build_info{version}: the last sample of another build in the last
    /// 6 hours, or else the first sample of the running one.
    void setBaselineTime(const QDateTime& when) { m_baselineTime = when; }
    /// Deadline of each request (default 5 s).
    void setDeadline(int ms) { m_deadlineMs = ms; }

    /// assessed() follows (within the deadline).
    void assess(bool dataCorruption);
    bool isBusy() const { return m_pending > 0; }
    QDateTime baselineUsed() const { return m_baselineUsed; }
    /// When the running build was deployed (invalid: unknown), and which it is.
    QDateTime deployedAt() const { return m_deployedAt; }
    QString deployedVersion() const { return m_deployedVersion; }

    /// The runbook's 5xx share in percent over `window`.
    static QString errorPercentQuery(const QString& window);
    static QString p95Query(const QString& window);

Q_SIGNALS:
    void assessed(const Ops::RollbackEvidence& evidence, const Ops::RollbackRecommendation& recommendation);

private:
    void done();

    ConnectionProfile m_profile;
    QString m_window = QStringLiteral("5m");
    QDateTime m_baselineTime;
    QDateTime m_baselineUsed;
    QDateTime m_deployedAt;
    QString m_deployedVersion;
    int m_deadlineMs = 5000;
    QPointer<HttpClient> m_http;
    PrometheusClient* m_prometheus;
    QPointer<OrchestratorSource> m_orchestrator;
    bool m_ownsOrchestrator = false;
    int m_pending = 0;
    quint64 m_generation = 0;
    RollbackEvidence m_evidence;
};

} // namespace Ops
