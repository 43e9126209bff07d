#include "models/rollback/rollbackdecision.h"

#include "models/core/formatting.h"

namespace Ops {

namespace {

int weight(RollbackPath path)
{
    switch (path) {
    case RollbackPath::None:
        return 0;
    case RollbackPath::WorkersOnly:
        return 1;
    case RollbackPath::Quick:
        return 2;
    case RollbackPath::Full:
        return 3;
    }
    return 0;
}

QString percent(double value)
{
    return Format::percent(value, 1); // "5.3 %", Korean "5.3%"
}

} // namespace

QString RollbackDecisionTree::pathName(RollbackPath path)
{
    switch (path) {
    case RollbackPath::None:
        return tr("No rollback", "rollback: rollbackdecision");
    case RollbackPath::Quick:
        return tr("Quick rollback (image version)");
    case RollbackPath::Full:
        return tr("Full rollback with database restore");
    case RollbackPath::WorkersOnly:
        return tr("Quick rollback, workers only");
    }
    return QString();
}

QString RollbackDecisionTree::pathKey(RollbackPath path)
{
    switch (path) {
    case RollbackPath::None:
        return QStringLiteral("none");
    case RollbackPath::Quick:
        return QStringLiteral("quick");
    case RollbackPath::Full:
        return QStringLiteral("full");
    case RollbackPath::WorkersOnly:
        return QStringLiteral("workers");
    }
    return QString();
}

RollbackPath RollbackDecisionTree::pathFromKey(const QString& key)
{
    if (key == QLatin1String("quick"))
        return RollbackPath::Quick;
    if (key == QLatin1String("full"))
        return RollbackPath::Full;
    if (key == QLatin1String("workers"))
        return RollbackPath::WorkersOnly;
    return RollbackPath::None;
}

RollbackRecommendation RollbackDecisionTree::evaluate(const RollbackEvidence& e)
{
    RollbackRecommendation r;
    const auto unknownBecause = [](const QString& why) {
        return why.isEmpty()
                   ? tr("unknown (not measured)", "rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message")
                   : tr("unknown: %1", "rollback: rollbackdecision: evidence of a branch that could not be evaluated; %1 says why").arg(why);
    };

    RollbackBranch api;
    api.id = RollbackBranch::Id::ApiErrors;
    api.path = RollbackPath::Quick;
    api.condition = tr("API errors (5xx) > 5 %");
    api.known = e.errorPercent.has_value();
    api.triggered = api.known && *e.errorPercent > kErrorPercent;
    api.evidence = api.known ? tr("5xx share %1", "rollback: rollbackdecision").arg(percent(*e.errorPercent))
                             : unknownBecause(e.errorPercentWhy);
    r.branches.append(api);

    RollbackBranch db;
    db.id = RollbackBranch::Id::DatabaseErrors;
    db.path = RollbackPath::Full;
    db.condition = tr("Database errors", "rollback: rollbackdecision");
    db.known = e.databaseErrors.has_value();
    db.triggered = db.known && *e.databaseErrors;
    if (!db.known)
        db.evidence = unknownBecause(e.databaseWhy);
    else if (db.triggered)
        db.evidence = e.databaseDetail.isEmpty() ? tr("the API reports the database unhealthy")
                                                 : tr("the API reports: %1", "rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message").arg(e.databaseDetail);
    else
        db.evidence = tr("the API reports the database healthy");
    r.branches.append(db);

    RollbackBranch perf;
    perf.id = RollbackBranch::Id::Performance;
    perf.path = RollbackPath::Quick;
    perf.condition = tr("Performance degradation (p95 at least 2× the baseline)");
    perf.known = e.p95Seconds.has_value() && e.p95BaselineSeconds.has_value() && *e.p95BaselineSeconds > 0;
    perf.triggered = perf.known && *e.p95Seconds >= kSlowdownFactor * *e.p95BaselineSeconds;
    if (perf.known)
        perf.evidence = tr("p95 %1 ms, %2 ms before the deploy (%3)", "%3 is a factor such as 2.4×")
                            .arg(*e.p95Seconds * 1000, 0, 'f', 0)
                            .arg(*e.p95BaselineSeconds * 1000, 0, 'f', 0)
                            .arg(Format::factor(*e.p95Seconds / *e.p95BaselineSeconds));
    else if (e.p95Seconds)
        perf.evidence = e.baselineWhy.isEmpty()
                            ? tr("p95 %1 ms, no baseline from before the deploy").arg(*e.p95Seconds * 1000, 0, 'f', 0)
                            : tr("p95 %1 ms, no baseline from before the deploy (%2)")
                                  .arg(*e.p95Seconds * 1000, 0, 'f', 0)
                                  .arg(e.baselineWhy);
    else
        perf.evidence = unknownBecause(e.p95Why);
    r.branches.append(perf);

    RollbackBranch workers;
    workers.id = RollbackBranch::Id::WorkerFailures;
    workers.path = RollbackPath::WorkersOnly;
    workers.condition = tr("Worker failures > 50 %");
    workers.known = e.workerFailurePercent.has_value();
    workers.triggered = workers.known && *e.workerFailurePercent > kWorkerFailurePercent;
    workers.evidence = workers.known
                           ? tr("%1 of the worker containers failing").arg(percent(*e.workerFailurePercent))
                           : unknownBecause(e.workersWhy);
    r.branches.append(workers);

    RollbackBranch data;
    data.id = RollbackBranch::Id::DataCorruption;
    data.path = RollbackPath::Full;
    data.condition = tr("Data corruption (declared by the operator)");
    data.known = true;
    data.triggered = e.dataCorruption;
    data.evidence = e.dataCorruption ? tr("declared", "rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message") : tr("not declared", "rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message");
    r.branches.append(data);

    for (const RollbackBranch& b : std::as_const(r.branches)) {
        if (b.triggered && weight(b.path) > weight(r.path))
            r.path = b.path;
    }
    r.investigate = e.dataCorruption;
    // An unknown branch that could have led further than what fires leaves the verdict open: "no
    // rollback" (or a lighter one) would rest on evidence nobody saw.
    for (const RollbackBranch& b : std::as_const(r.branches)) {
        if (!b.known && weight(b.path) > weight(r.path)) {
            r.decided = false;
            r.missing.append(tr("%1 — %2", "rollback: rollbackdecision: a missing branch of an undecided verdict: condition — evidence")
                                 .arg(b.condition, b.evidence));
        }
    }
    return r;
}

} // namespace Ops
