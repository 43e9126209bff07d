#pragma once

#include "models/stack/containerinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QJsonObject>
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

    /// The most output parse() reads (4 MiB, half the runner's cap: an output cut short is refused for
    /// its size); `kubectl get deployments -o json` prints a few KiB per deployment.
    static constexpr qsizetype kMaxOutputBytes = 4 * 1024 * 1024;

    static Result parse(const QByteArray& output);

    struct Container
    {
        QString name;
        QString image;      ///< as the spec says it: "registry/app:0.2.0" or "…@sha256:…"
        QString repository; ///< the image without its tag or digest: "registry/app"
    };
    /// The application's container of one item of the list: the one named like the deployment, else the
    /// first of its pod template (sidecars keep their own images). Empty when the spec has none.
    static Container applicationContainer(const QJsonObject& deployment);
    /// "registry:5000/app:0.2.0" → "registry:5000/app"; a digest is cut too.
    static QString repositoryOf(const QString& image);
};

} // namespace Ops
