// The scale dialog against the real local stack: PostgreSQL (a throw-away database for the audit
// trail and the operator lock) and the real Docker Engine. What a test checks is what changed there:
// the containers `docker ps` lists, their image tags, and the audit rows.
// Every test that scales reads worker-llm's replica count first and restores it in cleanup().
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "widgets/charts/chartspage.h"
#include "widgets/dashboard/dashboardpage.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/scaling/gradualdownscale.h"
#include "models/session/session.h"
#include "models/store/operatorlock.h"
#include "widgets/scaling/armcontrol.h"
#include "widgets/scaling/guardrailsdialog.h"
#include "widgets/scaling/scaledialog.h"
#include "widgets/scaling/scalingpage.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "widgets/shell/mainwindow.h"
#include "tests/common/testenv.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {
const QString kLlm = QStringLiteral("worker-llm");
}

class TestScaleDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<ConsoleContext> m_context;
    ConnectionProfile m_profile;
    int m_original = -1;
    int m_originalRl = -1;

    HealthMonitor& health() { return m_context->health(); }
    Session& session() { return m_context->session(); }

    // Puts worker-llm at `n` replicas (outside the code under test) and waits until the console sees it.
    bool ensureLlm(int n)
    {
        if (ScalingFixture::replicasOf(kLlm) != n &&
            !ScalingFixture::setReplicas(kLlm, n))
            return false;
        health().checkNow();
        return QTest::qWaitFor(
            [&] {
                const ServiceStatus s = health().services()->status(kLlm);
                return s.running == n && s.desired == n;
            },
            20000);
    }

    // `docker ps` of every container not of `services`: equal before and after means the rest of the
    // stack was left alone (nothing recreated, restarted, removed or given another image).
    static QStringList othersThan(const QStringList& services)
    {
        QStringList lines = StackTest::fingerprint();
        lines.removeIf([&](const QString& line) {
            const QString name = line.section(u' ', 0, 0);
            return std::any_of(services.cbegin(), services.cend(),
                               [&](const QString& s) { return name.contains(u'_' + s + u'_'); });
        });
        return lines;
    }

    // Scale commands the console recorded (one audit row per command it started).
    int scaleRows() const
    {
        // Each command has its intent row before it starts and its outcome row after: the outcomes count.
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'scale' AND stage = 'outcome'")).toInt();
    }

    void activate(const ConnectionProfile& profile)
    {
        ScalingFixture::saveFastSchedule(profile.name);
        m_context->useTransientProfile(profile);
        QTRY_VERIFY_WITH_TIMEOUT(session().state() == Session::State::Ready, 20000);
        ScalePolicy policy = session().policy();
        policy.cooldownSeconds = 0; // the tests scale the same service back to back
        session().setPolicy(policy);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
        m_profile.name = QStringLiteral("scale-dialog-test");
        m_profile.pgRecordsDatabase = m_db->name();
        m_profile.pgSslMode = QStringLiteral("disable");
        m_original = ScalingFixture::replicasOf(kLlm);
        QVERIFY(m_original >= 0);
        m_originalRl = ScalingFixture::replicasOf(QStringLiteral("worker-rl"));
        QVERIFY(m_originalRl >= 0);
        m_context = std::make_unique<ConsoleContext>();
        health().start();
        session().start();
        activate(m_profile);
    }

    void cleanup()
    {
        // Restore, even after a failure.
        if (m_original >= 0 && ScalingFixture::replicasOf(kLlm) != m_original)
            QVERIFY(ScalingFixture::setReplicas(kLlm, m_original));
        const QString rl = QStringLiteral("worker-rl");
        if (m_originalRl >= 0 && ScalingFixture::replicasOf(rl) != m_originalRl)
            QVERIFY(ScalingFixture::setReplicas(rl, m_originalRl));
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_db.reset();
    }

    void scalesTwoToFourAndAudits()
    {
        QVERIFY(ensureLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.open();
        QCOMPARE(dialog.currentReplicas(), 2);
        dialog.setTarget(4);
        const QString reason = QStringLiteral("LLM queue 61 > 50 (test)");
        dialog.setReason(reason);
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
        const QList<QStringList> shown = dialog.commandArgv();
        QCOMPARE(shown.size(), 1);
        // One service, nothing recreated, no dependency touched.
        QCOMPARE(shown.first().mid(shown.first().size() - 7),
                 QStringList({QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"),
                              QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                              QStringLiteral("worker-llm=4"), kLlm}));
        QVERIFY(dialog.metricsBefore().contains(QStringLiteral("running_worker-llm")));

        ChartsPage openCharts(*m_context); // already open: the marker arrives live
        const QStringList othersBefore = othersThan({kLlm});
        const QString tagBefore = StackTest::tagOf(kLlm);
        const int rowsBefore = scaleRows();
        QSignalSpy completed(&dialog, &ScaleDialog::completed);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 90000);
        QVERIFY2(completed.first().first().toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.phase(), ScaleDialog::Phase::Done);
        const auto hasMarker = [](const ChartsPage& page) {
            const QList<Metrics::ChartEvent> events = page.events();
            return std::any_of(events.cbegin(), events.cend(), [](const Metrics::ChartEvent& e) {
                return e.kind == QLatin1String("scale") && e.text.contains(QStringLiteral("worker-llm from 2 to 4"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasMarker(openCharts), 5000);
        ChartsPage laterCharts(*m_context); // opened afterwards: the marker comes from the audit trail
        laterCharts.resize(1200, 800);
        laterCharts.show();
        QTRY_VERIFY_WITH_TIMEOUT(hasMarker(laterCharts), 10000);

        // In the engine: four worker-llm containers on the version that ran before, the rest untouched.
        QCOMPARE(ScalingFixture::replicasOf(kLlm), 4);
        QCOMPARE(StackTest::tagOf(kLlm), tagBefore);
        QCOMPARE(othersThan({kLlm}), othersBefore);
        // The command that was shown is the one recorded, once.
        QCOMPARE(scaleRows(), rowsBefore + 1);
        QCOMPARE(dialog.auditEntry().argv.mid(dialog.auditEntry().argv.size() - shown.first().size()), shown.first());
        // The console sees 4 after a check; the after-metrics show it too.
        QCOMPARE(health().services()->status(kLlm).running, 4);
        QCOMPARE(dialog.metricsAfter().value(QStringLiteral("running_worker-llm")).toInt(), 4);
        // For reviewers: OPSCONSOLE_SCREENSHOT_DIR=/tmp ctest … saves the finished dialog.
        if (const QString dir = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/scale-dialog.png"));
        // The audit row: reason, metrics, not an override.
        const QString where = QStringLiteral(" FROM ops.audit WHERE id = '%1'")
                                  .arg(dialog.auditEntry().id.toString(QUuid::WithoutBraces));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT reason") + where), reason);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT target") + where), kLlm);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT metrics_before->>'running_worker-llm'") + where),
                 QStringLiteral("2"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT override") + where), QStringLiteral("f"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT exit_code") + where), QStringLiteral("0"));
        // The row is written when the command ends; what was measured once 4 ran follows in a row of its own.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT metrics_after->>'running_worker-llm' FROM ops.audit WHERE "
                                        "action = 'scale-verify' AND metrics_after->>'verifies' = '%1'")
                             .arg(dialog.auditEntry().id.toString(QUuid::WithoutBraces))),
            QStringLiteral("4"), 10000);
    }

    void twoToFiveIsRefusedInWords()
    {
        QVERIFY(ensureLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(5);
        dialog.setReason(QStringLiteral("too much traffic (test)"));
        const ScaleDecision d = dialog.decision();
        QVERIFY(d.breaks(ScaleDecision::Rule::StepUp));
        QVERIFY(!dialog.canStart());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("scaleButton"))->isEnabled());
        QVERIFY(!dialog.blockedReason().isEmpty());
        if (const QString dir = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/scale-dialog-refused.png"));
        const QStringList before = StackTest::fingerprint();
        const int rowsBefore = scaleRows();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(dialog.phase(), ScaleDialog::Phase::Refused);
        qInfo("refusal shown: %s", qPrintable(refused.first().first().toString()));
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("4"))); // the ×2 limit, in figures
        QTest::qWait(500);
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(scaleRows(), rowsBefore);
    }

    void guardrailsAreEditedAndAudited()
    {
        QVERIFY(ensureLlm(2));
        const ScalePolicy before = session().policy();
        ScalingPage page(*m_context);
        GuardrailsDialog* editor = page.openGuardrails();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->editedPolicy(), before);
        QVERIFY(!editor->problem().isEmpty()); // nothing changed yet

        // Bad values are refused in words and change nothing.
        ScalePolicy bad = before;
        bad.services.insert(QStringLiteral("worker-llm"), {6, 3});
        editor->setEditedPolicy(bad);
        editor->setReason(QStringLiteral("test"));
        QVERIFY2(editor->problem().contains(QStringLiteral("worker-llm")), qPrintable(editor->problem()));
        QVERIFY(!editor->save());
        QCOMPARE(session().policy(), before);

        // ×3 allowed for this profile: 2 → 5 is no longer refused.
        ScalePolicy wider = before;
        wider.maxUpFactor = 3.0;
        wider.services.insert(QStringLiteral("worker-llm"), {1, 8});
        editor->setEditedPolicy(wider);
        editor->setReason(QStringLiteral("launch week: bursts of 3x (test)"));
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        if (const QString dir = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            editor->grab().save(dir + QStringLiteral("/guardrails-dialog.png"));
        QVERIFY(editor->save());
        QCOMPARE(session().policy(), wider);
        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(5);
        dialog.setReason(QStringLiteral("burst (test)"));
        QVERIFY(!dialog.decision().breaks(ScaleDecision::Rule::StepUp));
        dialog.setTarget(9);
        QVERIFY(dialog.decision().breaks(ScaleDecision::Rule::AboveMaximum));
        // Audited with the old and new values.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT (metrics_before->>'maxUpFactor') || '->' || (metrics_after->>'maxUpFactor') "
                                        "FROM ops.audit WHERE action = 'policy-change' AND reason LIKE 'launch week%'")),
            QStringLiteral("2->3"), 10000);
        // And it survives a restart of the console (stored per profile).
        QCOMPARE(ScalePolicy::fromJson(wider.toJson()), wider);
        session().setPolicy(before);
    }

    void emergencyOverrideIsRecordedAsSuch()
    {
        QVERIFY(ensureLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(5);
        dialog.setOverride(true);
        QVERIFY(!dialog.canStart()); // an override needs a reason too
        dialog.setReason(QStringLiteral("incident: queue exploding (test)"));
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
        QVERIFY(dialog.decision().override);
        QSignalSpy completed(&dialog, &ScaleDialog::completed);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 90000);
        QVERIFY2(completed.first().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.auditEntry().override);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT override FROM ops.audit WHERE id = '%1'")
                                  .arg(dialog.auditEntry().id.toString(QUuid::WithoutBraces))),
                 QStringLiteral("t"));
    }

    void emergencyDownscaleTakesBothWorkerPools()
    {
        const QString rl = QStringLiteral("worker-rl");
        QVERIFY(ScalingFixture::setReplicas(rl, 2));
        QVERIFY(ensureLlm(2));
        QTRY_COMPARE_WITH_TIMEOUT(health().services()->status(rl).running, 2, 20000);
        ScalingPage page(*m_context);
        page.show();
        page.findChild<QLineEdit*>(QStringLiteral("emergencyReason"))
            ->setText(QStringLiteral("overloaded (test)"));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("emergencyDownscale"));
        QVERIFY(button->isEnabled());
        const QStringList othersBefore = othersThan({kLlm, rl});
        QSignalSpy done(&page, &ScalingPage::emergencyFinished);
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 90000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        // Both worker pools at one container; the API, database, broker and monitoring untouched.
        QCOMPARE(ScalingFixture::replicasOf(kLlm), 1);
        QCOMPARE(ScalingFixture::replicasOf(rl), 1);
        QCOMPARE(othersThan({kLlm, rl}), othersBefore);
    }

    void dashboardTileOpensTheDialog()
    {
        MainWindow window(*m_context);
        // Pages are built when first shown: the scaling page comes with the tile's request.
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(PageId::Dashboard));
        QVERIFY(dashboard);
        Q_EMIT dashboard->scaleRequested(QStringLiteral("worker-rl"));
        auto* scaling = qobject_cast<ScalingPage*>(window.builtPage(PageId::Scaling));
        QVERIFY(scaling);
        QCOMPARE(window.currentPage(), PageId::Scaling);
        QVERIFY(scaling->currentDialog());
        QCOMPARE(scaling->currentDialog()->service(), QStringLiteral("worker-rl"));
        QVERIFY(scaling->currentDialog()->isVisible());
        scaling->currentDialog()->close();
    }

    void anotherConsoleHoldsTheLock()
    {
        QVERIFY(ensureLlm(2));
        OperatorLock theirs;
        theirs.setConnectionParams(m_db->consoleParams());
        theirs.setKey(session().lock()->key());
        QSignalSpy taken(&theirs, &OperatorLock::acquired);
        theirs.acquire(QStringLiteral("other-console"), QStringLiteral("restart app"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);

        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(3);
        dialog.setReason(QStringLiteral("queue (test)"));
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
        const QStringList before = StackTest::fingerprint();
        const int rowsBefore = scaleRows();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        const QString words = refused.first().first().toString();
        qInfo("lock refusal shown: %s", qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("restart app")));
        QVERIFY(words.contains(AuditEntry::currentOsUser()));
        QCOMPARE(dialog.statusText(), words);
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(scaleRows(), rowsBefore);
        QSignalSpy released(&theirs, &OperatorLock::released);
        theirs.release();
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), 1, 10000);
    }

    void optionLikeServiceNameIsRejected()
    {
        ScaleDialog dialog(*m_context, QStringLiteral("-h"));
        dialog.setTarget(1);
        dialog.setReason(QStringLiteral("injection (test)"));
        QVERIFY(!dialog.canStart());
        const QStringList before = StackTest::fingerprint();
        const int rowsBefore = scaleRows();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(dialog.phase(), ScaleDialog::Phase::Refused);
        QTest::qWait(500);
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(scaleRows(), rowsBefore);
    }

    void scaleToZeroAsksForTheName()
    {
        QVERIFY(ensureLlm(2));
        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(0);
        dialog.setReason(QStringLiteral("stop (test)"));
        dialog.setOverride(true); // 2 -> 0 breaks ×0.5 and the minimum
        QVERIFY(!dialog.canStart());
        dialog.setConfirmation(QStringLiteral("worker"));
        QVERIFY(!dialog.canStart());
        dialog.setConfirmation(kLlm);
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
    }

    void gradualDownscalePlanPausesResumesAndFinishes()
    {
        QCOMPARE(GradualDownscale::stepsFor(5, 2), QList<int>({4, 3, 2}));
        QVERIFY(ensureLlm(3));
        ScalingPage page(*m_context);
        page.show();
        page.setGradualIntervalSeconds(2);
        auto* service = page.findChild<QComboBox*>(QStringLiteral("gradualService"));
        service->setCurrentIndex(service->findData(kLlm));
        page.findChild<QSpinBox*>(QStringLiteral("gradualTo"))->setValue(1);
        page.findChild<QLineEdit*>(QStringLiteral("gradualReason"))
            ->setText(QStringLiteral("traffic down (test)"));
        const QStringList othersBefore = othersThan({kLlm});
        page.startGradual();
        GradualDownscale* plan = page.gradualPlan();
        QVERIFY(plan);
        QCOMPARE(plan->steps(), QList<int>({2, 1}));
        QSignalSpy steps(plan, &GradualDownscale::stepFinished);
        QSignalSpy finished(plan, &GradualDownscale::finished);
        QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, 60000);
        QVERIFY(steps.first().at(2).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(plan->state(), GradualDownscale::State::Waiting, 10000);
        plan->pause();
        QCOMPARE(plan->state(), GradualDownscale::State::Paused);
        // Paused after the first step: two containers, and they stay two.
        QCOMPARE(ScalingFixture::replicasOf(kLlm), 2);
        QTest::qWait(3000); // longer than the interval
        QCOMPARE(ScalingFixture::replicasOf(kLlm), 2);
        plan->resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(plan->state() == GradualDownscale::State::Done, qPrintable(finished.first().at(1).toString()));
        QCOMPARE(ScalingFixture::replicasOf(kLlm), 1);
        QCOMPARE(othersThan({kLlm}), othersBefore);
        QCOMPARE(m_db->scalar(
                     QStringLiteral("SELECT count(*) FROM ops.audit WHERE reason = 'traffic down (test)' AND stage = 'outcome'")),
                 QStringLiteral("2"));
    }

    void productionIsReadOnlyUntilArmed()
    {
        ConnectionProfile prod = m_profile;
        prod.name = QStringLiteral("scale-dialog-prod");
        prod.production = true;
        activate(prod);
        ScalingPage page(*m_context);
        page.show();
        auto* quick = page.findChild<QPushButton*>(QStringLiteral("quick-worker-llm"));
        QVERIFY(quick);
        QVERIFY(!quick->isEnabled());
        QVERIFY(!session().mutationsAllowed());
        QVERIFY(ensureLlm(2));

        ScaleDialog dialog(*m_context, kLlm);
        dialog.setTarget(3);
        dialog.setReason(QStringLiteral("prod (test)"));
        auto* scale = dialog.findChild<QPushButton*>(QStringLiteral("scaleButton"));
        QVERIFY(!scale->isEnabled());
        const QStringList before = StackTest::fingerprint();
        const int rowsBefore = scaleRows();
        QSignalSpy refused(&dialog, &ScaleDialog::refused);
        dialog.startScale();
        QCOMPARE(refused.size(), 1);
        QTest::qWait(500);
        QCOMPARE(StackTest::fingerprint(), before);
        QCOMPARE(scaleRows(), rowsBefore);

        // Arming needs a reason, and goes into the audit trail with it and its end.
        QVERIFY(!page.armControl()->button()->isEnabled());
        page.armControl()->findChild<QLineEdit*>(QStringLiteral("armReason"))->setText(QStringLiteral("release 0.1.1 (test)"));
        QVERIFY(page.armControl()->button()->isEnabled());
        // Armed: everything enabled, with a countdown from 15 minutes.
        page.armControl()->button()->click();
        QVERIFY(session().isArmed());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'arm' AND reason = "
                                        "'release 0.1.1 (test)' AND metrics_after ? 'armedUntil'")),
            QStringLiteral("1"), 10000);
        QVERIFY(session().armSecondsLeft() > 890 && session().armSecondsLeft() <= 900);
        QVERIFY(quick->isEnabled());
        QVERIFY(scale->isEnabled());
        // Arming expires.
        session().disarm();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'disarm' AND profile = "
                                        "'scale-dialog-prod'")),
            QStringLiteral("1"), 10000);
        session().setArmDuration(1);
        QCOMPARE(session().arm(QStringLiteral("expiry (test)")), QString());
        QVERIFY(scale->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!session().isArmed(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!quick->isEnabled(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!scale->isEnabled(), 2000);
        session().setArmDuration(Session::kDefaultArmSeconds);
    }
};

QTEST_MAIN(TestScaleDialog)
#include "tst_scaledialog.moc"
