#pragma once

#include "models/stack/containerinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Ops {

/// Reads `kubectl get deployments -o json` into the same per-service summary as `docker compose ps`,
/// so the dashboard, the scale dialog and the rollback wizard see a cluster like a compose stack:
/// a deployment is a service, its wanted replicas the total, its ready replicas the running ones.
class KubectlDeploymentsParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::KubectlDeploymentsParser)

public:
    struct Result
    {
        bool ok = false;
        QString error; ///< translated
        QVector<ServiceReplicas> services; ///< sorted by name
    };

    static Result parse(const QByteArray& output);
};

} // namespace Ops
