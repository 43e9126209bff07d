#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"
#include "models/rollback/rollbackincident.h"
#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunstate.h"

#include <QFile>
#include <QJsonObject>
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

    static QMap<QString, int> application()
    {
        return {{QStringLiteral("app"), 3}, {QStringLiteral("worker-llm"), 4}, {QStringLiteral("worker-rl"), 1}};
    }

    /// The one command that puts the application's services on a version: only them, at their counts.
    void checkDeploy(const OrchestratorCommand& up, const QMap<QString, int>& services, const QString& version)
    {
        QStringList expected = prefix() + QStringList{m_dir.path(), QStringLiteral("up"), QStringLiteral("-d"),
                                                      QStringLiteral("--no-deps")};
        for (auto it = services.cbegin(); it != services.cend(); ++it)
            expected << QStringLiteral("--scale") << it.key() + u'=' + QString::number(it.value());
        expected += services.keys();
        QCOMPARE(up.arguments, expected);
        QCOMPARE(up.environment.value(QStringLiteral("VERSION")), version);
    }

    void quickPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::Quick;
        r.version = QStringLiteral("0.1.0");
        QString error;
        QVERIFY(RollbackPlan::build(r, o, &error).isEmpty()); // the replica counts are not known yet
        QVERIFY(!error.isEmpty());
        r.applicationReplicas = application();
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(!steps.isEmpty(), qPrintable(error));
        // No `down`: PostgreSQL (the lock, the console's records), Redis and NGINX keep running.
        QCOMPARE(kinds(steps), (QList<RollbackStep::Kind>{RollbackStep::Kind::StartVersion}));
        const OrchestratorCommand up = steps.at(0).commands.first();
        checkDeploy(up, application(), QStringLiteral("0.1.0"));
        QCOMPARE(steps.at(0).names, application().keys());
        QVERIFY(!up.environment.contains(QStringLiteral("DOCKER_HOST")));
        QCOMPARE(RollbackPlan::commandLine(up),
                 QStringLiteral("VERSION=0.1.0 ") + m_program +
                     QStringLiteral(" compose -f docker-compose.production.yml -p fragrance-ai --project-directory ") +
                     m_dir.path() +
                     QStringLiteral(" up -d --no-deps --scale app=3 --scale worker-llm=4 --scale worker-rl=1 app "
                                    "worker-llm worker-rl"));
        QVERIFY(steps.at(0).destructive());
    }

    void fullPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        const QString backup = m_dir.filePath(QStringLiteral("backup 1.sql"));
        QFile dump(backup);
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write("--\n-- PostgreSQL database dump\nCREATE SCHEMA ops;\nCREATE TABLE public.fragrances (id int);\n");
        dump.close();
        RollbackRequest r;
        r.path = RollbackPath::Full;
        r.version = QStringLiteral("v0.1.0");
        r.backupFile = backup;
        r.applicationReplicas = application();
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(!steps.isEmpty(), qPrintable(error));
        QCOMPARE(kinds(steps), (QList<RollbackStep::Kind>{
                                   RollbackStep::Kind::StopApplication, RollbackStep::Kind::WaitDatabase,
                                   RollbackStep::Kind::Restore, RollbackStep::Kind::CheckTables,
                                   RollbackStep::Kind::StartVersion}));
        const QStringList tail = prefix() + QStringList{m_dir.path()};
        // Only the application's services stop; the database keeps running.
        QCOMPARE(steps.at(0).commands.first().arguments,
                 (tail + QStringList{QStringLiteral("stop"), QStringLiteral("app"), QStringLiteral("worker-llm"),
                                     QStringLiteral("worker-rl")}));
        QCOMPARE(steps.at(1).commands.first().arguments,
                 (tail + QStringList{QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                                     QStringLiteral("pg_isready"), QStringLiteral("-U"),
                                     QStringLiteral("fragrance_user"), QStringLiteral("-d"),
                                     QStringLiteral("fragrance_ai")}));
        const OrchestratorCommand restore = steps.at(2).commands.first();
        // Every schema the dump creates is replaced, and public emptied (the dump does not create it).
        QCOMPARE(restore.arguments,
                 (tail + QStringList{QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                                     QStringLiteral("psql"), QStringLiteral("-U"), QStringLiteral("fragrance_user"),
                                     QStringLiteral("-d"), QStringLiteral("fragrance_ai"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction"),
                                     QStringLiteral("-c"), QStringLiteral("DROP SCHEMA IF EXISTS ops CASCADE"),
                                     QStringLiteral("-c"), QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
                                     QStringLiteral("-c"), QStringLiteral("CREATE SCHEMA public"),
                                     QStringLiteral("-f"), QStringLiteral("-")}));
        QCOMPARE(restore.stdinFile, r.backupFile);
        QVERIFY2(RollbackPlan::commandLine(restore).endsWith(QStringLiteral(" < '") + backup + u'\''),
                 qPrintable(RollbackPlan::commandLine(restore)));
        QVERIFY(steps.at(3).commands.first().arguments.contains(RollbackPlan::tablesQuery()));
        QVERIFY(!steps.at(1).destructive());
        QVERIFY(!steps.at(3).destructive());
        QVERIFY(steps.at(2).destructive());
        checkDeploy(steps.at(4).commands.first(), application(), QStringLiteral("v0.1.0"));
    }

    void restorePreambleFollowsTheDump()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema.sql"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE SCHEMA public;\nALTER SCHEMA public OWNER TO pg_database_owner;\n");
        f.close();
        QString error;
        QCOMPARE(RollbackPlan::restorePreamble(path, &error),
                 QStringList{QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE")}); // the dump makes it again
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("CREATE SCHEMA \"Evil\"; DROP TABLE x;\n");
        f.close();
        QVERIFY(RollbackPlan::restorePreamble(path, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Evil")));
    }

    void workersPlan()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::WorkersOnly;
        r.version = QStringLiteral("0.1.0");
        r.applicationReplicas = application();
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().kind, RollbackStep::Kind::StartWorkers);
        QCOMPARE(steps.first().names, (QStringList{QStringLiteral("worker-llm"), QStringLiteral("worker-rl")}));
        checkDeploy(steps.first().commands.first(),
                    {{QStringLiteral("worker-llm"), 4}, {QStringLiteral("worker-rl"), 1}}, QStringLiteral("0.1.0"));
    }

    void invalidRequestsAreRefused_data()
    {
        QTest::addColumn<int>("path");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("services");
        const QStringList w{QStringLiteral("app"), QStringLiteral("worker-llm")};
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
        QTest::newRow("bad service") << int(RollbackPath::Quick) << QStringLiteral("0.1.0") << QString()
                                     << QStringLiteral("u") << QStringList{QStringLiteral("-h")};
        QTest::newRow("no workers") << int(RollbackPath::WorkersOnly) << QStringLiteral("0.1.0") << QString()
                                    << QStringLiteral("u") << QStringList{QStringLiteral("app")};
        QTest::newRow("no counts") << int(RollbackPath::Quick) << QStringLiteral("0.1.0") << QString()
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
        QFETCH(QStringList, services);
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath(path);
        r.version = version;
        r.backupFile = backup;
        r.databaseUser = user;
        for (const QString& name : services)
            r.applicationReplicas.insert(name, 2);
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
        const QString backup = m_dir.filePath(QStringLiteral("k8s.sql"));
        QFile dump(backup);
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write("CREATE TABLE public.t (id int);\n");
        dump.close();
        RollbackRequest r;
        r.path = RollbackPath::Full;
        r.version = QStringLiteral("0.1.0");
        r.backupFile = backup;
        r.applicationReplicas = {{QStringLiteral("app"), 2}, {QStringLiteral("worker-llm"), 3}};
        QString error;
        // Before the cluster was read, no deployment's own image is known: no plan, never a guessed repository.
        QVERIFY(RollbackPlan::build(r, o, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("app")), qPrintable(error));
        // The status source's view: the application containers and the repositories they run.
        o.setDeploymentImages({{QStringLiteral("app"), {QStringLiteral("api"), QStringLiteral("registry.local:5000/team/app:0.2.0")}},
                               {QStringLiteral("worker-llm"), {QStringLiteral("worker-llm"), QStringLiteral("fragrance-ai/worker-llm:0.2.0")}}});
        error.clear();
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(steps.size() == 5, qPrintable(error));
        const QStringList ns{QStringLiteral("--namespace"), QStringLiteral("fragrance")};
        // The application's deployments to 0, never the whole namespace.
        QCOMPARE(steps.at(0).commands.first().arguments,
                 (ns + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/app"),
                                   QStringLiteral("deployment/worker-llm"), QStringLiteral("--replicas=0")}));
        QCOMPARE(steps.at(2).commands.first().arguments.mid(2, 3),
                 ((QStringList{QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("deployment/postgres")})));
        QCOMPARE(steps.at(2).commands.first().stdinFile, backup);
        const QList<OrchestratorCommand> up = steps.at(4).commands;
        QCOMPARE(up.size(), 4);
        QCOMPARE(up.at(0).arguments, (ns + QStringList{QStringLiteral("set"), QStringLiteral("image"),
                                                       QStringLiteral("deployment/app"),
                                                       QStringLiteral("api=registry.local:5000/team/app:0.1.0")}));
        QCOMPARE(up.at(1).arguments, (ns + QStringList{QStringLiteral("scale"), QStringLiteral("deployment/app"),
                                                       QStringLiteral("--replicas=2")}));
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
        r.applicationReplicas = application();
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(steps.size() == 5, qPrintable(error));
        RollbackRunState s = RollbackRunState::create(QStringLiteral("demo"), r, steps);
        s.recommended = RollbackPath::Quick;
        s.reason = QStringLiteral("migration 0042 broke the orders table");
        QCOMPARE(s.nextStep(), 0);
        QVERIFY(s.steps.at(2).commandLines.first().contains(QStringLiteral("< /b.sql")));
        for (int i = 0; i < 2; ++i)
            s.steps[i].state = RollbackRunState::StepState::Done;
        s.steps[2].state = RollbackRunState::StepState::Running; // the console died during the restore
        QCOMPARE(s.nextStep(), 2);
        QVERIFY(s.interruptedDestructive());
        s.steps[2].state = RollbackRunState::StepState::Done;
        s.steps[3].state = RollbackRunState::StepState::Running; // during the table check: safe to repeat
        QVERIFY(!s.interruptedDestructive());

        RollbackStateFile file(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("state")));
        QVERIFY(!file.load());
        QVERIFY(file.save(s));
        QVERIFY(file.path().endsWith(QStringLiteral("/state/rollback-demo.json")));
        const std::optional<RollbackRunState> back = file.load();
        QVERIFY(back);
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->nextStep(), 3);
        QCOMPARE(back->request.path, RollbackPath::Full);
        QCOMPARE(back->recommended, RollbackPath::Quick);
        QVERIFY(file.remove());
        QVERIFY(!file.load());
    }

    /// The tree could not decide (Prometheus down): the run's record says so, with what was missing,
    /// and never reads as "no rollback recommended"; the operator's path is their own judgement.
    void anUndecidedVerdictIsRecordedAsSuch()
    {
        ComposeOrchestrator o;
        o.setSettings(compose());
        RollbackRequest r;
        r.path = RollbackPath::Quick;
        r.version = QStringLiteral("0.1.0");
        r.applicationReplicas = application();
        QString error;
        const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
        QVERIFY2(!steps.isEmpty(), qPrintable(error));
        RollbackRunState s = RollbackRunState::create(QStringLiteral("demo"), r, steps);
        QVERIFY(s.decided); // by default: a decided verdict, as runs saved before this was recorded
        QCOMPARE(s.recommendationKey(), QStringLiteral("none"));
        QVERIFY(!s.chosenWithoutAdvice());
        s.recommended = RollbackPath::None;
        s.decided = false;
        s.missing = {QStringLiteral("API errors (5xx) > 5 %: unknown: Prometheus: connection refused")};
        s.reason = QStringLiteral("error spike seen in the API logs");
        QCOMPARE(s.recommendationKey(), QStringLiteral("undecided"));
        QVERIFY(s.chosenWithoutAdvice());

        const std::optional<RollbackRunState> back = RollbackRunState::fromJson(s.toJson());
        QVERIFY(back);
        QVERIFY(!back->decided);
        QCOMPARE(back->missing, s.missing);
        QCOMPARE(back->toJson(), s.toJson());
        QJsonObject old = s.toJson(); // written by an earlier version: no "decided"
        old.remove(QStringLiteral("decided"));
        old.remove(QStringLiteral("missing"));
        QVERIFY(RollbackRunState::fromJson(old)->decided);

        s.startedAt = QDateTime::currentDateTimeUtc();
        const Incident incident = RollbackIncident::create(s);
        QVERIFY(!incident.timeline.isEmpty());
        const QString started = incident.timeline.first().text;
        QVERIFY2(started.contains(QStringLiteral("could not decide")) && started.contains(s.missing.first()) &&
                     started.contains(s.reason),
                 qPrintable(started));
    }
};

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "tst_rollbackplan.moc"
