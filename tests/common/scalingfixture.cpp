#include "tests/common/scalingfixture.h"

#include "models/health/healthschedule.h"
#include "models/stack/composeorchestrator.h"
#include "models/stack/composepsparser.h"
#include "models/stack/processrunner.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Ops;

namespace ScalingFixture {

int replicasOf(const OrchestratorSettings& settings, const QString& service)
{
    ProcessRunner runner;
    runner.setProgram(settings.program);
    runner.setArguments({QStringLiteral("compose"), QStringLiteral("-f"), settings.composeFile,
                         QStringLiteral("-p"), settings.projectName, QStringLiteral("ps"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    runner.setWorkingDirectory(settings.projectDirectory);
    QSignalSpy done(&runner, &ProcessRunner::finished);
    runner.start();
    if (!done.wait(15000))
        return -1;
    const auto parsed = ComposePsParser::parse(runner.collectedOutput(), settings.projectName);
    for (const ServiceReplicas& s : ComposePsParser::summarize(parsed.containers))
        if (s.service == service)
            return s.total;
    return 0;
}

bool setReplicas(const OrchestratorSettings& settings, const QString& service, int replicas)
{
    ComposeOrchestrator o;
    o.setSettings(settings);
    QSignalSpy finished(&o, &Orchestrator::finished);
    o.scale({{service, replicas}});
    return finished.wait(60000) && finished.first().first().value<OrchestratorResult>().ok;
}

static QList<QByteArray> callLines()
{
    QFile f(TestEnv::stateDir() + QStringLiteral("/docker-calls.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

int dockerCallCount()
{
    return int(callLines().size());
}

QList<QStringList> dockerCallsSince(int from)
{
    const QList<QByteArray> lines = callLines();
    QList<QStringList> out;
    for (int i = from; i < lines.size(); ++i) {
        QStringList argv;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(lines.at(i)).object().value(QStringLiteral("argv")).toArray())
            argv << v.toString();
        out << argv;
    }
    return out;
}

QList<QStringList> scaleCallsSince(int from)
{
    QList<QStringList> out;
    for (const QStringList& argv : dockerCallsSince(from))
        if (argv.contains(QStringLiteral("up")) && argv.contains(QStringLiteral("--scale")))
            out << argv;
    return out;
}

void saveFastSchedule(const QString& profileName)
{
    // The shared fast schedule, with a longer deadline: scaling waits on the orchestrator's answers.
    HealthSchedule s = TestEnv::fastHealthSchedule();
    s.deadlineSec = 2;
    s.save(profileName);
}

} // namespace ScalingFixture
