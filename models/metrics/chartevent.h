#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ops::Metrics {

/// Something that happened at one instant and is drawn on every chart as a vertical marker
/// (a deploy, a scale-up, a rollback: who did what). Fed later by the audit trail.
struct ChartEvent
{
    QDateTime at;
    QString kind; ///< e.g. "scale", "rollback", "deploy"; picks the marker's colour
    QString text; ///< shown as the marker's tooltip, already in the operator's words

    bool operator==(const ChartEvent&) const = default;
};

} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::ChartEvent)
