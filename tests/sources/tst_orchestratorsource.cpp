// Tests of Ops::OrchestratorSource: the failure paths with a fake `docker` written at run time into a
// temporary folder (argument list, environment, exit codes, malformed output, a hang: what a real
// engine cannot be made to do on demand), and the real local stack through docker-compose 1.29.
#include "models/core/stallprobe.h"
#include "models/profiles/programapprovals.h"
#include "models/sources/orchestratorsource.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {

constexpr double kMaxStallMs = 50.0;

// A plain literal: moc does not parse raw strings holding quotes.
const char kFakeDocker[] =
    "#!/bin/sh\n"
    "d=$(dirname \"$0\")\n"
    ": > \"$d/args.txt\"\n"
    "for a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$d/args.txt\"; done\n"
    "pwd > \"$d/pwd.txt\"\n"
    "env > \"$d/env.txt\"\n"
    "case \"$(cat \"$d/mode\")\" in\n"
    "  output) cat \"$d/output.txt\" ;;\n"
    "  fail) echo \"\" >&2; echo \"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\" >&2; exit 1 ;;\n"
    "  garbage) echo 'garbage{' ;;\n"
    "  hang) exec sleep 30 ;;\n"
    "esac\n";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestOrchestratorSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unapprovedProgramNeverRuns();
    void composeV2ArgumentsEnvironmentAndSummary();
    void composeV1Table();
    void nonZeroExitIsDownWithStderrInWords();
    void malformedOutputIsDown();
    void hangIsKilledAtTheDeadline();
    void invalidSettingsAreRefused_data();
    void invalidSettingsAreRefused();
    void realStackComposeV1();
    void kubernetesDeployments();
    void kubernetesMalformedAndInvalid();

private:
    OrchestratorSettings fakeSettings(const QByteArray& mode, const QByteArray& output = QByteArray());
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOrchestratorSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString program = m_dir->filePath(QStringLiteral("docker"));
    QVERIFY(writeFile(program, kFakeDocker));
    QVERIFY(QFile::setPermissions(program, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("project"))));
    // Approved as an operator approves it: for the Docker Engine fakeSettings() names, and for kubectl.
    QVERIFY(TestEnv::approveProgram(program, QStringLiteral("ssh://ops@stack.example")));
    QVERIFY(TestEnv::approveProgram(program));
}

void TestOrchestratorSource::unapprovedProgramNeverRuns()
{
    OrchestratorSettings settings = fakeSettings("output");
    ProgramApprovals::revoke(settings.program, settings.dockerHost);
    OrchestratorSource source;
    source.setSettings(settings);
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
    // Not the stack's fault: unknown, with the reason in words; and the program never ran.
    QCOMPARE(source.lastResult().health, Health::Unknown);
    QVERIFY2(source.lastResult().reason.contains(QStringLiteral("not approved")), qPrintable(source.lastResult().reason));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("args.txt"))));
}

OrchestratorSettings TestOrchestratorSource::fakeSettings(const QByteArray& mode, const QByteArray& output)
{
    writeFile(m_dir->filePath(QStringLiteral("mode")), mode);
    writeFile(m_dir->filePath(QStringLiteral("output.txt")), output);
    OrchestratorSettings settings;
    settings.program = m_dir->filePath(QStringLiteral("docker"));
    settings.projectName = QStringLiteral("fragrance");
    settings.projectDirectory = m_dir->filePath(QStringLiteral("project"));
    settings.dockerHost = QStringLiteral("ssh://ops@stack.example");
    return settings;
}

