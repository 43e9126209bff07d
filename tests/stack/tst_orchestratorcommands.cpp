#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"

#include <QTest>

using namespace Ops;

class TestOrchestratorCommands : public QObject
{
    Q_OBJECT

private:
    static OrchestratorSettings compose(const QString& command)
    {
        OrchestratorSettings s;
        s.composeCommand = command;
        s.program = command == QLatin1String("docker compose")
                        ? QStringLiteral("/usr/bin/docker")
                        : QStringLiteral("/usr/local/bin/docker-compose");
        s.composeFile = QStringLiteral("docker-compose.production.yml");
        s.projectName = QStringLiteral("fragrance-ai");
        s.projectDirectory = QStringLiteral("/srv/fragrance");
        s.dockerHost = QStringLiteral("ssh://ops@prod-1");
        return s;
    }

private Q_SLOTS:
    void serviceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("worker-llm") << true;
        QTest::newRow("dots underscores") << QStringLiteral("app_v2.blue") << true;
        QTest::newRow("option") << QStringLiteral("-h") << false;
        QTest::newRow("long option") << QStringLiteral("--scale") << false;
        QTest::newRow("shell") << QStringLiteral("app;rm") << false;
        QTest::newRow("space") << QStringLiteral("app rm") << false;
        QTest::newRow("path") << QStringLiteral("../app") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("newline") << QStringLiteral("app\nrm") << false;
    }
    void serviceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Orchestrator::isValidServiceName(name), valid);
    }

    void versions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("valid");
        QTest::newRow("semver") << QStringLiteral("0.2.1") << true;
        QTest::newRow("v prefix") << QStringLiteral("v0.1.0") << true;
        QTest::newRow("latest") << QStringLiteral("latest") << true;
        QTest::newRow("digest") << (QStringLiteral("sha256:") + QString(64, u'a')) << true;
        QTest::newRow("short digest") << QStringLiteral("sha256:abc") << false;
        QTest::newRow("option") << QStringLiteral("-rf") << false;
        QTest::newRow("dot first") << QStringLiteral(".1") << false;
        QTest::newRow("shell") << QStringLiteral("1.0;rm") << false;
        QTest::newRow("128 chars") << QString(128, u'1') << true;
        QTest::newRow("129 chars") << QString(129, u'1') << false;
    }
    void versions()
    {
        QFETCH(QString, version);
        QFETCH(bool, valid);
        QCOMPARE(Orchestrator::isValidVersion(version), valid);
    }

    void composeV2()
    {
        ComposeOrchestrator o;
        o.setSettings(compose(QStringLiteral("docker compose")));
        const QStringList prefix = {QStringLiteral("/usr/bin/docker"),
                                    QStringLiteral("compose"),
                                    QStringLiteral("-f"),
                                    QStringLiteral("docker-compose.production.yml"),
                                    QStringLiteral("-p"),
                                    QStringLiteral("fragrance-ai"),
                                    QStringLiteral("--project-directory"),
                                    QStringLiteral("/srv/fragrance")};
        const auto scale =
            o.scaleCommands({{QStringLiteral("worker-llm"), 1}, {QStringLiteral("worker-rl"), 1}});
        // The runbook's emergency downscale: one command per service, each naming its service, so that
        // Compose neither resets the other services to the file's counts nor recreates anything.
        QCOMPARE(scale.size(), 2);
        QCOMPARE(scale.at(0).argv(),
                 (prefix + QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"),
                                       QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                                       QStringLiteral("worker-llm=1"), QStringLiteral("worker-llm")}));
        QCOMPARE(scale.at(1).argv(),
                 (prefix + QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"),
                                       QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                                       QStringLiteral("worker-rl=1"), QStringLiteral("worker-rl")}));
        // DOCKER_HOST travels in the environment, never on the command line.
        QCOMPARE(scale.first().environment.value(QStringLiteral("DOCKER_HOST")),
                 QStringLiteral("ssh://ops@prod-1"));
        QVERIFY(!scale.first().argv().join(u' ').contains(QStringLiteral("ssh://")));
        QCOMPARE(scale.first().workingDirectory, QStringLiteral("/srv/fragrance"));
        QCOMPARE(o.restartServiceCommand(QStringLiteral("app")).argv(),
                 (prefix + QStringList{QStringLiteral("restart"), QStringLiteral("app")}));
        QCOMPARE(o.downCommand().argv(), (prefix + QStringList{QStringLiteral("down")}));
        QCOMPARE(o.execCommand(QStringLiteral("nginx"), {QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")})
                     .argv(),
                 (prefix + QStringList{QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("nginx"),
                                       QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")}));
        QVERIFY(Orchestrator::isValidProgramName(QStringLiteral("pg_dump")));
        QVERIFY(!Orchestrator::isValidProgramName(QStringLiteral("/bin/sh")));
        QVERIFY(!Orchestrator::isValidProgramName(QStringLiteral("-c")));
        QVERIFY(!Orchestrator::isValidProgramName(QStringLiteral("rm;reboot")));
        QCOMPARE(o.listCommand().argv(),
                 (prefix + QStringList{QStringLiteral("config"), QStringLiteral("--services")}));
        QCOMPARE(o.logsCommand({QStringLiteral("app"), QStringLiteral("nginx")}, 100).argv(),
                 (prefix + QStringList{QStringLiteral("logs"), QStringLiteral("--no-color"), QStringLiteral("-f"),
                                       QStringLiteral("--tail"), QStringLiteral("100"), QStringLiteral("--timestamps"),
                                       QStringLiteral("app"), QStringLiteral("nginx")}));
        // Only PATH, HOME, LANG, DOCKER_HOST (and SETUPTOOLS_USE_DISTUTILS when set) reach the child.
        for (const QString& key : scale.first().environment.keys())
            QVERIFY2(QStringList({QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG"),
                                  QStringLiteral("DOCKER_HOST"), QStringLiteral("SETUPTOOLS_USE_DISTUTILS")})
                         .contains(key),
                     qPrintable(key));
    }

    void composeV1()
    {
        ComposeOrchestrator o;
        OrchestratorSettings s = compose(QStringLiteral("docker-compose"));
        s.dockerHost.clear();
        o.setSettings(s);
        const auto scale = o.scaleCommands({{QStringLiteral("app"), 5}});
        QCOMPARE(scale.first().argv(),
                 (QStringList{QStringLiteral("/usr/local/bin/docker-compose"), QStringLiteral("-f"),
                              QStringLiteral("docker-compose.production.yml"), QStringLiteral("-p"),
                              QStringLiteral("fragrance-ai"), QStringLiteral("--project-directory"),
                              QStringLiteral("/srv/fragrance"), QStringLiteral("up"), QStringLiteral("-d"),
                              QStringLiteral("--no-deps"), QStringLiteral("--no-recreate"),
                              QStringLiteral("--scale"), QStringLiteral("app=5"), QStringLiteral("app")}));
        QVERIFY(!scale.first().environment.contains(QStringLiteral("DOCKER_HOST")));
        // The version that runs is pinned, so that new replicas start on it (not on the file's default).
        QVERIFY(!scale.first().environment.contains(QStringLiteral("VERSION")));
        o.setRunningTags({{QStringLiteral("app"), QStringLiteral("0.1.0")}});
        QCOMPARE(o.scaleCommands({{QStringLiteral("app"), 5}}).first().environment.value(QStringLiteral("VERSION")),
                 QStringLiteral("0.1.0"));
        // Adding replicas of a service whose version is unknown would start the file's default: refused.
        QVERIFY(!o.scaleProblem({{QStringLiteral("worker-llm"), 3}}, {{QStringLiteral("worker-llm"), 2}}).isEmpty());
        QVERIFY(o.scaleProblem({{QStringLiteral("worker-llm"), 1}}, {{QStringLiteral("worker-llm"), 2}}).isEmpty());
        QVERIFY(o.scaleProblem({{QStringLiteral("app"), 6}}, {{QStringLiteral("app"), 5}}).isEmpty());
    }

    void composeServiceList()
    {
        ComposeOrchestrator o;
        QString error;
        // A service the console could not address safely is never offered.
        QCOMPARE(o.parseList("app\nworker-llm\n-h\n\nnginx\n", &error),
                 (QStringList{QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("nginx")}));
        QVERIFY(error.isEmpty());
        o.parseList("\n", &error);
        QVERIFY(!error.isEmpty());
    }

    void kubernetes()
    {
        KubernetesOrchestrator o;
        OrchestratorSettings s;
        s.kind = OrchestratorSettings::Kind::Kubernetes;
        s.kubectlProgram = QStringLiteral("/usr/bin/kubectl");
        s.kubeContext = QStringLiteral("prod");
        s.kubeNamespace = QStringLiteral("fragrance");
        o.setSettings(s);
        const QStringList prefix = {QStringLiteral("/usr/bin/kubectl"), QStringLiteral("--context"),
                                    QStringLiteral("prod"), QStringLiteral("--namespace"),
                                    QStringLiteral("fragrance")};
        QCOMPARE(o.listCommand().argv(),
                 (prefix + QStringList{QStringLiteral("get"), QStringLiteral("deployments"),
                                       QStringLiteral("-o"), QStringLiteral("json")}));
        const auto scale = o.scaleCommands({{QStringLiteral("worker-llm"), 1},
                                            {QStringLiteral("worker-rl"), 1},
                                            {QStringLiteral("app"), 4}});
        QCOMPARE(scale.size(), 2); // one per distinct count
        QCOMPARE(o.execCommand(QStringLiteral("postgres"), {QStringLiteral("pg_dump"), QStringLiteral("-U"), QStringLiteral("u")})
                     .argv(),
                 (prefix + QStringList{QStringLiteral("exec"), QStringLiteral("deployment/postgres"), QStringLiteral("--"),
                                       QStringLiteral("pg_dump"), QStringLiteral("-U"), QStringLiteral("u")}));
        QCOMPARE(
            scale.at(0).argv(),
            (prefix + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/worker-llm"),
                                  QStringLiteral("deployment/worker-rl"), QStringLiteral("--replicas=1")}));
        QCOMPARE(scale.at(1).argv(),
                 (prefix + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/app"),
                                       QStringLiteral("--replicas=4")}));
        QCOMPARE(o.rolloutUndoCommand(QStringLiteral("app")).argv(),
                 (prefix + QStringList{QStringLiteral("rollout"), QStringLiteral("undo"),
                                       QStringLiteral("deployment/app")}));
        QCOMPARE(o.setImageCommand(QStringLiteral("app"), QStringLiteral("app"),
                                   QStringLiteral("ghcr.io/fragrance/app"), QStringLiteral("0.1.0"))
                     .argv(),
                 (prefix + QStringList{QStringLiteral("set"), QStringLiteral("image"),
                                       QStringLiteral("deployment/app"),
                                       QStringLiteral("app=ghcr.io/fragrance/app:0.1.0")}));
        const QString digest = QStringLiteral("sha256:") + QString(64, u'b');
        QVERIFY(o.setImageCommand(QStringLiteral("app"), QStringLiteral("app"),
                                  QStringLiteral("registry:5000/app"), digest)
                    .arguments.last()
                    .endsWith(QStringLiteral("registry:5000/app@") + digest));
        QCOMPARE(o.logsCommand({QStringLiteral("app")}, 50).arguments.mid(4),
                 (QStringList{QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--tail=50"),
                              QStringLiteral("--timestamps"), QStringLiteral("deployment/app")}));
        QVERIFY(KubernetesOrchestrator::isValidImage(QStringLiteral("ghcr.io/fragrance/app")));
        QVERIFY(!KubernetesOrchestrator::isValidImage(QStringLiteral("-app")));
        QVERIFY(!KubernetesOrchestrator::isValidImage(QStringLiteral("app:1.0"))); // the version is separate
    }

    void invalidSettingsAreRefused()
    {
        KubernetesOrchestrator k;
        OrchestratorSettings s;
        s.kind = OrchestratorSettings::Kind::Kubernetes;
        s.kubectlProgram = QStringLiteral("kubectl"); // not absolute: never looked up per call
        k.setSettings(s);
        QVERIFY(!k.validateSettings().isEmpty());
        s.kubectlProgram = QStringLiteral("/bin/sh");
        s.kubeNamespace = QStringLiteral("-n");
        k.setSettings(s);
        QVERIFY(!k.validateSettings().isEmpty());
        s.kubeNamespace = QStringLiteral("default");
        s.kubeContext = QStringLiteral("--kubeconfig=/tmp/x");
        k.setSettings(s);
        QVERIFY(!k.validateSettings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrchestratorCommands)
#include "tst_orchestratorcommands.moc"
