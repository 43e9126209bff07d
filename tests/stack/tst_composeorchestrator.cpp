#include "models/stack/composeorchestrator.h"
#include "models/stack/composepsparser.h"
#include "models/stack/processrunner.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

/// Against the stack's `docker` double ($OPSCONSOLE_DOCKER), which answers from the simulator's state
/// and appends every call to docker-calls.jsonl. Other workers share that stack: the test reads the
/// replica count first and restores it (also when a check fails, in cleanup()).
class TestComposeOrchestrator : public QObject
{
    Q_OBJECT

private:
    OrchestratorSettings m_settings;
    int m_restoreLlm = -1;

    static QString callsFile() { return TestEnv::stateDir() + QStringLiteral("/docker-calls.jsonl"); }

    static QList<QJsonObject> calls()
    {
        QList<QJsonObject> all;
        QFile file(callsFile());
        if (!file.open(QIODevice::ReadOnly))
            return all;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (!line.trimmed().isEmpty())
                all.append(QJsonDocument::fromJson(line).object());
        }
        return all;
    }

    /// The calls this process made since `from` (other workers append to the same file).
    static QList<QStringList> ourCallsSince(qsizetype from, const QString& program)
    {
        QList<QStringList> argvs;
        const QList<QJsonObject> all = calls();
        for (qsizetype i = from; i < all.size(); ++i) {
            const QJsonArray argv = all.at(i).value(QStringLiteral("argv")).toArray();
            QStringList list;
            for (const QJsonValue& v : argv)
                list.append(v.toString());
            // Ours run in the project directory with -p fragrance-ai; others' (e.g. `compose up -d`) do not.
            if (!list.isEmpty() && list.first() == program &&
                list.contains(QStringLiteral("--project-directory")))
                argvs.append(list);
        }
        return argvs;
    }

    QStringList prefix() const
    {
        return {m_settings.program,
                QStringLiteral("compose"),
                QStringLiteral("-f"),
                m_settings.composeFile,
                QStringLiteral("-p"),
                m_settings.projectName,
                QStringLiteral("--project-directory"),
                m_settings.projectDirectory};
    }

    /// Containers of a service now, from `ps --format json` through the project's own parser.
    int replicasOf(const QString& service)
    {
        ProcessRunner runner;
        runner.setProgram(m_settings.program);
        runner.setArguments({QStringLiteral("compose"), QStringLiteral("-f"), m_settings.composeFile,
                             QStringLiteral("-p"), m_settings.projectName, QStringLiteral("ps"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        runner.setWorkingDirectory(m_settings.projectDirectory);
        QSignalSpy done(&runner, &ProcessRunner::finished);
        runner.start();
        if (!done.wait(15000))
            return -1;
        const auto parsed = ComposePsParser::parse(runner.collectedOutput(), m_settings.projectName);
        const auto services = ComposePsParser::summarize(parsed.containers);
        for (const ServiceReplicas& s : services) {
            if (s.service == service)
                return s.total;
        }
        return 0;
    }

    static OrchestratorResult scaleNow(ComposeOrchestrator& o, const QMap<QString, int>& replicas)
    {
        QSignalSpy finished(&o, &Orchestrator::finished);
        QSignalSpy refused(&o, &Orchestrator::refused);
        o.scale(replicas);
        if (!QTest::qWaitFor([&] { return finished.size() + refused.size() > 0; }, 60000) ||
            finished.isEmpty()) {
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
        QCOMPARE(m_settings.program, qEnvironmentVariable("OPSCONSOLE_DOCKER"));
    }

    void cleanup()
    {
        if (m_restoreLlm < 0)
            return;
        ComposeOrchestrator o;
        o.setSettings(m_settings);
        scaleNow(o, {{QStringLiteral("worker-llm"), m_restoreLlm}});
        m_restoreLlm = -1;
    }

    void scaleWorkerLlmAndRestore()
    {
        const int before = replicasOf(QStringLiteral("worker-llm"));
        QVERIFY2(before > 0, "worker-llm must be running in the stack");
        const qsizetype mark = calls().size();

        ComposeOrchestrator o;
        o.setSettings(m_settings);
        m_restoreLlm = before;
        OrchestratorResult r = scaleNow(o, {{QStringLiteral("worker-llm"), 4}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.action, QStringLiteral("scale"));
        QCOMPARE(r.exitCode, 0);
        const QStringList up =
            prefix() + QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--scale"),
                                   QStringLiteral("worker-llm=4")};
        QCOMPARE(r.commands, QList<QStringList>{up});
        QCOMPARE(r.outputDigest().size(), 64);
        // Exactly what the double saw: first the service list, then the scale.
        const auto seen = ourCallsSince(mark, m_settings.program);
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.at(seen.size() - 2),
                 prefix() + QStringList({QStringLiteral("config"), QStringLiteral("--services")}));
        QCOMPARE(seen.last(), up);
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), 4);

        // Back to what it was.
        r = scaleNow(o, {{QStringLiteral("worker-llm"), before}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(ourCallsSince(mark, m_settings.program).last(),
                 prefix() +
                     QStringList({QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--scale"),
                                  QStringLiteral("worker-llm=") + QString::number(before)}));
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), before);
        m_restoreLlm = -1;
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
        const qsizetype mark = calls().size();
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
        QCOMPARE(ourCallsSince(mark, m_settings.program).size(), 0);
    }

    void unknownServiceRefusedAfterTheList()
    {
        const qsizetype mark = calls().size();
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
        // Only `config --services` ran.
        const auto seen = ourCallsSince(mark, m_settings.program);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().mid(prefix().size()),
                 (QStringList{QStringLiteral("config"), QStringLiteral("--services")}));
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

    void dockerHostInTheChildsEnvironment()
    {
        const qsizetype mark = calls().size();
        OrchestratorSettings s = m_settings;
        s.dockerHost = QStringLiteral("unix:///tmp/opsconsole-test-docker.sock");
        ComposeOrchestrator o;
        o.setSettings(s);
        QSignalSpy done(&o, &Orchestrator::servicesLoaded);
        QSignalSpy refused(&o, &Orchestrator::refused);
        o.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(done.size() + refused.size(), 1, 15000);
        const QList<QJsonObject> all = calls();
        bool found = false;
        for (qsizetype i = mark; i < all.size(); ++i) {
            const QJsonObject env = all.at(i).value(QStringLiteral("env")).toObject();
            if (env.value(QStringLiteral("DOCKER_HOST")).toString() == s.dockerHost)
                found = true;
        }
        QVERIFY(found);
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
                 (QStringList{QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--tail"),
                              QStringLiteral("5"), QStringLiteral("--timestamps"), QStringLiteral("app")}));
        QVERIFY(lines.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestComposeOrchestrator)
#include "tst_composeorchestrator.moc"