void TestOrchestratorSource::composeV2ArgumentsEnvironmentAndSummary()
{
    const QByteArray fixture = readFile(QStringLiteral(OPSCONSOLE_DB_FIXTURES "/compose-v2-jsonlines.txt"));
    QVERIFY(!fixture.isEmpty());
    qputenv("OPSCONSOLE_TEST_SECRET", "must-not-reach-docker");
    OrchestratorSource source;
    source.setSettings(fakeSettings("output", fixture));
    QSignalSpy snapshots(&source, &OrchestratorSource::snapshotReady);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);

    const QStringList arguments = QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("args.txt"))))
                                      .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(arguments, (QStringList{QStringLiteral("compose"), QStringLiteral("-f"),
                                     QStringLiteral("docker-compose.production.yml"), QStringLiteral("-p"),
                                     QStringLiteral("fragrance"), QStringLiteral("ps"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-a")}));
    QCOMPARE(arguments, OrchestratorSource::statusArguments(source.settings()));
    QCOMPARE(QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("pwd.txt")))).trimmed(),
             m_dir->filePath(QStringLiteral("project")));
    const QByteArray environment = readFile(m_dir->filePath(QStringLiteral("env.txt")));
    QVERIFY(environment.contains("DOCKER_HOST=ssh://ops@stack.example"));
    QVERIFY(!environment.contains("OPSCONSOLE_TEST_SECRET"));

    QCOMPARE(snapshots.count(), 1);
    const auto snapshot = snapshots.at(0).at(0).value<OrchestratorSnapshot>();
    QCOMPARE(snapshot.format, ComposePsParser::Format::JsonLines);
    QCOMPARE(snapshot.containers.size(), 5);
    QCOMPARE(snapshot.service(QStringLiteral("worker-llm")).running, 1);
    QCOMPARE(snapshot.service(QStringLiteral("worker-llm")).total, 2);
    // One worker exited and one app replica unhealthy: Degraded, with both named.
    QCOMPARE(source.lastResult().health, Health::Degraded);
    QVERIFY(source.lastResult().reason.contains(QStringLiteral("worker-llm")));
    QVERIFY(source.lastResult().reason.contains(QStringLiteral("app")));
}

void TestOrchestratorSource::composeV1Table()
{
    OrchestratorSettings settings =
        fakeSettings("output", readFile(QStringLiteral(OPSCONSOLE_DB_FIXTURES "/compose-v1-table.txt")));
    settings.composeCommand = QStringLiteral("docker-compose");
    OrchestratorSource source;
    source.setSettings(settings);
    QSignalSpy snapshots(&source, &OrchestratorSource::snapshotReady);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 5000);
    const QStringList arguments = QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("args.txt"))))
                                      .split(u'\n', Qt::SkipEmptyParts);
    // `ps` first, then `images` (v1's ps has no image column); the fake keeps the last call's arguments.
    QCOMPARE(arguments, (QStringList{QStringLiteral("-f"), QStringLiteral("docker-compose.production.yml"),
                                     QStringLiteral("-p"), QStringLiteral("fragrance"), QStringLiteral("images")}));
    const auto snapshot = snapshots.at(0).at(0).value<OrchestratorSnapshot>();
    QCOMPARE(snapshot.format, ComposePsParser::Format::Table);
    QCOMPARE(snapshot.service(QStringLiteral("app")).total, 2);
    QCOMPARE(source.lastResult().health, Health::Degraded);
}

void TestOrchestratorSource::nonZeroExitIsDownWithStderrInWords()
{
    OrchestratorSource source;
    source.setSettings(fakeSettings("fail"));
    QSignalSpy checked(&source, &Source::checked);
    QSignalSpy snapshots(&source, &OrchestratorSource::snapshotReady);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY2(source.lastResult().reason.contains(QStringLiteral("Cannot connect to the Docker daemon")),
             qPrintable(source.lastResult().reason));
    QVERIFY(source.lastResult().reason.contains(QStringLiteral("1")));
    QCOMPARE(snapshots.count(), 0);
}

void TestOrchestratorSource::malformedOutputIsDown()
{
    OrchestratorSource source;
    source.setSettings(fakeSettings("garbage"));
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY(!source.lastResult().reason.isEmpty());
}

