#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Ops {

/// One container as `docker compose ps` reports it.
struct ContainerInfo
{
    QString name;     ///< "fragrance-app-1" (v2) or "fragrance_app_1" (v1)
    QString service;  ///< "app"
    QString state;    ///< lower case: running, exited, restarting, paused, created, dead, removing
    QString health;   ///< healthy, unhealthy, starting, or empty without a healthcheck
    QString image;    ///< "ghcr.io/fragrance/app:1.4.2"; empty when the output does not say (v1)
    QString imageTag; ///< "1.4.2", "sha256:…" for a digest, "latest" when untagged; empty without image
    QString status;   ///< human text: "Up 2 hours (healthy)", "Exit 1"
    int exitCode = 0;

    bool isRunning() const { return state == QLatin1String("running"); }
    bool operator==(const ContainerInfo&) const = default;
};

/// All containers of one service, summed up.
struct ServiceReplicas
{
    QString service;
    int running = 0;
    int total = 0;
    QMap<QString, int> states; ///< state -> number of containers in it
    QString health;   ///< worst of the containers: unhealthy > starting > healthy; empty when none has a check
    QString imageTag; ///< the common tag, or the distinct tags joined by ", " during a rollout
    /// Kubernetes: the application's container of the deployment's pod template (the one named like the
    /// deployment, else the first) and its image ("registry/app:0.2.0"); empty for Compose.
    QString container;
    QString image;

    bool allRunning() const { return total > 0 && running == total; }
    bool operator==(const ServiceReplicas&) const = default;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ContainerInfo)
Q_DECLARE_METATYPE(Ops::ServiceReplicas)
