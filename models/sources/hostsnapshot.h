#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cmath>

namespace Ops {

/// Disk and memory use of the stack's host from node_exporter (through Prometheus).
/// NaN means "no figure" (absent is not zero).
struct HostSnapshot
{
    double diskUsedPercent = std::nan("");
    QString diskInstance;     ///< the node_exporter instance with the fullest root disk
    double memoryUsedPercent = std::nan("");
    QString memoryInstance;
    QDateTime checkedAt;      ///< UTC
    qint64 latencyMs = -1;

    bool hasDisk() const { return !std::isnan(diskUsedPercent); }
    bool hasMemory() const { return !std::isnan(memoryUsedPercent); }
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::HostSnapshot)