void TestOrchestratorSource::hangIsKilledAtTheDeadline()
{
    StallProbe probe;
    QVERIFY(probe.start());
    OrchestratorSource source;
    source.setSettings(fakeSettings("hang"));
    source.setTimeout(500);
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QVERIFY(source.isChecking());
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 500 + 2000);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY2(source.lastResult().reason.contains(QStringLiteral("did not answer within")),
             qPrintable(source.lastResult().reason));
    QVERIFY(!source.isChecking());
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestOrchestratorSource::invalidSettingsAreRefused_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("composeFile");
    QTest::newRow("relative program") << QStringLiteral("docker") << QStringLiteral("fragrance")
                                      << QStringLiteral("docker-compose.yml");
    QTest::newRow("missing program") << QStringLiteral("/nonexistent/docker") << QStringLiteral("fragrance")
                                     << QStringLiteral("docker-compose.yml");
    QTest::newRow("option as project") << QString() << QStringLiteral("-h") << QStringLiteral("docker-compose.yml");
    QTest::newRow("option as file") << QString() << QStringLiteral("fragrance") << QStringLiteral("--help");
}

void TestOrchestratorSource::invalidSettingsAreRefused()
{
    QFETCH(QString, program);
    QFETCH(QString, project);
    QFETCH(QString, composeFile);
    OrchestratorSettings settings = fakeSettings("output");
    if (!program.isEmpty())
        settings.program = program;
    settings.projectName = project;
    settings.composeFile = composeFile;
    OrchestratorSource source;
    source.setSettings(settings);
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 2000);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY(!source.lastResult().reason.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("args.txt")))); // never ran
}

