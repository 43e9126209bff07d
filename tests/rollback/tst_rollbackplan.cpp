#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"
#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunstate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The plan per path with the exact commands (Compose and kubectl), the command line shown on the
/// Review page, the tables of a pg_dump, and the saved run state.
class TestRollbackPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_program;
    QString m_kubectl;

    OrchestratorSettings compose() const
    {
        OrchestratorSettings s;
        s.program = m_program;
        s.composeFile = QStringLiteral("docker-compose.production.yml");
        s.projectName = QStringLiteral("fragrance-ai");
        s.projectDirectory = m_dir.path();
        return s;
    }

    static QStringList prefix()
    {
        return {QStringLiteral("compose"),
                QStringLiteral("-f"),
                QStringLiteral("docker-compose.production.yml"),
                QStringLiteral("-p"),
                QStringLiteral("fragrance-ai"),
                QStringLiteral("--project-directory")};
    }

    static QList<RollbackStep::Kind> kinds(const QList<RollbackStep>& steps)
    {
        QList<RollbackStep::Kind> k;
        for (const RollbackStep& s : steps)
            k << s.kind;
        return k;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_program = m_dir.filePath(QStringLiteral("docker"));
        m_kubectl = m_dir.filePath(QStringLiteral("kubectl"));
        for (const QString& p : {m_program, m_kubectl}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n");
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        QFile compose(m_dir.filePath(QStringLiteral("docker-compose.production.yml")));
        QVERIFY(compose.open(QIODevice::WriteOnly));
    }

    void quickPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::Quick;
        r.version = QStringLiteral("0.1.0");
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(!steps.isEmpty(), qPrintable(error));
        QCOMPARE(kinds(steps),
                 ((QList<RollbackStep::Kind>{RollbackStep::Kind::Down, RollbackStep::Kind::StartVersion})));
        QCOMPARE(steps.at(0).commands.first().arguments,
                 (prefix() + QStringList{m_dir.path(), QStringLiteral("down")}));
        const OrchestratorCommand up = steps.at(1).commands.first();
        QCOMPARE(up.arguments,
                 (prefix() + QStringList{m_dir.path(), QStringLiteral("up"), QStringLiteral("-d")}));
        QCOMPARE(up.environment.value(QStringLiteral("VERSION")), QStringLiteral("0.1.0"));
        QVERIFY(!up.environment.contains(QStringLiteral("DOCKER_HOST")));
        QCOMPARE(RollbackPlan::commandLine(up),
                 QStringLiteral("VERSION=0.1.0 ") + m_program +
                     QStringLiteral(" compose -f docker-compose.production.yml -p "
                                    "fragrance-ai --project-directory ") +
                     m_dir.path() + QStringLiteral(" up -d"));
        QVERIFY(steps.at(0).destructive());
    }

    void fullPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::Full;
        r.version = QStringLiteral("v0.1.0");
        r.backupFile = QStringLiteral("/srv/backups/backup 1.sql");
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(!steps.isEmpty(), qPrintable(error));
        QCOMPARE(kinds(steps), (QList<RollbackStep::Kind>{
                                   RollbackStep::Kind::Down, RollbackStep::Kind::StartDatabase,
                                   RollbackStep::Kind::WaitDatabase, RollbackStep::Kind::Restore,
                                   RollbackStep::Kind::CheckTables, RollbackStep::Kind::StartVersion}));
        const QStringList tail = prefix() + QStringList{m_dir.path()};
        QCOMPARE(
            steps.at(1).commands.first().arguments,
            (tail + QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("postgres")}));
        QVERIFY(!steps.at(1).commands.first().environment.contains(QStringLiteral("VERSION")));
        QCOMPARE(steps.at(1).names, (QStringList{QStringLiteral("postgres")}));
        QCOMPARE(steps.at(2).commands.first().arguments,
                 (tail + QStringList{QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                                     QStringLiteral("pg_isready"), QStringLiteral("-U"),
                                     QStringLiteral("fragrance_user"), QStringLiteral("-d"),
                                     QStringLiteral("fragrance_ai")}));
        const OrchestratorCommand restore = steps.at(3).commands.first();
        QCOMPARE(restore.arguments,
                 (tail +
                  QStringList{QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                              QStringLiteral("psql"), QStringLiteral("-U"), QStringLiteral("fragrance_user"),
                              QStringLiteral("-d"), QStringLiteral("fragrance_ai"), QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction")}));
        QCOMPARE(restore.stdinFile, r.backupFile);
        QVERIFY(
            RollbackPlan::commandLine(restore).endsWith(QStringLiteral(" < '/srv/backups/backup 1.sql'")));
        QVERIFY(steps.at(4).commands.first().arguments.contains(RollbackPlan::tablesQuery()));
        QVERIFY(!steps.at(2).destructive());
        QVERIFY(!steps.at(4).destructive());
        QVERIFY(steps.at(3).destructive());
        QCOMPARE(steps.at(5).commands.first().environment.value(QStringLiteral("VERSION")),
                 QStringLiteral("v0.1.0"));
    }

    void workersPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::WorkersOnly;
        r.version = QStringLiteral("0.1.0");
        r.workerServices = {QStringLiteral("worker-llm"), QStringLiteral("worker-rl")};
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().kind, RollbackStep::Kind::StartWorkers);
        QCOMPARE(steps.first().names, r.workerServices);
        QCOMPARE(steps.first().commands.first().arguments.mid(prefix().size() + 1),
                 ((QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("worker-llm"),
                               QStringLiteral("worker-rl")})));
        QCOMPARE(steps.first().commands.first().environment.value(QStringLiteral("VERSION")),
                 QStringLiteral("0.1.0"));
    }

    void invalidRequestsAreRefused_data()
    {
        QTest::addColumn<int>("path");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("workers");
        const QStringList w{QStringLiteral("worker-llm")};
        QTest::newRow("option as version")
            << int(RollbackPath::Quick) << QStringLiteral("--help") << QString() << QStringLiteral("u") << w;
        QTest::newRow("shell in version") << int(RollbackPath::Quick) << QStringLiteral("0.1;rm -rf /")
                                          << QString() << QStringLiteral("u") << w;
        QTest::newRow("empty version")
            << int(RollbackPath::Quick) << QString() << QString() << QStringLiteral("u") << w;
        QTest::newRow("full without backup")
            << int(RollbackPath::Full) << QStringLiteral("0.1.0") << QString() << QStringLiteral("u") << w;
        QTest::newRow("bad user") << int(RollbackPath::Full) << QStringLiteral("0.1.0")
                                  << QStringLiteral("/b.sql") << QStringLiteral("-U") << w;
        QTest::newRow("bad worker") << int(RollbackPath::WorkersOnly) << QStringLiteral("0.1.0") << QString()
                                    << QStringLiteral("u") << QStringList{QStringLiteral("-h")};
        QTest::newRow("no workers") << int(RollbackPath::WorkersOnly) << QStringLiteral("0.1.0") << QString()
                                    << QStringLiteral("u") << QStringList();
        QTest::newRow("no path") << int(RollbackPath::None) << QStringLiteral("0.1.0") << QString()
                                 << QStringLiteral("u") << w;
    }

    void invalidRequestsAreRefused()
    {
        QFETCH(int, path);
        QFETCH(QString, version);
        QFETCH(QString, backup);
        QFETCH(QString, user);
        QFETCH(QStringList, workers);
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath(path);
        r.version = version;
        r.backupFile = backup;
        r.databaseUser = user;
        r.workerServices = workers;
        QString error;
        QVERIFY(RollbackPlan::build(r, o, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void kubernetesPlan()
    {
        KubernetesOrchestrator o;
        OrchestratorSettings s;
        s.kind = OrchestratorSettings::Kind::Kubernetes;
        s.kubectlProgram = m_kubectl;
        s.kubeNamespace = QStringLiteral("fragrance");
        o.setSettings(s);
        RollbackRequest r;
        r.path = RollbackPath::Full;
        r.version = QStringLiteral("0.1.0");
        r.backupFile = QStringLiteral("/b.sql");
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(steps.size() == 6, qPrintable(error));
        const QStringList ns{QStringLiteral("--namespace"), QStringLiteral("fragrance")};
        QCOMPARE(steps.at(0).commands.first().arguments,
                 (ns + QStringList{QStringLiteral("scale"), QStringLiteral("deployment"),
                                   QStringLiteral("--all"), QStringLiteral("--replicas=0")}));
        QCOMPARE(steps.at(1).commands.first().arguments,
                 (ns + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/postgres"),
                                   QStringLiteral("--replicas=1")}));
        QCOMPARE(steps.at(3).commands.first().arguments.mid(2, 3),
                 ((QStringList{QStringLiteral("exec"), QStringLiteral("-i"),
                               QStringLiteral("deployment/postgres")})));
        QCOMPARE(steps.at(3).commands.first().stdinFile, QStringLiteral("/b.sql"));
        const QList<OrchestratorCommand> up =
            o.upCommands(QStringLiteral("0.1.0"), {QStringLiteral("worker-llm")});
        QCOMPARE(up.size(), 2);
        QCOMPARE(up.first().arguments, (ns + QStringList{QStringLiteral("set"), QStringLiteral("image"),
                                                         QStringLiteral("deployment/worker-llm"),
                                                         QStringLiteral("*=fragrance-ai/worker-llm:0.1.0")}));
    }

    void tablesOfADump()
    {
        const QString path = m_dir.filePath(QStringLiteral("dump.sql"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- PostgreSQL database dump\nDROP TABLE IF EXISTS public.rollback_probe;\n"
                "CREATE TABLE public.rollback_probe (\n    id integer NOT NULL\n);\n"
                "CREATE TABLE \"Odd\".\"Name\" (x int);\nCREATE TABLE plain (x int);\n"
                "COPY public.rollback_probe (id) FROM stdin;\n1\n\\.\n");
        f.close();
        QCOMPARE(RollbackPlan::tablesInDump(path),
                 (QSet<QString>{QStringLiteral("public.rollback_probe"), QStringLiteral("Odd.Name"),
                                QStringLiteral("public.plain")}));
    }

    void runStateRoundTripAndResumePoint()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::Full;
        r.version = QStringLiteral("0.1.0");
        r.backupFile = QStringLiteral("/b.sql");
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        RollbackRunState s = RollbackRunState::create(QStringLiteral("demo"), r, steps);
        s.recommended = RollbackPath::Quick;
        s.reason = QStringLiteral("migration 0042 broke the orders table");
        QCOMPARE(s.nextStep(), 0);
        QVERIFY(s.steps.at(3).commandLines.first().contains(QStringLiteral("< /b.sql")));
        for (int i = 0; i < 3; ++i)
            s.steps[i].state = RollbackRunState::StepState::Done;
        s.steps[3].state = RollbackRunState::StepState::Running; // the console died during the restore
        QCOMPARE(s.nextStep(), 3);
        QVERIFY(s.interruptedDestructive());
        s.steps[3].state = RollbackRunState::StepState::Done;
        s.steps[4].state = RollbackRunState::StepState::Running; // during the table check: safe to repeat
        QVERIFY(!s.interruptedDestructive());

        RollbackStateFile file(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("state")));
        QVERIFY(!file.load());
        QVERIFY(file.save(s));
        QVERIFY(file.path().endsWith(QStringLiteral("/state/rollback-demo.json")));
        const std::optional<RollbackRunState> back = file.load();
        QVERIFY(back);
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->nextStep(), 4);
        QCOMPARE(back->request.path, RollbackPath::Full);
        QCOMPARE(back->recommended, RollbackPath::Quick);
        QVERIFY(file.remove());
        QVERIFY(!file.load());
    }
};

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "tst_rollbackplan.moc"
