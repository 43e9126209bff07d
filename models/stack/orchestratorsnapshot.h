#pragma once

#include "models/stack/composepsparser.h"
#include "models/stack/containerinfo.h"

#include <QDateTime>
#include <QMetaType>
#include <QVector>

namespace Ops {

/// The containers of the stack and their per-service summary, from one `docker compose ps`.
struct OrchestratorSnapshot
{
    QVector<ContainerInfo> containers;
    QVector<ServiceReplicas> services; ///< sorted by service
    ComposePsParser::Format format = ComposePsParser::Format::Empty;
    QDateTime checkedAt; ///< UTC

    /// The summary of one service; an entry with total 0 when the service has no container.
    ServiceReplicas service(const QString& name) const
    {
        for (const ServiceReplicas& entry : services) {
            if (entry.service == name)
                return entry;
        }
        ServiceReplicas none;
        none.service = name;
        return none;
    }
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::OrchestratorSnapshot)
