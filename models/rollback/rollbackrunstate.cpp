#include "models/rollback/rollbackrunstate.h"

#include "models/core/savedstatefile.h"
#include "models/core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Ops {

namespace {

const QList<std::pair<RollbackRunState::Phase, QString>>& phases()
{
    static const QList<std::pair<RollbackRunState::Phase, QString>> list = {
        {RollbackRunState::Phase::Running, QStringLiteral("running")},
        {RollbackRunState::Phase::Failed, QStringLiteral("failed")},
        {RollbackRunState::Phase::Aborted, QStringLiteral("aborted")},
        {RollbackRunState::Phase::Done, QStringLiteral("done")}};
    return list;
}

const QList<std::pair<RollbackRunState::StepState, QString>>& stepStates()
{
    static const QList<std::pair<RollbackRunState::StepState, QString>> list = {
        {RollbackRunState::StepState::Pending, QStringLiteral("pending")},
        {RollbackRunState::StepState::Running, QStringLiteral("running")},
        {RollbackRunState::StepState::Done, QStringLiteral("done")},
        {RollbackRunState::StepState::Failed, QStringLiteral("failed")},
        {RollbackRunState::StepState::Skipped, QStringLiteral("skipped")}};
    return list;
}

template <typename E> E fromKey(const QList<std::pair<E, QString>>& list, const QString& key, E fallback)
{
    for (const auto& [value, name] : list) {
        if (name == key)
            return value;
    }
    return fallback;
}

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString RollbackRunState::phaseKey(Phase phase)
{
    for (const auto& [value, name] : phases()) {
        if (value == phase)
            return name;
    }
    return QString();
}

QString RollbackRunState::stepStateKey(StepState state)
{
    for (const auto& [value, name] : stepStates()) {
        if (value == state)
            return name;
    }
    return QString();
}

RollbackRunState RollbackRunState::create(const QString& profile, const RollbackRequest& request,
                                          const QList<RollbackStep>& steps)
{
    RollbackRunState s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.profile = profile;
    s.request = request;
    s.startedAt = QDateTime::currentDateTimeUtc();
    for (const RollbackStep& step : steps) {
        Step saved;
        saved.kind = step.kind;
        for (const OrchestratorCommand& c : step.commands)
            saved.commandLines << RollbackPlan::commandLine(c);
        s.steps.append(saved);
    }
    return s;
}

bool RollbackRunState::chosenWithoutAdvice() const
{
    return !decided || (recommended != RollbackPath::None && recommended != request.path);
}

QString RollbackRunState::recommendationKey() const
{
    return decided ? RollbackDecisionTree::pathKey(recommended) : QStringLiteral("undecided");
}

int RollbackRunState::nextStep() const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).state != StepState::Done && steps.at(i).state != StepState::Skipped)
            return i;
    }
    return int(steps.size());
}

bool RollbackRunState::interruptedDestructive() const
{
    const int next = nextStep();
    if (next >= steps.size() || steps.at(next).state != StepState::Running)
        return false;
    RollbackStep step;
    step.kind = steps.at(next).kind;
    return step.destructive();
}

QJsonObject RollbackRunState::toJson() const
{
    QJsonArray stepArray;
    for (const Step& s : steps) {
        stepArray.append(QJsonObject{{QStringLiteral("kind"), RollbackStep::key(s.kind)},
                                     {QStringLiteral("state"), stepStateKey(s.state)},
                                     {QStringLiteral("commands"), QJsonArray::fromStringList(s.commandLines)},
                                     {QStringLiteral("startedAt"), isoOrEmpty(s.startedAt)},
                                     {QStringLiteral("durationMs"), s.durationMs},
                                     {QStringLiteral("exitCode"), s.exitCode},
                                     {QStringLiteral("note"), s.note}});
    }
    QJsonObject replicas;
    for (auto it = request.applicationReplicas.cbegin(); it != request.applicationReplicas.cend(); ++it)
        replicas.insert(it.key(), it.value());
    const QJsonObject requestObject{
        {QStringLiteral("path"), RollbackDecisionTree::pathKey(request.path)},
        {QStringLiteral("version"), request.version},
        {QStringLiteral("backupFile"), request.backupFile},
        {QStringLiteral("databaseUser"), request.databaseUser},
        {QStringLiteral("database"), request.database},
        {QStringLiteral("applicationReplicas"), replicas}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("opsconsole-rollback")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("phase"), phaseKey(phase)},
                       {QStringLiteral("request"), requestObject},
                       {QStringLiteral("fromVersion"), fromVersion},
                       {QStringLiteral("recommended"), RollbackDecisionTree::pathKey(recommended)},
                       {QStringLiteral("decided"), decided},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("startedAt"), isoOrEmpty(startedAt)},
                       {QStringLiteral("finishedAt"), isoOrEmpty(finishedAt)},
                       {QStringLiteral("steps"), stepArray}};
}