void TestOrchestratorSource::realStackComposeV1()
{
    // The runbook's own command (docker-compose 1.29) on the real local stack: what the console shows
    // must be what the Docker Engine holds, read here with `docker ps` past the code under test.
    const ConnectionProfile profile = TestEnv::stackProfile();
    REQUIRE_ENV(profile.name);
    OrchestratorSource source;
    source.setSettings(profile.orchestrator);
    source.setTimeout(20000);
    QSignalSpy snapshots(&source, &OrchestratorSource::snapshotReady);
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    QVERIFY2(snapshots.count() == 1, qPrintable(source.lastResult().reason));
    const auto snapshot = snapshots.at(0).at(0).value<OrchestratorSnapshot>();
    QCOMPARE(snapshot.format, ComposePsParser::Format::Table);
    const QList<StackTest::Container> engine = StackTest::containers();
    QVERIFY(!engine.isEmpty());
    for (const QString& service : {QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl"),
                                   QStringLiteral("postgres"), QStringLiteral("redis"), QStringLiteral("nginx")}) {
        const QList<StackTest::Container> theirs = StackTest::ofService(engine, service);
        QCOMPARE(snapshot.service(service).total, int(theirs.size()));
        QCOMPARE(snapshot.service(service).running,
                 int(std::count_if(theirs.cbegin(), theirs.cend(),
                                   [](const StackTest::Container& c) { return c.state == QLatin1String("running"); })));
    }
    // Compose v1's `ps` has no image column: the tags come from `docker-compose images`.
    for (const QString& service : {QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl")})
        QCOMPARE(snapshot.service(service).imageTag, StackTest::tagOf(service));
    QVERIFY(!snapshot.service(QStringLiteral("app")).imageTag.isEmpty());
    const Health health = source.lastResult().health;
    QVERIFY2(health == Health::Ok || health == Health::Degraded, qPrintable(source.lastResult().reason));
}

void TestOrchestratorSource::kubernetesDeployments()
{
    // `kubectl get deployments -o json` as a cluster answers it: one rollout half done.
    const QByteArray json =
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":["
        "{\"metadata\":{\"name\":\"app\"},\"spec\":{\"replicas\":2,\"template\":{\"spec\":{\"containers\":"
        "[{\"name\":\"app\",\"image\":\"ghcr.io/fragrance/app:0.2.0\"}]}}},\"status\":{\"replicas\":2,\"readyReplicas\":2}},"
        "{\"metadata\":{\"name\":\"worker-llm\"},\"spec\":{\"replicas\":4,\"template\":{\"spec\":{\"containers\":"
        "[{\"name\":\"w\",\"image\":\"ghcr.io/fragrance/worker@sha256:abc\"}]}}},\"status\":{\"replicas\":4,\"readyReplicas\":3}},"
        "{\"metadata\":{\"name\":\"Bad;Name\"},\"spec\":{\"replicas\":1}}]}";
    OrchestratorSettings settings = fakeSettings("output", json);
    settings.kind = OrchestratorSettings::Kind::Kubernetes;
    settings.kubectlProgram = settings.program;
    settings.program.clear();
    settings.kubeContext = QStringLiteral("prod-eu");
    settings.kubeNamespace = QStringLiteral("fragrance");
    qputenv("OPSCONSOLE_TEST_SECRET", "must-not-reach-kubectl");
    OrchestratorSource source;
    source.setSettings(settings);
    QSignalSpy snapshots(&source, &OrchestratorSource::snapshotReady);
    QSignalSpy checked(&source, &Source::checked);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
    const QStringList arguments = QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("args.txt"))))
                                      .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(arguments, (QStringList{QStringLiteral("--context"), QStringLiteral("prod-eu"), QStringLiteral("--namespace"),
                                     QStringLiteral("fragrance"), QStringLiteral("get"), QStringLiteral("deployments"),
                                     QStringLiteral("-o"), QStringLiteral("json")}));
    QVERIFY(!readFile(m_dir->filePath(QStringLiteral("env.txt"))).contains("OPSCONSOLE_TEST_SECRET"));
    QVERIFY(!readFile(m_dir->filePath(QStringLiteral("env.txt"))).contains("DOCKER_HOST"));

    QCOMPARE(snapshots.count(), 1);
    const auto snapshot = snapshots.at(0).at(0).value<OrchestratorSnapshot>();
    QCOMPARE(snapshot.services.size(), 2); // the invalid name is not shown
    QCOMPARE(snapshot.service(QStringLiteral("app")).running, 2);
    QCOMPARE(snapshot.service(QStringLiteral("app")).imageTag, QStringLiteral("0.2.0"));
    QCOMPARE(snapshot.service(QStringLiteral("worker-llm")).running, 3);
    QCOMPARE(snapshot.service(QStringLiteral("worker-llm")).total, 4);
    QCOMPARE(snapshot.service(QStringLiteral("worker-llm")).imageTag, QStringLiteral("sha256:abc"));
    QCOMPARE(source.lastResult().health, Health::Degraded);
    QVERIFY(source.lastResult().reason.contains(QStringLiteral("worker-llm: 3 of 4 ready")));
}

void TestOrchestratorSource::kubernetesMalformedAndInvalid()
{
    OrchestratorSettings settings = fakeSettings("garbage");
    settings.kind = OrchestratorSettings::Kind::Kubernetes;
    settings.kubectlProgram = settings.program;
    {
        OrchestratorSource source;
        source.setSettings(settings);
        QSignalSpy checked(&source, &Source::checked);
        source.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
        QCOMPARE(source.lastResult().health, Health::Down);
        QVERIFY(source.lastResult().reason.contains(QStringLiteral("kubectl get deployments")));
    }
    QFile::remove(m_dir->filePath(QStringLiteral("args.txt")));
    for (const QString& ns : {QStringLiteral("-h"), QStringLiteral("Fragrance"), QStringLiteral("a;b")}) {
        settings.kubeNamespace = ns;
        OrchestratorSource source;
        source.setSettings(settings);
        QSignalSpy checked(&source, &Source::checked);
        source.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 2000);
        QCOMPARE(source.lastResult().health, Health::Down);
        QVERIFY(source.lastResult().reason.contains(ns));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("args.txt")))); // never ran
}

QTEST_GUILESS_MAIN(TestOrchestratorSource)
#include "tst_orchestratorsource.moc"
