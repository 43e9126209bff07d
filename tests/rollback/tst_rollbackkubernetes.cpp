#include "models/stack/kubernetesorchestrator.h"
#include "models/rollback/rollbackplan.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The full rollback's steps on Kubernetes, run one by one through the orchestrator against
/// tests/common/kubectl-double.sh (no Kubernetes API server can run here): the application's
/// deployments to 0 while postgres keeps running (it holds the operator lock and the console's records),
/// pg_isready, the backup fed to psql's standard input after the statements that empty what it replaces,
/// the tables listed, the application's images set to the target and scaled back to their counts.
class TestRollbackKubernetes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OrchestratorSettings m_settings;

    QMap<QString, QPair<int, QString>> deployments() const
    {
        QMap<QString, QPair<int, QString>> out;
        QFile f(m_dir.filePath(QStringLiteral("deployments.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() == 3)
                out.insert(QString::fromUtf8(parts.at(0)),
                           {parts.at(1).toInt(), QString::fromUtf8(parts.at(2))});
        }
        return out;
    }

    /// Every state the double went through, each as name → (replicas, image).
    QList<QMap<QString, QPair<int, QString>>> history() const
    {
        QList<QMap<QString, QPair<int, QString>>> out;
        QFile f(m_dir.filePath(QStringLiteral("deployments-history.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QMap<QString, QPair<int, QString>> state;
            for (const QByteArray& row : line.split(';')) {
                const QList<QByteArray> parts = row.simplified().split(' ');
                if (parts.size() == 3)
                    state.insert(QString::fromUtf8(parts.at(0)), {parts.at(1).toInt(), QString::fromUtf8(parts.at(2))});
            }
            out.append(state);
        }
        return out;
    }

    void writeState(const QByteArray& rows)
    {
        QFile state(m_dir.filePath(QStringLiteral("deployments.txt")));
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write(rows);
        QFile::remove(m_dir.filePath(QStringLiteral("deployments-history.txt")));
    }

    /// No state of the cluster had every deployment at 0, and the ones outside the application never
    /// changed at all.
    void checkNamespaceNeverZero(const QStringList& application)
    {
        const auto states = history();
        QVERIFY(!states.isEmpty());
        const auto first = states.first();
        for (const auto& state : states) {
            int total = 0;
            for (auto it = state.cbegin(); it != state.cend(); ++it) {
                total += it.value().first;
                if (!application.contains(it.key()))
                    QCOMPARE(it.value(), first.value(it.key()));
            }
            QVERIFY(total > 0);
        }
    }

    static OrchestratorResult run(Orchestrator& o, const RollbackStep& step)
    {
        QSignalSpy finished(&o, &Orchestrator::finished);
        QSignalSpy refused(&o, &Orchestrator::refused);
        o.runCommands(QStringLiteral("rollback-step"), step.names, step.commands);
        if (!QTest::qWaitFor([&] { return finished.size() + refused.size() > 0; }, 15000) ||
            !refused.isEmpty()) {
            OrchestratorResult r;
            r.error = refused.isEmpty() ? QStringLiteral("no answer") : refused.first().first().toString();
            return r;
        }
        return finished.first().first().value<OrchestratorResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source =
            qEnvironmentVariable("OPSCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/common/kubectl-double.sh");
        const QString kubectl = m_dir.filePath(QStringLiteral("kubectl"));
        QVERIFY2(QFile::copy(source, kubectl), qPrintable(source));
        QFile::setPermissions(kubectl, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(TestEnv::approveProgram(kubectl)); // as an operator approves it
        m_settings.kind = OrchestratorSettings::Kind::Kubernetes;
        m_settings.kubectlProgram = kubectl;
        m_settings.kubeNamespace = QStringLiteral("fragrance");
    }

    void init()
    {
        writeState("app 2 fragrance-ai/app:0.2.0\nworker-llm 2 fragrance-ai/worker-llm:0.2.0\n"
                   "worker-rl 1 fragrance-ai/worker-rl:0.2.0\npostgres 1 postgres:15-alpine\n");
    }

    /// The quick rollback on a cluster whose images come from a registry of their own, next to deployments
    /// that are not the application's: each application deployment gets the target tag of its own
    /// repository and its own count, everything else stays as it was, and the namespace is never at zero.
    void quickRollbackTouchesOnlyTheApplicationsOwnImages()
    {
        writeState("app 3 registry.internal:5000/team/app:0.2.0\n"
                   "worker-llm 2 registry.internal:5000/team/worker-llm:0.2.0\n"
                   "worker-rl 1 fragrance-ai/worker-rl:0.2.0\npostgres 1 postgres:15-alpine\n"
                   "redis 1 redis:7-alpine\nmetrics-gateway 2 registry.internal:5000/team/metrics-gateway:0.2.0\n");
        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        RollbackRequest request;
        request.path = RollbackPath::Quick;
        request.version = QStringLiteral("0.1.0");
        request.applicationReplicas = {{QStringLiteral("app"), 3}, {QStringLiteral("worker-llm"), 2},
                                       {QStringLiteral("worker-rl"), 1}};
        QString error;
        QVERIFY2(RollbackPlan::build(request, o, &error).isEmpty(), "no plan before the images are known");
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        o.loadServices();
        QVERIFY(loaded.wait(10000));
        const QList<RollbackStep> plan = RollbackPlan::build(request, o, &error);
        QVERIFY2(plan.size() == 1, qPrintable(error));
        QVERIFY(run(o, plan.first()).ok);

        const auto after = deployments();
        QCOMPARE(after.value(QStringLiteral("app")), qMakePair(3, QStringLiteral("registry.internal:5000/team/app:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("worker-llm")),
                 qMakePair(2, QStringLiteral("registry.internal:5000/team/worker-llm:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("worker-rl")), qMakePair(1, QStringLiteral("fragrance-ai/worker-rl:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("postgres")), qMakePair(1, QStringLiteral("postgres:15-alpine")));
        QCOMPARE(after.value(QStringLiteral("redis")), qMakePair(1, QStringLiteral("redis:7-alpine")));
        QCOMPARE(after.value(QStringLiteral("metrics-gateway")),
                 qMakePair(2, QStringLiteral("registry.internal:5000/team/metrics-gateway:0.2.0")));
        // A quick rollback never stops anything: no application deployment was ever at 0 either.
        for (const auto& state : history())
            for (const QString& name : request.applicationReplicas.keys())
                QVERIFY(state.value(name).first > 0);
        checkNamespaceNeverZero(request.applicationReplicas.keys());
    }

    void fullRollbackSteps()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.sql"));
        QFile b(backup);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("CREATE TABLE public.rollback_probe (id integer);\nCOPY public.rollback_probe (id) FROM "
                "stdin;\n1\n\\.\n");
        b.close();

        KubernetesOrchestrator o;
        o.setSettings(m_settings);
        QSignalSpy loaded(&o, &Orchestrator::servicesLoaded);
        o.loadServices(); // the replica counts the rollback scales back to
        QVERIFY(loaded.wait(10000));
        RollbackRequest request;
        request.path = RollbackPath::Full;
        request.version = QStringLiteral("0.1.0");
        request.backupFile = backup;
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(request, o, &error);
        QVERIFY2(steps.isEmpty(), "the replica counts to start again with are required");
        request.applicationReplicas = {{QStringLiteral("app"), 2}, {QStringLiteral("worker-llm"), 2},
                                       {QStringLiteral("worker-rl"), 1}};
        const QList<RollbackStep> plan = RollbackPlan::build(request, o, &error);
        QVERIFY2(plan.size() == 5, qPrintable(error));
        QCOMPARE(plan.at(0).kind, RollbackStepKind::StopApplication);
        QCOMPARE(plan.at(4).kind, RollbackStepKind::StartVersion);

        QVERIFY(run(o, plan.at(0)).ok); // the application stops, PostgreSQL does not
        QCOMPARE(deployments().value(QStringLiteral("app")).first, 0);
        QCOMPARE(deployments().value(QStringLiteral("worker-llm")).first, 0);
        QCOMPARE(deployments().value(QStringLiteral("worker-rl")).first, 0);
        QCOMPARE(deployments().value(QStringLiteral("postgres")).first, 1);
        QVERIFY(run(o, plan.at(1)).ok); // pg_isready
        QVERIFY(run(o, plan.at(2)).ok); // restore
        QFile fed(m_dir.filePath(QStringLiteral("psql-stdin.sql")));
        QVERIFY(fed.open(QIODevice::ReadOnly));
        b.open(QIODevice::ReadOnly);
        QCOMPARE(fed.readAll(), b.readAll());
        QFile before(m_dir.filePath(QStringLiteral("psql-before.sql")));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray statements = before.readAll();
        QVERIFY2(statements.contains("public"), statements.constData()); // public is emptied first
        const OrchestratorResult tables = run(o, plan.at(3));
        QVERIFY(tables.ok);
        QCOMPARE(tables.output.trimmed(), QByteArray("public.rollback_probe"));
        QVERIFY(run(o, plan.at(4)).ok); // images and replicas
        const auto after = deployments();
        QCOMPARE(after.value(QStringLiteral("app")), qMakePair(2, QStringLiteral("fragrance-ai/app:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("worker-llm")),
                 qMakePair(2, QStringLiteral("fragrance-ai/worker-llm:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("worker-rl")),
                 qMakePair(1, QStringLiteral("fragrance-ai/worker-rl:0.1.0")));
        QCOMPARE(after.value(QStringLiteral("postgres")), qMakePair(1, QStringLiteral("postgres:15-alpine")));
        // Through every state of the run, PostgreSQL (which holds the lock) kept running.
        checkNamespaceNeverZero({QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl")});
    }
};

QTEST_GUILESS_MAIN(TestRollbackKubernetes)
#include "tst_rollbackkubernetes.moc"
