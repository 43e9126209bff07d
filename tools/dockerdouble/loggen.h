#pragma once

#include "containers.h"

#include <QByteArray>
#include <QString>

/// Plausible log lines per service (uvicorn, Celery, nginx, PostgreSQL, Redis, Prometheus,
/// Grafana) at levels INFO / WARNING / ERROR, with timeouts now and then. The share of
/// warnings and errors follows the scenario.
namespace Dbl {

class LogGenerator
{
public:
    explicit LogGenerator(const QString& scenario, bool badDeploy);

    /// One line (without prefix or newline) that container c printed at timeMs.
    QByteArray line(const Container& c, qint64 timeMs);

private:
    QByteArray appLine(qint64 timeMs);
    QByteArray workerLine(const Container& c, qint64 timeMs);
    QByteArray nginxLine(qint64 timeMs);
    QByteArray postgresLine(qint64 timeMs);
    QByteArray redisLine(qint64 timeMs);
    QByteArray otherLine(const Container& c, qint64 timeMs);
    /// 0 = INFO, 1 = WARNING, 2 = ERROR
    int level();

    double m_warn = 0.05;
    double m_error = 0.01;
    bool m_timeouts = false;
};

} // namespace Dbl
