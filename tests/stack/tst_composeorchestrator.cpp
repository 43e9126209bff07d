#include "models/stack/composeorchestrator.h"
#include "models/stack/composepsparser.h"
#include "models/stack/processrunner.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "tests/stack/processgone.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// Against the real local stack (docker-compose 1.29 on a private Docker Engine): what changed in the
/// engine is read with `docker ps` (tests/common/stacktest), never from the code under test.
class TestComposeOrchestrator : public QObject
{
    Q_OBJECT

private:
    OrchestratorSettings m_settings;

    QStringList prefix() const
    {
        return {m_settings.program,
                QStringLiteral("-f"),
                m_settings.composeFile,
                QStringLiteral("-p"),
                m_settings.projectName,
                QStringLiteral("--project-directory"),
                m_settings.projectDirectory};
    }

    static int replicasOf(const QString& service) { return StackTest::replicasOf(service); }

    static OrchestratorResult waitFor(Orchestrator& o, const std::function<void()>& action, int timeoutMs = 120000)
    {
        QSignalSpy finished(&o, &Orchestrator::finished);
        QSignalSpy refused(&o, &Orchestrator::refused);
        action();
        if (!QTest::qWaitFor([&] { return finished.size() + refused.size() > 0; }, timeoutMs) || finished.isEmpty()) {
            OrchestratorResult r;
            r.error = refused.isEmpty() ? QStringLiteral("no answer") : refused.first().first().toString();
            return r;
        }
        return finished.first().first().value<OrchestratorResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = TestEnv::stackProfile().orchestrator;
        QVERIFY(!m_settings.program.isEmpty());
        QCOMPARE(m_settings.program, QStringLiteral("/usr/bin/docker-compose")); // the runbook's own command
    }

    void init() { QVERIFY(StackTest::reset()); }
    void cleanupTestCase() { StackTest::reset(); }

    /// A console killed with SIGKILL in the middle of a docker-compose command takes the command with it
    /// (parent-death signal): nothing keeps acting on the stack after the console, its lock and its
    /// records are gone. The long command here is `logs -f`, which never ends by itself.
    void killedConsoleLeavesNoDockerComposeRunning()
    {
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(OPSCONSOLE_PROCESSGROUP_CHILD), {QStringLiteral("compose")});
        QVERIFY(console.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(console.canReadLine(), 30000);
        const QByteArray line = console.readLine().trimmed();
        QVERIFY2(line.startsWith("child "), line.constData());
        const qint64 child = line.mid(6).toLongLong();
        QVERIFY(ProcessGone::alive(child));
        const QByteArray command = ProcessGone::commandLine(child);
        qInfo("the console's child: %lld %s", child, command.constData());
        QVERIFY(command.contains("docker-compose"));
        QVERIFY(command.contains("logs"));
        console.kill();
        QVERIFY(console.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(child), 15000);
    }

    void scaleWorkerLlmAndBack()
    {
        const int before = replicasOf(QStringLiteral("worker-llm"));
        QVERIFY2(before > 0, "worker-llm must be running in the stack");
        const QString tag = StackTest::tagOf(QStringLiteral("worker-llm"));
        QVERIFY(!tag.isEmpty());
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        o.setRunningTags({{QStringLiteral("worker-llm"), tag}});
        OrchestratorResult r = waitFor(o, [&] { o.scale({{QStringLiteral("worker-llm"), 4}}); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.action, QStringLiteral("scale"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.commands, (QList<QStringList>{prefix() + QStringList{QStringLiteral("up"), QStringLiteral("-d"),
                                                                          QStringLiteral("--no-deps"),
                                                                          QStringLiteral("--no-recreate"),
                                                                          QStringLiteral("--scale"),
                                                                          QStringLiteral("worker-llm=4"),
                                                                          QStringLiteral("worker-llm")}}));
        QCOMPARE(r.outputDigest().size(), 64);
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), 4);
        QCOMPARE(StackTest::tagOf(QStringLiteral("worker-llm")), tag);

        r = waitFor(o, [&] { o.scale({{QStringLiteral("worker-llm"), before}}); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), before);
    }

