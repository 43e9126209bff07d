#include "models/maintenance/maintenancerunstate.h"

#include "models/core/formatting.h"
#include <QJsonArray>

namespace Ops {

namespace {

} // namespace

bool MaintenanceRunState::interrupted() const
{
    return current >= 0 && current < steps.size() && steps.at(current).state == QLatin1String("running");
}

bool MaintenanceRunState::interruptedCommand() const
{
    if (!interrupted())
        return false;
    const QString key = steps.at(current).key;
    return key == QLatin1String("enable-mode") || key == QLatin1String("disable-mode") ||
           key == QLatin1String("backup");
}

QJsonObject MaintenanceRunState::toJson() const
{
    QJsonArray array;
    for (const Step& s : steps)
        array.append(QJsonObject{{QStringLiteral("key"), s.key},
                                 {QStringLiteral("state"), s.state},
                                 {QStringLiteral("startedAt"), Format::isoUtc(s.startedAt)},
                                 {QStringLiteral("endedAt"), Format::isoUtc(s.endedAt)},
                                 {QStringLiteral("note"), s.note}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("opsconsole-maintenance-run")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("runId"), runId},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("emergency"), emergency},
                       {QStringLiteral("phase"), phase},
                       {QStringLiteral("window"), window.toJson()},
                       {QStringLiteral("startReason"), startReason},
                       {QStringLiteral("startOverride"), startOverride},
                       {QStringLiteral("modeOn"), modeOn},
                       {QStringLiteral("backupPath"), backupPath},
                       {QStringLiteral("startedAt"), Format::isoUtc(startedAt)},
                       {QStringLiteral("current"), current},
                       {QStringLiteral("steps"), array}};
}

std::optional<MaintenanceRunState> MaintenanceRunState::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("opsconsole-maintenance-run") ||
        o.value(QStringLiteral("runId")).toString().isEmpty())
        return std::nullopt;
    MaintenanceRunState s;
    bool windowOk = false;
    s.window = MaintenanceWindow::fromJson(o.value(QStringLiteral("window")).toObject(), &windowOk);
    if (!windowOk)
        return std::nullopt;
    s.runId = o.value(QStringLiteral("runId")).toString();
    s.profile = o.value(QStringLiteral("profile")).toString();
    s.emergency = o.value(QStringLiteral("emergency")).toBool();
    s.phase = o.value(QStringLiteral("phase")).toString(QStringLiteral("running"));
    s.startReason = o.value(QStringLiteral("startReason")).toString();
    s.startOverride = o.value(QStringLiteral("startOverride")).toBool();
    s.modeOn = o.value(QStringLiteral("modeOn")).toBool();
    s.backupPath = o.value(QStringLiteral("backupPath")).toString();
    s.startedAt = Format::fromIso(o.value(QStringLiteral("startedAt")));
    s.current = o.value(QStringLiteral("current")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject so = v.toObject();
        Step step{so.value(QStringLiteral("key")).toString(), so.value(QStringLiteral("state")).toString(),
                  Format::fromIso(so.value(QStringLiteral("startedAt"))),
                  Format::fromIso(so.value(QStringLiteral("endedAt"))),
                  so.value(QStringLiteral("note")).toString()};
        if (step.key.isEmpty())
            return std::nullopt;
        s.steps.append(step);
    }
    if (s.current < 0 || s.current >= s.steps.size())
        return std::nullopt;
    return s;
}

MaintenanceStateFile::MaintenanceStateFile(const QString& profile, const QString& directory)
    : m_file((directory.isEmpty() ? SavedStateFile::folderNextToSettings(QStringLiteral("procedures")) : directory) +
             QStringLiteral("/maintenance-") + profile + QStringLiteral(".json"))
{
}

bool MaintenanceStateFile::save(const MaintenanceRunState& state, QString* error) const
{
    return m_file.save(state.toJson(), error);
}

std::optional<MaintenanceRunState> MaintenanceStateFile::load() const
{
    const std::optional<QJsonObject> object = m_file.load();
    return object ? MaintenanceRunState::fromJson(*object) : std::nullopt;
}

} // namespace Ops
