#include "models/scaling/gradualdownscalestate.h"

#include "models/core/formatting.h"
#include <QJsonArray>
#include <QUuid>

namespace Ops {

namespace {

const QList<std::pair<GradualDownscaleState::Phase, QString>>& phases()
{
    static const QList<std::pair<GradualDownscaleState::Phase, QString>> list = {
        {GradualDownscaleState::Phase::Running, QStringLiteral("running")},
        {GradualDownscaleState::Phase::Done, QStringLiteral("done")},
        {GradualDownscaleState::Phase::Aborted, QStringLiteral("aborted")},
        {GradualDownscaleState::Phase::Failed, QStringLiteral("failed")}};
    return list;
}

const QList<std::pair<GradualDownscaleState::StepState, QString>>& stepStates()
{
    static const QList<std::pair<GradualDownscaleState::StepState, QString>> list = {
        {GradualDownscaleState::StepState::Pending, QStringLiteral("pending")},
        {GradualDownscaleState::StepState::Running, QStringLiteral("running")},
        {GradualDownscaleState::StepState::Done, QStringLiteral("done")},
        {GradualDownscaleState::StepState::Failed, QStringLiteral("failed")}};
    return list;
}

template <typename E> E fromKey(const QList<std::pair<E, QString>>& list, const QString& key, E fallback)
{
    for (const auto& [value, name] : list)
        if (name == key)
            return value;
    return fallback;
}

template <typename E> QString toKey(const QList<std::pair<E, QString>>& list, E value)
{
    for (const auto& [v, name] : list)
        if (v == value)
            return name;
    return QString();
}

} // namespace

QString GradualDownscaleState::phaseKey(Phase phase)
{
    return toKey(phases(), phase);
}

QString GradualDownscaleState::stepStateKey(StepState state)
{
    return toKey(stepStates(), state);
}

GradualDownscaleState GradualDownscaleState::create(const QString& profile, const QString& service, int from,
                                                    int to, const QString& reason, int intervalSeconds)
{
    GradualDownscaleState s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.profile = profile;
    s.service = service;
    s.from = from;
    s.reason = reason;
    s.intervalSeconds = intervalSeconds;
    s.startedAt = QDateTime::currentDateTimeUtc();
    for (int n = from - 1; n >= to && n >= 0; --n)
        s.steps.append(Step{n, StepState::Pending, {}, {}, {}});
    return s;
}

int GradualDownscaleState::nextStep() const
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).state != StepState::Done)
            return i;
    return int(steps.size());
}

bool GradualDownscaleState::interrupted() const
{
    const int next = nextStep();
    return next < steps.size() && steps.at(next).state == StepState::Running;
}

QDateTime GradualDownscaleState::lastStepEndedAt() const
{
    QDateTime last;
    for (const Step& s : steps)
        if (s.state == StepState::Done && s.endedAt.isValid() && (!last.isValid() || s.endedAt > last))
            last = s.endedAt;
    return last;
}

QJsonObject GradualDownscaleState::toJson() const
{
    QJsonArray array;
    for (const Step& s : steps)
        array.append(QJsonObject{{QStringLiteral("target"), s.target},
                                 {QStringLiteral("state"), stepStateKey(s.state)},
                                 {QStringLiteral("startedAt"), Format::isoUtc(s.startedAt)},
                                 {QStringLiteral("endedAt"), Format::isoUtc(s.endedAt)},
                                 {QStringLiteral("note"), s.note}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("opsconsole-gradual-downscale")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("service"), service},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("intervalSeconds"), intervalSeconds},
                       {QStringLiteral("phase"), phaseKey(phase)},
                       {QStringLiteral("startedAt"), Format::isoUtc(startedAt)},
                       {QStringLiteral("steps"), array}};
}

std::optional<GradualDownscaleState> GradualDownscaleState::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("opsconsole-gradual-downscale") ||
        o.value(QStringLiteral("id")).toString().isEmpty() || o.value(QStringLiteral("service")).toString().isEmpty())
        return std::nullopt;
    GradualDownscaleState s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.profile = o.value(QStringLiteral("profile")).toString();
    s.service = o.value(QStringLiteral("service")).toString();
    s.from = o.value(QStringLiteral("from")).toInt();
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.intervalSeconds = std::max(0, o.value(QStringLiteral("intervalSeconds")).toInt(300));
    s.phase = fromKey(phases(), o.value(QStringLiteral("phase")).toString(), Phase::Running);
    s.startedAt = Format::fromIso(o.value(QStringLiteral("startedAt")));
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject so = v.toObject();
        Step step;
        step.target = so.value(QStringLiteral("target")).toInt(-1);
        if (step.target < 0)
            return std::nullopt;
        step.state = fromKey(stepStates(), so.value(QStringLiteral("state")).toString(), StepState::Pending);
        step.startedAt = Format::fromIso(so.value(QStringLiteral("startedAt")));
        step.endedAt = Format::fromIso(so.value(QStringLiteral("endedAt")));
        step.note = so.value(QStringLiteral("note")).toString();
        s.steps.append(step);
    }
    return s;
}

GradualDownscaleStateFile::GradualDownscaleStateFile(const QString& profile, const QString& directory)
    : m_file((directory.isEmpty() ? SavedStateFile::folderNextToSettings(QStringLiteral("procedures")) : directory) +
             QStringLiteral("/gradual-") + profile + QStringLiteral(".json"))
{
}

bool GradualDownscaleStateFile::save(const GradualDownscaleState& state, QString* error) const
{
    return m_file.save(state.toJson(), error);
}

std::optional<GradualDownscaleState> GradualDownscaleStateFile::load() const
{
    const std::optional<QJsonObject> object = m_file.load();
    return object ? GradualDownscaleState::fromJson(*object) : std::nullopt;
}

} // namespace Ops
