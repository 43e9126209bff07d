#include "models/health/scalehint.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ops {

QString ScaleHint::text() const
{
    const QLocale l;
    const auto num = [&](double v, int decimals = 0) { return l.toString(v, 'f', decimals); };
    switch (kind) {
    case Kind::AppLatency:
        return QCoreApplication::translate("Ops::ScaleHint", "API p95 response time is %1 ms (over %2 ms): scale up app.")
            .arg(num(value), num(threshold));
    case Kind::AppCpu:
        return QCoreApplication::translate("Ops::ScaleHint", "App CPU is %1 % (over %2 %): scale up app.")
            .arg(num(value, 1), num(threshold));
    case Kind::RequestQueue:
        return QCoreApplication::translate("Ops::ScaleHint", "Request queue holds %1 (over %2): scale up app.")
            .arg(num(value), num(threshold));
    case Kind::LlmQueue:
        return QCoreApplication::translate("Ops::ScaleHint", "LLM queue holds %1 tasks (over %2): scale up worker-llm.")
            .arg(num(value), num(threshold));
    case Kind::LlmWait:
        return QCoreApplication::translate("Ops::ScaleHint", "Average LLM wait is %1 s (over %2 s): scale up worker-llm.")
            .arg(num(value, 1), num(threshold));
    case Kind::TrainingBacklog:
        return QCoreApplication::translate("Ops::ScaleHint", "Training backlog is %1 jobs (over %2): scale up worker-rl.")
            .arg(num(value), num(threshold));
    }
    return {};
}

} // namespace Ops
