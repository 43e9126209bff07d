#pragma once

#include "models/core/savedstatefile.h"
#include "models/maintenance/maintenancewindow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ops {

/// A guided maintenance run as it is saved after every step, so that a console killed in the middle can
/// offer to resume it — never repeating a finished step — and knows whether it had put the site behind
/// the maintenance page.
struct MaintenanceRunState
{
    struct Step
    {
        QString key;   ///< MaintenanceRun::stepKeys()
        QString state; ///< "pending", "running", "waiting", "done", "failed", "skipped"
        QDateTime startedAt;
        QDateTime endedAt;
        QString note;
    };

    QString runId;
    QString profile;
    bool emergency = false;
    QString phase = QStringLiteral("running"); ///< "running", "completed", "aborted"
    MaintenanceWindow window;
    QString startReason;
    bool startOverride = false;
    bool modeOn = false; ///< the run had set NGINX's maintenance flag (as far as it knew)
    QString backupPath;  ///< the backup this run wrote (or is writing)
    QDateTime startedAt;
    int current = 0;
    QList<Step> steps;

    bool isEnded() const { return phase != QLatin1String("running"); }
    /// The current step was running when the console died.
    bool interrupted() const;
    /// That step changes the stack (the maintenance flag, the backup): the operator decides whether it ran.
    bool interruptedCommand() const;

    QJsonObject toJson() const;
    static std::optional<MaintenanceRunState> fromJson(const QJsonObject& object);
};

/// The saved run of one profile: `<directory>/maintenance-<profile>.json` (SavedStateFile: 0600, 0700 folder).
class MaintenanceStateFile
{
public:
    MaintenanceStateFile() = default;
    /// `directory` empty: "procedures" next to the settings file.
    explicit MaintenanceStateFile(const QString& profile, const QString& directory = QString());

    QString path() const { return m_file.path(); }
    bool save(const MaintenanceRunState& state, QString* error = nullptr) const;
    std::optional<MaintenanceRunState> load() const;
    bool remove() const { return m_file.remove(); }

private:
    SavedStateFile m_file;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::MaintenanceRunState)
