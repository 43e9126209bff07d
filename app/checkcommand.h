#pragma once

#include "models/core/health.h"
#include "models/sources/alertmanagersource.h"
#include "models/sources/prometheussnapshot.h"

#include <QList>
#include <QStringList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Ops {

class ConsoleContext;
class Source;

/// `opsconsole --check [--json] [--ignore-alerts]`: runs every health check of the active profile once,
/// reads the stack's alerts (Prometheus' /api/v1/alerts and, when the profile names one, Alertmanager's
/// /api/v2/alerts: silenced alerts are listed, never counted as firing), prints the results (text or
/// JSON) and exits with one of the codes below. It stands in for the runbook's
/// `scripts/pre_deployment_check.py`.
/// A profile naming a program that is not approved on this
/// workstation runs no program: the other checks run, and the exit code is UnapprovedPrograms.
class CheckCommand final : public QObject
{
    Q_OBJECT

public:
    /// The exit codes of `--check` (also in `--help` and the README).
    enum ExitCode {
        Healthy = 0,       ///< every check passed and no critical alert fires
        ChecksFailed = 1,  ///< a check failed or did not answer in time (alerts aside)
        UsageError = 2,    ///< bad command line or no usable profile: nothing was checked
        CriticalAlert = 3, ///< every check passed, but a critical alert fires (not with --ignore-alerts)
        UnapprovedPrograms = 4, ///< the profile names a program not approved on this workstation: none ran
    };

    CheckCommand(ConsoleContext& context, bool json, QObject* parent = nullptr);
    /// Alerts are printed but decide nothing: the exit code before alerts counted (--ignore-alerts).
    void setIgnoreAlerts(bool ignore) { m_ignoreAlerts = ignore; }
    void start();

private:
    void finish();

    ConsoleContext& m_context;
    bool m_json;
    bool m_ignoreAlerts = false;
    QList<Source*> m_sources;
    QList<Source*> m_pending;
    std::optional<PrometheusSnapshot> m_prometheus;
    std::optional<AlertmanagerSnapshot> m_alertmanager;
    QTimer m_deadline;
    QStringList m_unapproved;
    bool m_done = false;
};

} // namespace Ops
