#pragma once

#include "models/health/checkstep.h"
#include "models/health/healthschedule.h"
#include "models/health/scalehint.h"
#include "models/health/servicestatus.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Ops {

class AlertsModel;
class ServiceStatusModel;
class Source;
struct SourceSet;

/// The runbook's Health Check Procedures, always on: runs the sources of the active profile (built by
/// the session, which owns them) on the profile's HealthSchedule, and turns their answers into the service status
/// and alerts models the dashboard, tray and status bar show. Lives on the GUI thread and never
/// blocks it: every source is asynchronous with its own deadline.
class HealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    explicit HealthMonitor(QObject* parent = nullptr);
    ~HealthMonitor() override;

    /// The sources of a new profile (owned by the session) and its schedule; the models start afresh.
    void setSources(const SourceSet& set, const HealthSchedule& schedule);
    /// No profile: no sources, empty models.
    void clear();

    ServiceStatusModel* services() const { return m_services; }
    AlertsModel* alerts() const { return m_alerts; }
    QList<ScaleHint> scaleHints() const { return m_hints; }
    const HealthSchedule& schedule() const { return m_schedule; }
    /// True once every source has answered at least once (good or bad).
    bool hasFirstData() const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Runs every check now, outside the schedule ("Check now").
    void checkNow();
    /// The runbook's Comprehensive Health Check, step by step in the runbook's order, then the alerts;
    /// answers with comprehensiveCheckFinished() once every step has a result or its deadline passed.
    void runComprehensiveCheck();

    /// The figures the runbook scales on, as known now (absent keys: not known): p95_ms, cpu_pct,
    /// error_pct, queue_<name> (Celery queue lengths) and running_<service> replicas. Captured by the
    /// scale dialog before and after a change and written into the audit entry.
    QJsonObject scaleMetrics() const;

    /// Sources of the active profile (for tests and --check).
    QList<Source*> sources() const { return m_sources; }

Q_SIGNALS:
    void firstDataArrived();
    void scaleHintsChanged(const QList<Ops::ScaleHint>& hints);
    /// The steps of a comprehensive check, in the runbook's order, none done yet.
    void comprehensiveCheckStarted(const QList<Ops::CheckStep>& steps);
    /// One step has its result (steps finish in any order; `step.id` says which).
    void comprehensiveCheckProgress(const Ops::CheckStep& step);
    /// Every step has its result, in the runbook's order (checkVerdict() gives the one verdict).
    void comprehensiveCheckFinished(const QList<Ops::CheckStep>& steps);
    /// A service turned from healthy (or unknown) to Down/Degraded: one notification per change.
    void serviceTurnedUnhealthy(const Ops::ServiceStatus& status);

private:
    void clearSources();
    void setStatus(const ServiceStatus& status);
    void evaluateThresholds();
    void ageTick();
    CheckResult alertsStepResult(const QList<CheckResult>& sourceResults) const;
    QString alertsStepDetail() const;
    void checkApiEndpoints(int index, const CheckResult& health, const QString& detail,
                           const std::function<void(int, const CheckResult&, const QString&)>& done);

    ServiceStatusModel* m_services;
    AlertsModel* m_alerts;
    HealthSchedule m_schedule;
    QList<Source*> m_sources;
    QList<ScaleHint> m_hints;
    QTimer m_ageTimer;
    bool m_running = false;
    bool m_firstDataAnnounced = false;
    bool m_hasProfile = false;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ops
