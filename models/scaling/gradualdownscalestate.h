#pragma once

#include "models/core/savedstatefile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ops {

/// A gradual downscale as it is saved before and after every step, so that a console killed in the
/// middle can offer to resume it — and knows which scale commands already ran.
struct GradualDownscaleState
{
    enum class Phase
    {
        Running, ///< started, not ended (a crash leaves it so; also while waiting or paused)
        Done,
        Aborted,
        Failed,
    };
    enum class StepState
    {
        Pending,
        Running, ///< its scale started; found so after a crash, it may or may not have happened
        Done,
        Failed,
    };
    struct Step
    {
        int target = 0;
        StepState state = StepState::Pending;
        QDateTime startedAt;
        QDateTime endedAt;
        QString note;
    };

    QString id; ///< a UUID
    QString profile;
    QString service;
    int from = 0;
    QString reason;
    int intervalSeconds = 300;
    Phase phase = Phase::Running;
    QDateTime startedAt;
    QList<Step> steps;

    /// A new plan from `from` down to `to`, one replica per step.
    static GradualDownscaleState create(const QString& profile, const QString& service, int from, int to,
                                        const QString& reason, int intervalSeconds);
    /// The first step that is not done (steps.size() when all are).
    int nextStep() const;
    bool isEnded() const { return phase != Phase::Running; }
    /// The console died while the next step's scale ran: it may or may not have happened.
    bool interrupted() const;
    /// When the last done step ended (invalid: none yet).
    QDateTime lastStepEndedAt() const;

    QJsonObject toJson() const;
    static std::optional<GradualDownscaleState> fromJson(const QJsonObject& object);
    static QString phaseKey(Phase phase);
    static QString stepStateKey(StepState state);
};

/// The saved plan of one profile: `<directory>/gradual-<profile>.json` (SavedStateFile: 0600, 0700 folder).
class GradualDownscaleStateFile
{
public:
    GradualDownscaleStateFile() = default;
    /// `directory` empty: "procedures" next to the settings file.
    explicit GradualDownscaleStateFile(const QString& profile, const QString& directory = QString());

    QString path() const { return m_file.path(); }
    bool save(const GradualDownscaleState& state, QString* error = nullptr) const;
    std::optional<GradualDownscaleState> load() const;
    bool remove() const { return m_file.remove(); }

private:
    SavedStateFile m_file;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::GradualDownscaleState)
