#pragma once

#include "models/rollback/rollbackdecision.h"
#include "models/rollback/rollbackplan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ops {

/// A rollback run as it is saved after every step, so that a console killed in the middle can offer to
/// resume where it was — and knows which destructive steps already ran.
struct RollbackRunState
{
    enum class Phase
    {
        Running, ///< started, not ended (a crash leaves it so)
        Failed,  ///< a step failed; retry, skip or abort
        Aborted,
        Done,
    };
    enum class StepState
    {
        Pending,
        Running, ///< started; when found so after a crash it may or may not have done its work
        Done,
        Failed,
        Skipped,
    };
    struct Step
    {
        RollbackStep::Kind kind = RollbackStep::Kind::Down;
        StepState state = StepState::Pending;
        QStringList commandLines; ///< as shown on the Review page
        QDateTime startedAt;
        qint64 durationMs = -1;
        int exitCode = -1;
        QString note; ///< error, skip reason, or what a check found
    };

    QString id; ///< a UUID, also in the audit trail
    QString profile;
    Phase phase = Phase::Running;
    RollbackRequest request;
    QString fromVersion; ///< /version when the run started
    RollbackPath recommended = RollbackPath::None;
    /// False when the decision tree could not decide (a branch it needed was unknown): then
    /// `recommended` is no advice, and `missing` says what the tree lacked (translated, as shown).
    bool decided = true;
    QStringList missing;
    QString reason; ///< why the operator chose another path than the recommended one, or any when undecided
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<Step> steps;

    /// A new run of `steps` for `request`, with a fresh id and the current time.
    static RollbackRunState create(const QString& profile, const RollbackRequest& request,
                                   const QList<RollbackStep>& steps);
    /// The operator's own judgement chose the path: against the tree's advice, or without any.
    bool chosenWithoutAdvice() const;
    /// The tree's advice for the audit trail: "quick", "full", "workers", "none" — or "undecided".
    QString recommendationKey() const;
    /// The first step that is neither done nor skipped (steps.size() when all are).
    int nextStep() const;
    bool isEnded() const { return phase == Phase::Aborted || phase == Phase::Done; }
    /// The run was interrupted while this destructive step was running: it may have done its work.
    bool interruptedDestructive() const;

    QJsonObject toJson() const;
    static std::optional<RollbackRunState> fromJson(const QJsonObject& object);

    static QString phaseKey(Phase phase);
    static QString stepStateKey(StepState state);
};

/// The saved run of one profile: `<directory>/rollback-<profile>.json`, written atomically, 0600 in a
/// 0700 folder (SavedStateFile).
class RollbackStateFile
{
public:
    /// No file: nothing is saved.
    RollbackStateFile() = default;
    /// `directory` empty: "rollback" next to the settings file.
    explicit RollbackStateFile(const QString& profile, const QString& directory = QString());

    QString path() const { return m_path; }
    bool save(const RollbackRunState& state, QString* error = nullptr) const;
    /// nullopt when there is no saved run (or it cannot be read).
    std::optional<RollbackRunState> load() const;
    bool remove() const;

private:
    QString m_path;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::RollbackRunState)
