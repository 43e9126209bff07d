#pragma once

#include "models/net/prometheustypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QVector>

namespace Ops {

/// One check of Prometheus itself: is it ready, which alerts are pending or firing, how are
/// its scrape targets.
struct PrometheusSnapshot
{
    bool ready = false;
    PromStatus alertsStatus;          ///< alerts may fail while Prometheus is ready
    QVector<PromAlert> alerts;
    PromStatus targetsStatus;
    QVector<PromTarget> targets;
    QDateTime checkedAt;              ///< UTC
    qint64 latencyMs = -1;            ///< of the readiness call

    int firingCount() const;
    int pendingCount() const;
    int targetsDown() const;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::PrometheusSnapshot)
