#include "models/rollback/rollbackrecordedrun.h"

#include "models/core/formatting.h"

#include <QCoreApplication>

namespace Ops::RollbackRecordedRun {

namespace {

/// Durations seen on the local stack, roughly: a database restore takes longest, a wait a few seconds.
qint64 typicalDurationMs(const RollbackRunState::Step& step)
{
    const QString joined = step.commandLines.join(u' ');
    if (joined.contains(QLatin1String("psql")) || joined.contains(QLatin1String("pg_restore")))
        return 8400;
    if (joined.contains(QLatin1String("pg_isready")))
        return 2100;
    return 1300 + 200 * qint64(step.commandLines.size());
}

} // namespace

RollbackRunState run(const QString& profile, const RollbackRequest& request, const QList<RollbackStep>& plan,
                     const QString& fromVersion)
{
    RollbackRunState state = RollbackRunState::create(profile, request, plan);
    state.fromVersion = fromVersion;
    qint64 total = 0;
    for (RollbackRunState::Step& step : state.steps)
        total += typicalDurationMs(step);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QDateTime at = end.addMSecs(-total);
    state.startedAt = at;
    for (RollbackRunState::Step& step : state.steps) {
        step.state = RollbackRunState::StepState::Done;
        step.startedAt = at;
        step.durationMs = typicalDurationMs(step);
        step.exitCode = 0;
        at = at.addMSecs(step.durationMs);
    }
    state.finishedAt = end;
    state.phase = RollbackRunState::Phase::Done;
    return state;
}

QStringList output(const RollbackRunState& run)
{
    QStringList lines;
    lines << QCoreApplication::translate("Ops::RollbackRecordedRun",
                                         "# A recorded run, shown for the picture: no command ran on the stack.");
    for (int i = 0; i < run.steps.size(); ++i) {
        const RollbackRunState::Step& step = run.steps.at(i);
        lines << QStringLiteral("▶ %1. %2").arg(i + 1).arg(RollbackStep::title(step.kind));
        for (const QString& command : step.commandLines)
            lines << QStringLiteral("$ ") + command;
    }
    return lines;
}

QList<RollbackVerifier::Result> verification(const QList<RollbackVerifier::Check>& checks,
                                             const RollbackRequest& request)
{
    QList<RollbackVerifier::Result> results;
    for (RollbackVerifier::Check check : checks) {
        RollbackVerifier::Result r;
        r.check = check;
        r.ok = true;
        r.done = true;
        switch (check) {
        case RollbackVerifier::Check::Health:
            r.detail = RollbackVerifier::tr("HTTP %1, status \"%2\"").arg(200).arg(QStringLiteral("healthy"));
            break;
        case RollbackVerifier::Check::Version:
            r.detail = RollbackVerifier::tr("running %1, target %2", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message")
                           .arg(request.version, request.version);
            break;
        case RollbackVerifier::Check::Tables:
            r.detail = RollbackVerifier::tr("%1 table(s) of the backup present").arg(6);
            break;
        case RollbackVerifier::Check::SmokeTest:
            r.detail = RollbackVerifier::tr("exit code %1: %2", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message")
                           .arg(0)
                           .arg(QStringLiteral("OK"));
            break;
        case RollbackVerifier::Check::ErrorRate:
            r.figure = 0.0;
            r.detail = RollbackVerifier::tr("5xx share %1 % since the rollback finished at %2 (%3)",
                                            "rollback: rollbackverifier: %2 is a time with its zone, %3 the duration measured")
                           .arg(0.0, 0, 'f', 2)
                           .arg(Format::utcAndLocal(QDateTime::currentDateTimeUtc().addSecs(-60), Format::Precision::Seconds),
                                Format::duration(60 * 1000));
            break;
        }
        results << r;
    }
    return results;
}

} // namespace Ops::RollbackRecordedRun
