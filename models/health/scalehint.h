#pragma once

#include <QMetaType>
#include <QString>

namespace Ops {

/// One of the runbook's "When to scale" signals that currently holds, with its evidence.
struct ScaleHint
{
    enum class Kind { AppLatency, AppCpu, RequestQueue, LlmQueue, LlmWait, TrainingBacklog };
    Kind kind = Kind::AppLatency;
    QString service;   ///< the service the runbook says to scale (app, worker-llm, worker-rl)
    double value = 0;  ///< what was measured
    double threshold = 0;

    /// Translated sentence: what holds and what the runbook suggests.
    QString text() const;
    bool operator==(const ScaleHint&) const = default;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ScaleHint)
