// What the session's gate and tracking guarantee on the real stack: an unarmed production profile cannot
// start maintenance or resume a saved rollback (nothing changes: NGINX still serves, the app keeps its
// containers, no audit row), and while a procedure runs the active profile cannot be switched away.
#include "models/core/appsettings.h"
#include "models/maintenance/maintenancechecklist.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancewindow.h"
#include "models/rollback/rollbackrunner.h"
#include "models/rollback/rollbackrunstate.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "tests/common/runnerharness.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestProcedureGuards : public QObject, protected RunnerHarness
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ConsoleContext> m_context;

    Session& session() { return m_context->session(); }

    int rows(const QString& action) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action LIKE '%1%'").arg(action)).toInt();
    }

    ConnectionProfile production() const
    {
        ConnectionProfile p = m_profile;
        p.name = QStringLiteral("guards-prod");
        p.production = true;
        p.pgRecordsDatabase = m_db->name();
        p.pgSslMode = QStringLiteral("disable");
        // No Alertmanager: a maintenance window would silence the stack's alerts until its end (an hour),
        // and the tests after this one read them.
        p.alertmanagerUrl.clear();
        return p;
    }

    static MaintenanceWindow scheduledNow()
    {
        MaintenanceWindow window = MaintenanceWindow::emergency(QDateTime::currentDateTimeUtc());
        window.kind = MaintenanceWindow::Kind::Scheduled;
        return window;
    }

    void activate(const ConnectionProfile& profile)
    {
        ScalingFixture::saveFastSchedule(profile.name);
        QVERIFY(m_context->useTransientProfile(profile));
        QTRY_VERIFY_WITH_TIMEOUT(session().state() == Session::State::Ready, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        QVERIFY(setUpHarness());
        m_context = std::make_unique<ConsoleContext>();
        session().start();
        activate(production());
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 200, 30000);
    }

    void unarmedProductionCannotStartMaintenance()
    {
        QVERIFY(!session().mutationsAllowed());
        const QStringList before = StackTest::fingerprint();
        auto* run = session().createMaintenanceRun(this);
        QVERIFY(run);
        QSignalSpy refused(run, &MaintenanceRun::refused);
        run->start(scheduledNow(), MaintenanceChecklist(), QStringLiteral("guards (test)"));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("production")),
                 qPrintable(refused.first().first().toString()));
        QTest::qWait(1500);
        QCOMPARE(StackTest::publicStatus(), 200); // NGINX is not in maintenance mode
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(rows(QStringLiteral("maintenance")), 0);
        delete run;
    }

    void unarmedProductionCannotResumeARollback()
    {
        RollbackRequest request;
        request.path = RollbackPath::Quick;
        request.version = QStringLiteral("0.1.0");
        request.applicationReplicas = applicationReplicas();
        const RollbackRunState state = RollbackRunState::create(QStringLiteral("guards-prod"), request, plan(request));
        QVERIFY(!state.steps.isEmpty());
        const QStringList before = StackTest::fingerprint();
        auto* runner = session().createRollbackRunner(this);
        QVERIFY(runner);
        QSignalSpy refused(runner, &RollbackRunner::refused);
        runner->resume(state, RollbackRunner::Interrupted::Repeat);
        QCOMPARE(refused.size(), 1);
        runner->start(state);
        QCOMPARE(refused.size(), 2);
        QTest::qWait(1500);
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(rows(QStringLiteral("rollback")), 0);
        delete runner;
    }

    void aRunningProcedureKeepsItsProfile()
    {
        QCOMPARE(session().arm(QStringLiteral("guards (test)")), QString());
        auto* run = session().createMaintenanceRun(this);
        QVERIFY(run);
        QSignalSpy finished(run, &MaintenanceRun::finished);
        run->setDrain(120000, 0.5, 500); // it stays in the drain step while the test switches
        run->start(scheduledNow(), MaintenanceChecklist(), QStringLiteral("guards (test)"));
        QTRY_VERIFY_WITH_TIMEOUT(run->currentStep() == 1, 60000);
        QCOMPARE(StackTest::publicStatus(), 503);
        QVERIFY(!session().runningProcedure().isEmpty());

        // Another profile: refused in words, and the run's profile stays active.
        QSignalSpy switchRefused(m_context.get(), &ConsoleContext::switchRefused);
        ConnectionProfile other = production();
        other.name = QStringLiteral("guards-other");
        QVERIFY(!m_context->useTransientProfile(other));
        QCOMPARE(switchRefused.size(), 1);
        QVERIFY(!switchRefused.first().first().toString().isEmpty());
        QCOMPARE(m_context->activeProfile().name, QStringLiteral("guards-prod"));

        // The run ends with maintenance mode off and recorded; then switching works again.
        run->abort(QStringLiteral("test over"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 200, 30000);
        QVERIFY(rows(QStringLiteral("maintenance")) >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(session().runningProcedure().isEmpty(), 10000);
        delete run;
        activate(other);
        QCOMPARE(m_context->activeProfile().name, QStringLiteral("guards-other"));
    }

    void cleanupTestCase()
    {
        m_context.reset();
        StackTest::compose({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("nginx"), QStringLiteral("rm"),
                            QStringLiteral("-f"), QStringLiteral("/tmp/maintenance.flag")});
        StackTest::compose({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("nginx"), QStringLiteral("nginx"),
                            QStringLiteral("-s"), QStringLiteral("reload")});
    }
};

QTEST_MAIN(TestProcedureGuards)
#include "tst_procedureguards.moc"
