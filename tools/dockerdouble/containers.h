#pragma once

#include "simstate.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

/// The containers `docker compose ps` would list for the shared state.
namespace Dbl {

struct Container
{
    QString name;
    QString service;
    int number = 1;
    QString state; ///< running | exited
    QString health; ///< healthy | unhealthy | "" (no healthcheck)
    QString image;
    QString id;
    QString command;
    QString ports;
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
    int exitCode = 0;
    QString project;

    QString status(qint64 nowMs) const;
    QJsonObject toComposeJson(qint64 nowMs, const QString& configFile) const;
};

/// Containers of the given services (all when empty); removed ones never, exited ones with all.
QVector<Container> containersOf(const Sim::StackState& state, const QString& project, bool v1,
                                const QStringList& services, bool all);

/// go-units HumanDuration, as Docker prints "Up 3 hours" and "3 hours ago".
QString humanDuration(qint64 ms);
QString dockerTimestamp(qint64 ms); ///< "2025-11-26 14:43:00 +0000 UTC"
QString truncatedCommand(const QString& command);

} // namespace Dbl
