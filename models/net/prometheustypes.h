#pragma once

#include "models/net/apirequest.h"
#include "models/core/health.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Ops {

/// How one call to Prometheus' HTTP API went: the envelope's status, errorType and error in words,
/// warnings kept. Transport failures (refused, timeout, cap) land here too.
struct PromStatus
{
    bool ok = false;
    HttpOutcome::Failure transport = HttpOutcome::Failure::None;
    int httpStatus = 0;
    QString errorType;   ///< Prometheus' errorType (timeout, canceled, execution, bad_data, internal,
                         ///< unavailable, not_found), empty for transport or format failures
    QString error;       ///< translated words for the operator; empty when ok
    QStringList warnings;
    qint64 latencyMs = -1;
};

using PromLabels = QMap<QString, QString>;

/// One series of a query result; points are (milliseconds since the epoch UTC, value).
struct PromSeries
{
    PromLabels labels;
    QVector<QPointF> points;
};

enum class PromResultType { None, Vector, Matrix, Scalar, String };

struct PromQueryResult
{
    PromStatus status;
    PromResultType type = PromResultType::None;
    QVector<PromSeries> series; ///< a scalar is one series without labels and one point
    qint64 stepMs = 0;          ///< query_range: the step actually asked for (after clamping)

    /// A successful answer without any series: NO DATA, not an error.
    bool noData() const { return status.ok && series.isEmpty(); }
};

struct PromAlert
{
    enum class State { Inactive, Pending, Firing };
    QString name;       ///< the alertname label
    State state = State::Inactive;
    PromLabels labels;
    PromLabels annotations;
    QString summary;    ///< annotations["summary"]
    QDateTime activeAt; ///< invalid when never active
    double value = 0;
};

struct PromAlertsResult
{
    PromStatus status;
    QVector<PromAlert> alerts;
};

struct PromRule
{
    QString group;
    QString name;
    QString type;       ///< "alerting" or "recording"
    QString query;
    PromAlert::State state = PromAlert::State::Inactive; ///< alerting rules only
    QString health;     ///< "ok", "err", "unknown"
    QString lastError;
    double durationSeconds = 0; ///< the rule's `for:`
    PromLabels labels;
    PromLabels annotations;
    int activeAlerts = 0;
};

struct PromRulesResult
{
    PromStatus status;
    QVector<PromRule> rules;
};

struct PromTarget
{
    enum class State { Unknown, Up, Down };
    QString job;
    QString instance;
    QString scrapePool;
    QString scrapeUrl;
    State health = State::Unknown;
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDurationMs = 0;
    PromLabels labels;
};

struct PromTargetsResult
{
    PromStatus status;
    QVector<PromTarget> targets;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::PromStatus)
Q_DECLARE_METATYPE(Ops::PromSeries)
Q_DECLARE_METATYPE(Ops::PromQueryResult)
Q_DECLARE_METATYPE(Ops::PromAlert)
Q_DECLARE_METATYPE(Ops::PromAlertsResult)
Q_DECLARE_METATYPE(Ops::PromRule)
Q_DECLARE_METATYPE(Ops::PromRulesResult)
Q_DECLARE_METATYPE(Ops::PromTarget)
Q_DECLARE_METATYPE(Ops::PromTargetsResult)
