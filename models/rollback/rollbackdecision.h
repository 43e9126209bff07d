#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ops {

/// The runbook's three rollback procedures (and "none": nothing in the tree applies).
enum class RollbackPath
{
    None,
    Quick,       ///< `down`, `VERSION=… up -d`
    Full,        ///< `down`, database restore, `VERSION=… up -d`
    WorkersOnly, ///< only the worker services get the target version
};

/// Live figures the decision tree looks at. Each is optional: a figure that could not be measured is
/// shown as unknown, never as zero.
struct RollbackEvidence
{
    std::optional<double> errorPercent;         ///< API 5xx share, percent
    std::optional<bool> databaseErrors;         ///< /health says the database is not healthy
    QString databaseDetail;                     ///< why, as the API said it
    std::optional<double> p95Seconds;           ///< response time p95 now
    std::optional<double> p95BaselineSeconds;   ///< p95 before the deploy
    std::optional<double> workerFailurePercent; ///< worker containers not running or unhealthy, percent
    bool dataCorruption = false;                ///< declared by the operator
    /// Why a figure is missing (translated: "Prometheus: connection refused", "no data"); empty: not
    /// measured, or measured.
    QString errorPercentWhy;
    QString databaseWhy;
    QString p95Why;
    QString baselineWhy;
    QString workersWhy;
};

/// One branch of the tree with the evidence next to it.
struct RollbackBranch
{
    enum class Id
    {
        ApiErrors,
        DatabaseErrors,
        Performance,
        WorkerFailures,
        DataCorruption
    };
    Id id = Id::ApiErrors;
    RollbackPath path = RollbackPath::None; ///< where the branch leads
    bool known = false;                     ///< the evidence could be measured
    bool triggered = false;
    QString condition; ///< "API errors (5xx) > 5 %" (translated)
    QString evidence;  ///< "5xx share 10.2 %" or "unknown: …" (translated)
};

struct RollbackRecommendation
{
    RollbackPath path = RollbackPath::None; ///< the heaviest path of the branches that fire
    bool investigate = false; ///< data corruption: full rollback and investigation
    /// False when a branch that could lead to a heavier path than `path` could not be evaluated: the
    /// verdict is "cannot decide", never "no rollback recommended".
    bool decided = true;
    QStringList missing; ///< of an undecided verdict: each unknown branch and why (translated)
    QList<RollbackBranch> branches;
};

/// The runbook's Rollback Decision Tree as a pure function of the evidence. When several branches fire,
/// the heaviest procedure wins (a full rollback also rolls back the code): data corruption and database
/// errors lead to Full, 5xx above 5 % and p95 at least twice the baseline to Quick, worker failures above
/// 50 % to WorkersOnly. A branch whose evidence is missing is unknown; when it could have led to a heavier
/// path than the one found, the tree cannot decide and says what is missing.
class RollbackDecisionTree
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RollbackDecisionTree)

public:
    static constexpr double kErrorPercent = 5.0;
    static constexpr double kSlowdownFactor = 2.0;
    static constexpr double kWorkerFailurePercent = 50.0;

    static RollbackRecommendation evaluate(const RollbackEvidence& evidence);
    /// "Quick rollback" etc. (translated).
    static QString pathName(RollbackPath path);
    /// Stable key for files and the audit trail: "quick", "full", "workers", "none".
    static QString pathKey(RollbackPath path);
    static RollbackPath pathFromKey(const QString& key);
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::RollbackEvidence)
Q_DECLARE_METATYPE(Ops::RollbackRecommendation)