std::optional<RollbackRunState> RollbackRunState::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("opsconsole-rollback") ||
        o.value(QStringLiteral("id")).toString().isEmpty())
        return std::nullopt;
    RollbackRunState s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.profile = o.value(QStringLiteral("profile")).toString();
    s.phase = fromKey(phases(), o.value(QStringLiteral("phase")).toString(), Phase::Running);
    const QJsonObject r = o.value(QStringLiteral("request")).toObject();
    s.request.path = RollbackDecisionTree::pathFromKey(r.value(QStringLiteral("path")).toString());
    s.request.version = r.value(QStringLiteral("version")).toString();
    s.request.backupFile = r.value(QStringLiteral("backupFile")).toString();
    s.request.databaseUser = r.value(QStringLiteral("databaseUser")).toString(s.request.databaseUser);
    s.request.database = r.value(QStringLiteral("database")).toString(s.request.database);
    const QJsonObject replicas = r.value(QStringLiteral("applicationReplicas")).toObject();
    for (auto it = replicas.constBegin(); it != replicas.constEnd(); ++it)
        s.request.applicationReplicas.insert(it.key(), it.value().toInt(1));
    s.fromVersion = o.value(QStringLiteral("fromVersion")).toString();
    s.recommended = RollbackDecisionTree::pathFromKey(o.value(QStringLiteral("recommended")).toString());
    s.decided = o.value(QStringLiteral("decided")).toBool(true); // runs saved before it was recorded
    for (const QJsonValue& m : o.value(QStringLiteral("missing")).toArray())
        s.missing << m.toString();
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    s.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject so = v.toObject();
        Step step;
        if (!RollbackStep::kindFromKey(so.value(QStringLiteral("kind")).toString(), &step.kind))
            return std::nullopt;
        step.state = fromKey(stepStates(), so.value(QStringLiteral("state")).toString(), StepState::Pending);
        for (const QJsonValue& c : so.value(QStringLiteral("commands")).toArray())
            step.commandLines << c.toString();
        step.startedAt =
            QDateTime::fromString(so.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        step.durationMs = so.value(QStringLiteral("durationMs")).toInteger(-1);
        step.exitCode = so.value(QStringLiteral("exitCode")).toInt(-1);
        step.note = so.value(QStringLiteral("note")).toString();
        s.steps.append(step);
    }
    return s;
}

RollbackStateFile::RollbackStateFile(const QString& profile, const QString& directory)
{
    const QString dir = directory.isEmpty() ? SavedStateFile::folderNextToSettings(QStringLiteral("rollback")) : directory;
    // Profile names are restricted to [A-Za-z0-9._-] (isValidProfileName): safe as a file name part.
    m_path = dir + QStringLiteral("/rollback-") + profile + QStringLiteral(".json");
}

bool RollbackStateFile::save(const RollbackRunState& state, QString* error) const
{
    return SavedStateFile(m_path).save(state.toJson(), error);
}

std::optional<RollbackRunState> RollbackStateFile::load() const
{
    const std::optional<QJsonObject> object = SavedStateFile(m_path).load();
    return object ? RollbackRunState::fromJson(*object) : std::nullopt;
}

bool RollbackStateFile::remove() const
{
    return SavedStateFile(m_path).remove();
}

} // namespace Ops
