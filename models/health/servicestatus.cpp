#include "models/health/servicestatus.h"

#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ops {

QStringList runbookServices()
{
    return {QStringLiteral("app"),        QStringLiteral("nginx"),      QStringLiteral("postgres"),
            QStringLiteral("redis"),      QStringLiteral("worker-llm"), QStringLiteral("worker-rl"),
            QStringLiteral("prometheus"), QStringLiteral("grafana")};
}

bool answerOverdue(const ServiceStatus& status, const QDateTime& now)
{
    return status.staleAfterSec > 0 && status.lastAnswer.isValid() &&
           status.lastAnswer.msecsTo(now) > qint64(status.staleAfterSec) * 1000;
}

QString answerAgeText(const ServiceStatus& status, const QDateTime& now)
{
    if (!status.lastAnswer.isValid())
        return status.lastCheck.isValid()
                   ? QCoreApplication::translate("Ops::ServiceStatus", "No answer yet", "service tile: the source never answered")
                   : QCoreApplication::translate("Ops::ServiceStatus", "Not checked yet", "service tile");
    if (answerOverdue(status, now))
        return QCoreApplication::translate("Ops::ServiceStatus", "No answer for %1 (expected every %2)",
                                           "service tile: the last answer is overdue")
            .arg(Format::duration(status.lastAnswer.msecsTo(now) / 1000 * 1000),
                 Format::duration(qint64(status.expectedEverySec) * 1000));
    return QCoreApplication::translate("Ops::ServiceStatus", "Answered %1", "service tile: age of the last answer, e.g. “12 s ago”")
        .arg(Format::age(status.lastAnswer, now));
}

} // namespace Ops
