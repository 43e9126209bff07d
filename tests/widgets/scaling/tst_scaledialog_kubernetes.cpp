// The scale dialog's flows against a Kubernetes profile: the kubectl double (tests/common/kubectl-double.sh)
// keeps the deployments and logs every argv; PostgreSQL is real (a throw-away database for the audit
// trail and the operator lock). The dashboard's replica counts come from `kubectl get deployments`.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/servicetile.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/session/session.h"
#include "models/store/operatorlock.h"
#include "widgets/scaling/scaledialog.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {
const QString kLlm = QStringLiteral("worker-llm");
}

class TestScaleDialogKubernetes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_kube;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<ConsoleContext> m_context;
    ConnectionProfile m_profile;

    HealthMonitor& health() { return m_context->health(); }
    Session& session() { return m_context->session(); }

    QList<QStringList> kubectlCalls() const
    {
        QList<QStringList> all;
        QFile file(m_kube.filePath(QStringLiteral("kubectl-calls.jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            return all;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QStringList argv;
            for (const QJsonValue& v : QJsonDocument::fromJson(line).array())
                argv.append(v.toString());
            all.append(argv);
        }
        return all;
    }

    QList<QStringList> scaleCallsSince(qsizetype mark) const
    {
        QList<QStringList> scales;
        const QList<QStringList> all = kubectlCalls();
        for (qsizetype i = mark; i < all.size(); ++i)
            if (all.at(i).contains(QStringLiteral("scale")))
                scales.append(all.at(i));
        return scales;
    }

    // The cluster's state, written the way the double keeps it; then waits until the console sees it.
    bool setLlm(int replicas)
    {
        QFile state(m_kube.filePath(QStringLiteral("deployments.txt")));
        if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        state.write("app 2 fragrance-ai/app:0.2.0\nworker-llm " + QByteArray::number(replicas) +
                    " fragrance-ai/worker:0.2.0\nworker-rl 1 fragrance-ai/worker:0.2.0\n");
        state.close();
        health().checkNow();
        return QTest::qWaitFor(
            [&] {
                const ServiceStatus s = health().services()->status(kLlm);
                return s.running == replicas && s.desired == replicas;
            },
            20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        const QString kubectl = m_kube.filePath(QStringLiteral("kubectl"));
        QVERIFY(QFile::copy(TestEnv::sourceDir() + QStringLiteral("/tests/common/kubectl-double.sh"), kubectl));
        QFile::setPermissions(kubectl, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(TestEnv::approveProgram(kubectl)); // as an operator approves it

        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
        m_profile.name = QStringLiteral("scale-dialog-k8s-test");
        m_profile.pgRecordsDatabase = m_db->name();
        m_profile.pgSslMode = QStringLiteral("disable");
        m_profile.orchestrator.kind = OrchestratorSettings::Kind::Kubernetes;
        m_profile.orchestrator.kubectlProgram = kubectl;
        m_profile.orchestrator.kubeContext = QStringLiteral("demo-cluster");
        m_profile.orchestrator.kubeNamespace = QStringLiteral("fragrance");

        m_context = std::make_unique<ConsoleContext>();
        ScalingFixture::saveFastSchedule(m_profile.name);
        health().start();
        session().start();
        m_context->useTransientProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(session().state() == Session::State::Ready, 20000);
        ScalePolicy policy = session().policy();
        policy.cooldownSeconds = 0;
        session().setPolicy(policy);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_db.reset();
    }

    void dashboardShowsTheDeployments()
    {
        QVERIFY(setLlm(2));
        DashboardPage dashboard(*m_context);
        dashboard.show();
        // The tile shows the deployment's replicas and image tag, from `kubectl get deployments`.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.tile(kLlm), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.tile(kLlm)->status().running, 2, 10000);
        QCOMPARE(dashboard.tile(kLlm)->status().desired, 2);
        const QList<QStringList> calls = kubectlCalls();
        QVERIFY(std::any_of(calls.cbegin(), calls.cend(), [](const QStringList& argv) {
            return argv.mid(1) == QStringList({QStringLiteral("--context"), QStringLiteral("demo-cluster"),
                                               QStringLiteral("--namespace"), QStringLiteral("fragrance"),
                                               QStringLiteral("get"), QStringLiteral("deployments"),
                                               QStringLiteral("-o"), QStringLiteral("json")});
        }));
        QCOMPARE(health().services()->status(kLlm).version, QStringLiteral("0.2.0"));
    }

    void scalesTwoToFourAndAudits()
    {
        QVERIFY(setLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.open();
        QCOMPARE(dialog.currentReplicas(), 2);
        dialog.setTarget(4);
        const QString reason = QStringLiteral("LLM queue 61 > 50 (k8s test)");
        dialog.setReason(reason);
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
        const QList<QStringList> shown = dialog.commandArgv();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().mid(shown.first().size() - 3),
                 QStringList({QStringLiteral("scale"), QStringLiteral("deployment/worker-llm"),
                              QStringLiteral("--replicas=4")}));

        const qsizetype mark = kubectlCalls().size();
        QSignalSpy completed(&dialog, &ScaleDialog::completed);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
        QVERIFY2(completed.first().first().toBool(), qPrintable(dialog.statusText()));
        const QList<QStringList> ran = scaleCallsSince(mark);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(ran.first(), shown.first());
        QCOMPARE(health().services()->status(kLlm).running, 4);

        const QString id = dialog.auditEntry().id.toString(QUuid::WithoutBraces);
        const QString where = QStringLiteral(" FROM ops.audit WHERE id = '%1'").arg(id);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT reason") + where), reason);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT argv[array_length(argv, 1)]") + where),
                 QStringLiteral("--replicas=4"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT metrics_before->>'running_worker-llm'") + where),
                 QStringLiteral("2"));
        // What was measured after the new replicas came up: a follow-up row naming the first.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT metrics_after->>'replicasRunning' FROM ops.audit WHERE "
                                        "action = 'scale-verify' AND metrics_after->>'verifies' = '%1'")
                             .arg(id)),
            QStringLiteral("4"), 10000);
    }

    void twoToFiveIsRefusedInWords()
    {
        QVERIFY(setLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(5);
        dialog.setReason(QStringLiteral("too much traffic (k8s test)"));
        QVERIFY(dialog.decision().breaks(ScaleDecision::Rule::StepUp));
        const qsizetype mark = kubectlCalls().size();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("4")));
        QCOMPARE(scaleCallsSince(mark).size(), 0);
    }

    void anotherConsoleHoldsTheLock()
    {
        QVERIFY(setLlm(2));
        OperatorLock theirs;
        theirs.setConnectionParams(m_db->consoleParams());
        theirs.setKey(session().lock()->key());
        QSignalSpy taken(&theirs, &OperatorLock::acquired);
        theirs.acquire(QStringLiteral("other-console"), QStringLiteral("rollout undo app"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);

        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(3);
        dialog.setReason(QStringLiteral("queue (k8s test)"));
        const qsizetype mark = kubectlCalls().size();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("rollout undo app")));
        QCOMPARE(scaleCallsSince(mark).size(), 0);
        QSignalSpy released(&theirs, &OperatorLock::released);
        theirs.release();
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), 1, 10000);
    }

    void oddNamesAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("option") << QStringLiteral("-h");
        QTest::newRow("shell") << QStringLiteral("app;rm");
        QTest::newRow("unknown deployment") << QStringLiteral("worker-gpu");
    }

    void oddNamesAreRejected()
    {
        QFETCH(QString, name);
        ScaleDialog dialog(*m_context, name);
        dialog.setTarget(1);
        dialog.setReason(QStringLiteral("injection (k8s test)"));
        dialog.setOverride(true);
        const qsizetype mark = kubectlCalls().size();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        QSignalSpy completed(&dialog, &ScaleDialog::completed);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size() + completed.size(), 1, 15000);
        QCOMPARE(refused.size(), 1);
        qInfo("refusal for %s: %s", qPrintable(name), qPrintable(refused.first().first().toString()));
        QCOMPARE(scaleCallsSince(mark).size(), 0);
        for (const QStringList& argv : kubectlCalls().mid(mark))
            QVERIFY(!argv.contains(name) && !argv.contains(QStringLiteral("deployment/") + name));
    }
};

QTEST_MAIN(TestScaleDialogKubernetes)
#include "tst_scaledialog_kubernetes.moc"