    void execRunsInTheRealDatabase()
    {
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        const OrchestratorResult r = waitFor(o, [&] {
            o.exec(QStringLiteral("postgres"), {QStringLiteral("psql"), QStringLiteral("-U"), QStringLiteral("fragrance_user"),
                                                QStringLiteral("-d"), QStringLiteral("fragrance_ai"), QStringLiteral("-At"),
                                                QStringLiteral("-c"), QStringLiteral("SELECT count(*) > 0 FROM pg_stat_activity")});
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QString::fromUtf8(r.output).trimmed(), QStringLiteral("t"));
    }

    void injectedNamesNeverRun_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("option") << QStringLiteral("-h");
        QTest::newRow("shell") << QStringLiteral("app;rm");
        QTest::newRow("scale flag") << QStringLiteral("--scale");
        QTest::newRow("space") << QStringLiteral("app -f /etc/passwd");
    }
    void injectedNamesNeverRun()
    {
        QFETCH(QString, name);
        const QStringList before = StackTest::fingerprint();
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy refused(&o, &Orchestrator::refused);
        QSignalSpy finished(&o, &Orchestrator::finished);
        o.scale({{name, 2}});
        QCOMPARE(refused.size(), 1); // at once, before any process
        QVERIFY(refused.first().first().toString().contains(name));
        o.restart(name);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!o.isBusy());
        QCOMPARE(StackTest::fingerprint(), before);
    }

    void unknownServiceRefusedAfterTheList()
    {
        const QStringList before = StackTest::fingerprint();
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy refused(&o, &Orchestrator::refused);
        QSignalSpy finished(&o, &Orchestrator::finished);
        o.scale({{QStringLiteral("ghost"), 2}});
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QVERIFY(
            refused.first().first().toString().contains(QStringLiteral("worker-llm"))); // names what exists
        QCOMPARE(finished.size(), 0);
        QVERIFY(o.knownServices().contains(QStringLiteral("worker-llm")));
        QCOMPARE(StackTest::fingerprint(), before);
    }

    /// The service list is reused while the compose file is unchanged (it costs a Python start each
    /// time) and read again once the file changes: a service renamed away is refused at once, and the
    /// same name works again after the file is put back.
    void serviceListFollowsTheComposeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("compose.yml"));
        QFile original(QDir(m_settings.projectDirectory).filePath(m_settings.composeFile));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray yaml = original.readAll();
        QVERIFY(yaml.contains("\n  grafana:\n"));
        const auto write = [&](const QByteArray& content) {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(content), content.size());
        };
        write(yaml);
        OrchestratorSettings s = m_settings;
        s.composeFile = copy; // absolute; relative paths inside still resolve against the project directory
        ComposeOrchestrator o;
        o.setSettings(s);
        const auto ping = [&] {
            return waitFor(o, [&] { o.exec(QStringLiteral("grafana"), {QStringLiteral("true")}); });
        };
        for (int i = 0; i < 2; ++i) {
            const OrchestratorResult r = ping();
            QVERIFY2(r.ok, qPrintable(r.error));
        }

        QByteArray renamed = yaml;
        renamed.replace("\n  grafana:\n", "\n  grafana-renamed:\n");
        write(renamed);
        OrchestratorResult r = ping();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("grafana-renamed")),
                 qPrintable(r.error)); // names what exists
        QVERIFY(o.knownServices().contains(QStringLiteral("grafana-renamed")));

        write(yaml);
        r = ping();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(o.knownServices().contains(QStringLiteral("grafana")));
    }

    void oneActionAtATime()
    {
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy refused(&o, &Orchestrator::refused);
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        o.loadServices();
        QVERIFY(o.isBusy());
        o.restart(QStringLiteral("app"));
        QCOMPARE(refused.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QVERIFY(!o.isBusy());
    }

    /// An engine that is not there: said in words, with the DOCKER_HOST that was tried.
    void unreachableEngineIsNamed()
    {
        OrchestratorSettings s = m_settings;
        s.dockerHost = QStringLiteral("unix:///tmp/opsconsole-no-such-docker.sock");
        QVERIFY(TestEnv::approveProgram(s.program, s.dockerHost)); // approved for that engine, as an operator would
        ComposeOrchestrator o;
        o.setSettings(s);
        o.setRunningTags({{QStringLiteral("worker-llm"), QStringLiteral("0.1.0")}});
        const OrchestratorResult r = waitFor(o, [&] { o.scale({{QStringLiteral("worker-llm"), 3}}); });
        QVERIFY(!r.ok);
        qInfo("failed: %s", qPrintable(r.error));
        QVERIFY2(r.error.contains(s.dockerHost) && r.error.contains(QStringLiteral("does not answer")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QStringLiteral("Traceback")));
    }

    void followLogsUntilCancelled()
    {
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy lines(&o, &Orchestrator::outputLine);
        QSignalSpy finished(&o, &Orchestrator::finished);
        QSignalSpy refused(&o, &Orchestrator::refused);
        o.followLogs({QStringLiteral("app")}, 5);
        QTRY_VERIFY_WITH_TIMEOUT(lines.size() > 0 || finished.size() > 0 || refused.size() > 0, 15000);
        QCOMPARE(refused.size(), 0);
        o.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto r = finished.first().first().value<OrchestratorResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.commands.first().mid(prefix().size()),
                 (QStringList{QStringLiteral("logs"), QStringLiteral("--no-color"), QStringLiteral("-f"),
                              QStringLiteral("--tail"), QStringLiteral("5"), QStringLiteral("--timestamps"),
                              QStringLiteral("app")}));
        QVERIFY(lines.size() > 0);
        // Real lines of the app's containers, with compose v1's prefix and the engine's timestamp.
        const QString first = QString::fromUtf8(lines.first().first().toByteArray());
        QVERIFY2(first.contains(QStringLiteral("app_")) || first.contains(QStringLiteral("Attaching")), qPrintable(first));
        // Plain text: no terminal colour escapes around the service's prefix.
        for (const QList<QVariant>& line : std::as_const(lines))
            QVERIFY2(!line.first().toByteArray().contains('\x1b'), line.first().toByteArray().constData());
    }
};

QTEST_GUILESS_MAIN(TestComposeOrchestrator)
#include "tst_composeorchestrator.moc"
