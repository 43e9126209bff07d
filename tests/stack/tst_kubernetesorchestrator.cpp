#include "models/stack/kubernetesorchestrator.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// Against tests/common/kubectl-double.sh, installed as `kubectl` in a temporary folder put first on PATH.
/// The double prints JSON as kubectl does, keeps replica counts in deployments.txt and records every argv
/// in kubectl-calls.jsonl.
class TestKubernetesOrchestrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_kubectl;
    OrchestratorSettings m_settings;

    QList<QStringList> calls() const
    {
        QList<QStringList> all;
        QFile file(m_dir.filePath(QStringLiteral("kubectl-calls.jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            return all;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QStringList argv;
            const QJsonArray array = QJsonDocument::fromJson(line).array();
            for (const QJsonValue& v : array)
                argv.append(v.toString());
            all.append(argv);
        }
        return all;
    }

    QStringList prefix() const
    {
        return {m_kubectl, QStringLiteral("--context"), QStringLiteral("demo-cluster"),
                QStringLiteral("--namespace"), QStringLiteral("fragrance")};
    }

    static OrchestratorResult wait(Orchestrator& o, const std::function<void()>& action,
                                   QString* refusedWith = nullptr)
    {
        QSignalSpy finished(&o, &Orchestrator::finished);
        QSignalSpy refused(&o, &Orchestrator::refused);
        action();
        if (!QTest::qWaitFor([&] { return finished.size() + refused.size() > 0; }, 15000))
            return {};
        if (!refused.isEmpty() && refusedWith)
            *refusedWith = refused.first().first().toString();
        return finished.isEmpty() ? OrchestratorResult()
                                  : finished.first().first().value<OrchestratorResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source =
            qEnvironmentVariable("OPSCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/common/kubectl-double.sh");
        QVERIFY2(QFile::copy(source, m_dir.filePath(QStringLiteral("kubectl"))), qPrintable(source));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("kubectl")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                  QFile::ExeGroup);
        // First on PATH, as the real kubectl would be found; the profile then pins its absolute path.
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + qgetenv("PATH"));
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        QCOMPARE(m_kubectl, m_dir.filePath(QStringLiteral("kubectl")));
        QVERIFY(TestEnv::approveProgram(m_kubectl)); // as an operator approves it

        m_settings.kind = OrchestratorSettings::Kind::Kubernetes;
        m_settings.kubectlProgram = m_kubectl;
        m_settings.kubeContext = QStringLiteral("demo-cluster");
        m_settings.kubeNamespace = QStringLiteral("fragrance");
    }

    void init()
    {
        QFile state(m_dir.filePath(QStringLiteral("deployments.txt")));
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write("app 2 fragrance-ai/app:0.2.0\nworker-llm 2 fragrance-ai/worker:0.2.0\nworker-rl 1 "
                    "fragrance-ai/worker:0.2.0\n");
        QFile::remove(m_dir.filePath(QStringLiteral("kubectl-calls.jsonl")));
    }

    void listsDeploymentsWithReplicas()
    {
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        o.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(
            loaded.first().first().toStringList(),
            (QStringList{QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl")}));
        QCOMPARE(o.deploymentReplicas().value(QStringLiteral("worker-llm")), 2);
        QCOMPARE(calls(), QList<QStringList>{
                              prefix() + QStringList({QStringLiteral("get"), QStringLiteral("deployments"),
                                                      QStringLiteral("-o"), QStringLiteral("json")})});
    }

    void scaleAndRestore()
    {
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        o.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        const int before = o.deploymentReplicas().value(QStringLiteral("worker-llm"));

        OrchestratorResult r = wait(o, [&] { o.scale({{QStringLiteral("worker-llm"), 4}}); });
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList scale =
            prefix() + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/worker-llm"),
                                   QStringLiteral("--replicas=4")};
        QCOMPARE(calls().last(), scale);
        QVERIFY(r.output.contains("deployment.apps/worker-llm scaled"));
        QCOMPARE(o.deploymentReplicas().value(QStringLiteral("worker-llm")),
                 before); // list taken before the change

        r = wait(o, [&] { o.scale({{QStringLiteral("worker-llm"), before}}); });
        QVERIFY(r.ok);
        QCOMPARE(o.deploymentReplicas().value(QStringLiteral("worker-llm")), 4); // the list before restoring
        QCOMPARE(calls().last().last(), QStringLiteral("--replicas=%1").arg(before));

        // The emergency downscale: two deployments, one count, one command.
        r = wait(o, [&] { o.scale({{QStringLiteral("worker-llm"), 1}, {QStringLiteral("worker-rl"), 1}}); });
        QVERIFY(r.ok);
        QCOMPARE(r.commands.size(), 1);
        QCOMPARE(calls().last(),
                 prefix() +
                     QStringList({QStringLiteral("scale"), QStringLiteral("deployment/worker-llm"),
                                  QStringLiteral("deployment/worker-rl"), QStringLiteral("--replicas=1")}));
    }

    void rolloutAndImage()
    {
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        OrchestratorResult r = wait(o, [&] { o.rolloutUndo(QStringLiteral("app")); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(calls().last(), prefix() + QStringList({QStringLiteral("rollout"), QStringLiteral("undo"),
                                                         QStringLiteral("deployment/app")}));
        r = wait(o, [&] { o.rolloutStatus(QStringLiteral("app")); });
        QVERIFY(r.ok);
        QCOMPARE(calls().last().mid(prefix().size(), 3),
                 (QStringList{QStringLiteral("rollout"), QStringLiteral("status"),
                              QStringLiteral("deployment/app")}));
        r = wait(o, [&] {
            o.setImage(QStringLiteral("app"), QStringLiteral("app"), QStringLiteral("fragrance-ai/app"),
                       QStringLiteral("0.1.0"));
        });
        QVERIFY(r.ok);
        QCOMPARE(calls().last().last(), QStringLiteral("app=fragrance-ai/app:0.1.0"));
        r = wait(o, [&] { o.restart(QStringLiteral("worker-rl")); });
        QVERIFY(r.ok);
        QCOMPARE(calls().last().mid(prefix().size()),
                 (QStringList{QStringLiteral("rollout"), QStringLiteral("restart"),
                              QStringLiteral("deployment/worker-rl")}));
    }

    void refusedBeforeAnythingRuns()
    {
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QString why;
        for (const QString& name :
             {QStringLiteral("-h"), QStringLiteral("app;rm"), QStringLiteral("--all")}) {
            why.clear();
            wait(
                o,
                [&] {
                    o.scale({{name, 2}});
                },
                &why);
            QVERIFY(why.contains(name));
        }
        why.clear();
        wait(
            o,
            [&] {
                o.setImage(QStringLiteral("app"), QStringLiteral("app"), QStringLiteral("fragrance-ai/app"),
                           QStringLiteral("1.0;rm -rf /"));
            },
            &why);
        QVERIFY(!why.isEmpty());
        why.clear();
        wait(
            o,
            [&] {
                o.setImage(QStringLiteral("app"), QStringLiteral("app"), QStringLiteral("--kubeconfig=/x"),
                           QStringLiteral("1.0"));
            },
            &why);
        QVERIFY(!why.isEmpty());
        QCOMPARE(calls().size(), 0);

        // A well-formed name the cluster does not have: refused after the list, nothing else runs.
        why.clear();
        wait(
            o, [&] { o.rolloutUndo(QStringLiteral("ghost")); }, &why);
        QVERIFY(why.contains(QStringLiteral("ghost")));
        QCOMPARE(calls().size(), 1);
    }

    void kubectlErrorIsData()
    {
        QFile state(m_dir.filePath(QStringLiteral("deployments.txt")));
        QVERIFY(state.open(QIODevice::Append));
        state.write("broken 1 fragrance-ai/app:0.2.0\n");
        state.close();
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        const OrchestratorResult r = wait(o, [&] { o.rolloutUndo(QStringLiteral("broken")); });
        QVERIFY(!r.ok);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.error.contains(QStringLiteral("no rollout history")));
        QCOMPARE(r.commands.size(), 1);
        QVERIFY(!o.isBusy());
    }

    void refusedWhenGoneSinceTheList()
    {
        // The deployment disappears between the list and the command: kubectl's own error comes back.
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        connect(&o, &Orchestrator::servicesLoaded, this, [this] {
            QFile state(m_dir.filePath(QStringLiteral("deployments.txt")));
            if (state.open(QIODevice::WriteOnly | QIODevice::Truncate))
                state.write("app 2 fragrance-ai/app:0.2.0\n");
        });
        o.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        const OrchestratorResult r = wait(o, [&] { o.restart(QStringLiteral("worker-llm")); });
        // The list is fetched again for the action, so the name is refused before kubectl is asked.
        QVERIFY(!r.ok);
        QCOMPARE(calls().size(), 2);
    }

    void followLogsUntilCancelled()
    {
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy lines(&o, &Orchestrator::outputLine);
        QSignalSpy finished(&o, &Orchestrator::finished);
        o.followLogs({QStringLiteral("worker-llm")}, 20);
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 2, 15000);
        QVERIFY(lines.at(1).first().toByteArray().endsWith("registered"));
        QCOMPARE(finished.size(), 0); // still following
        o.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto r = finished.first().first().value<OrchestratorResult>();
        QVERIFY(r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(calls().last().mid(prefix().size()),
                 (QStringList{QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--tail=20"),
                              QStringLiteral("--timestamps"), QStringLiteral("deployment/worker-llm")}));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesOrchestrator)
#include "tst_kubernetesorchestrator.moc"
