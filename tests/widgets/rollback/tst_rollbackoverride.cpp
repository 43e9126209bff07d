// The rollback wizard where the live evidence is missing or the verification fails, offscreen in the main
// window against the real local stack: Prometheus stopped (the decision tree cannot decide and names what
// is missing), and a rollback followed by an error spike (the verification measured since the rollback
// finished fails, Next stays disabled until the emergency override has a reason, and the override lands
// in the audit trail — a scratch database — with the failed figures).
#include "models/core/appsettings.h"
#include "models/rollback/rollbackassessor.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "widgets/rollback/assesspane.h"
#include "widgets/rollback/executepane.h"
#include "widgets/rollback/reviewpane.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/rollback/targetpane.h"
#include "widgets/rollback/verifypane.h"
#include "widgets/shell/mainwindow.h"
#include "tests/common/realwindow.h"
#include "tests/common/rollbackfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stackcontrol.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace RollbackFixture;

class TestRollbackOverride : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_runs;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ConnectionProfile m_profile;

    RollbackPage* page() const { return qobject_cast<RollbackPage*>(m_window->page(PageId::Rollback)); }

    template <typename T> T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    /// With OPSCONSOLE_TEST_SHOTS=DIR (run under tests/common/with-xvfb.sh) the window as the X server
    /// shows it is saved there as NAME.png, to be looked at; without it nothing is shown or saved.
    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("OPSCONSOLE_TEST_SHOTS");
        if (dir.isEmpty())
            return;
        QVERIFY(RealWindow::showOnScreen(m_window.get()));
        QVERIFY(RealWindow::waitUntilPainted(m_window.get()));
        QVERIFY(RealWindow::grabFromScreen(m_window.get()).save(dir + u'/' + name + QStringLiteral(".png")));
    }

    /// Assesses once more and waits for the answer.
    bool assessOnce(RollbackPage* p)
    {
        AssessPane* assess = p->assessPane();
        QSignalSpy changed(assess, &AssessPane::changed);
        p->assess();
        return QTest::qWaitFor([&] { return !changed.isEmpty() && assess->hasAssessment() &&
                                            !child<QLabel>(assess, "recommended")->text().endsWith(u'…'); },
                               20000);
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
        m_profile.name = QStringLiteral("rollback-override-test");
        m_profile.pgRecordsDatabase = m_db->name();
        m_profile.pgSslMode = QStringLiteral("disable");
        m_context = std::make_unique<ConsoleContext>();
        m_context->session().start();
        m_context->useTransientProfile(m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->session().state() == Session::State::Ready, 20000);
        m_window = std::make_unique<MainWindow>(*m_context);
        RollbackPage* p = page();
        QVERIFY(p);
        p->setStateDirectory(m_runs.path());
        p->setRateWindow(QStringLiteral("30s"));
        // The error rate is judged after 10 s since the rollback finished, every 2 s until 40 s.
        p->setVerifyDeadline(40000, 2000, 10000);
        QVERIFY(resetStack(m_profile));
    }

    void cleanupTestCase()
    {
        resetStack(m_profile);
        m_window.reset();
        m_context.reset();
        m_db.reset();
    }

    /// Prometheus stopped: the branches it feeds are unknown with the reason, and the verdict is "cannot
    /// decide" naming them — never "no rollback". No path is preselected; any path needs a reason.
    void prometheusDownCannotDecide()
    {
        StackControl::RunningGuard restart(QStringLiteral("prometheus"));
        // Prometheus has data up to here (test.sh waits for its first scrapes before any test).
        const QDateTime beforeStop = QDateTime::currentDateTimeUtc();
        QVERIFY(StackControl::stopService(QStringLiteral("prometheus")));
        m_window->showPage(PageId::Rollback);
        RollbackPage* p = page();
        AssessPane* assess = p->assessPane();
        QVERIFY(assessOnce(p));
        const RollbackRecommendation r = assess->recommendation();
        QVERIFY(!r.decided);
        QCOMPARE(r.path, RollbackPath::None);
        const RollbackBranch api = r.branches.at(0);
        QCOMPARE(api.id, RollbackBranch::Id::ApiErrors);
        QVERIFY(!api.known);
        QVERIFY2(api.evidence.contains(QStringLiteral("Prometheus")), qPrintable(api.evidence));
        QVERIFY(!r.branches.at(2).known); // p95
        // The database branch comes from the API, which still answers.
        QVERIFY(r.branches.at(1).known);
        const QString verdict = child<QLabel>(assess, "recommended")->text();
        qInfo("verdict: %s", qPrintable(verdict));
        QVERIFY2(verdict.startsWith(QStringLiteral("Cannot decide")), qPrintable(verdict));
        QVERIFY2(verdict.contains(api.condition) && verdict.contains(QStringLiteral("Prometheus")), qPrintable(verdict));
        QVERIFY(!verdict.contains(QStringLiteral("no rollback is recommended")));
        QVERIFY(!child<QRadioButton>(assess, "pathQuick")->isChecked());
        QVERIFY(!child<QRadioButton>(assess, "pathFull")->isChecked());
        QVERIFY(!child<QRadioButton>(assess, "pathWorkers")->isChecked());
        QVERIFY(!p->canGoNext());
        assess->choosePath(RollbackPath::Quick);
        QVERIFY(!p->canGoNext()); // without the evidence, a path needs the operator's reason
        assess->setReason(QStringLiteral("error spike seen in the API logs"));
        QVERIFY(p->canGoNext());
        shot(QStringLiteral("rollback-assess-cannot-decide"));
        assess->setReason(QString());

        QVERIFY(StackControl::startService(QStringLiteral("prometheus")));
        // The p95 baseline is dated one minute before the deploy, and on a stack where no other build has
        // run yet (this test first on it) that is before Prometheus' first sample: "cannot decide" for want
        // of a baseline, rightly. Here the baseline is the moment before Prometheus stopped.
        RollbackAssessor* assessor = m_context->session().rollbackAssessor();
        QVERIFY(assessor);
        assessor->setBaselineTime(beforeStop);
        const auto undated = qScopeGuard([assessor] { assessor->setBaselineTime(QDateTime()); });
        // Back: the verdict is decided again once Prometheus answers. A loop on the clock, not QTRY: QTRY
        // counts its timeout in 50 ms steps between evaluations, and each assessment waits up to 20 s —
        // its "60 s" ran for the whole test's limit on a loaded machine.
        QDeadlineTimer deadline(90000);
        bool decided = false;
        while (!decided && !deadline.hasExpired()) {
            decided = assessOnce(p) && assess->recommendation().decided;
            if (!decided)
                QTest::qWait(1000);
        }
        QVERIFY2(decided, qPrintable(child<QLabel>(assess, "recommended")->text()));
    }

    /// A rollback after which errors go on: the verification measures the 5xx share since the rollback
    /// finished and fails; Next stays disabled until the emergency override is ticked with a reason; the
    /// override is a row of the audit trail with the reason and the failed figures.
    void failedVerificationNeedsAnAuditedOverride()
    {
        QVERIFY(resetStack(m_profile));
        QCOMPARE(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("bad-deploy")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(apiVersion(m_profile), QStringLiteral("0.2.0"), 20000);
        m_window->showPage(PageId::Rollback);
        RollbackPage* p = page();
        AssessPane* assess = p->assessPane();
        QVERIFY(assessOnce(p));
        assess->choosePath(RollbackPath::Quick);
        if (!p->canGoNext())
            assess->setReason(QStringLiteral("the bad build is known"));
        QVERIFY(p->canGoNext());
        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::Target);
        QTRY_VERIFY(child<QLabel>(p->targetPane(), "currentVersion")->text().contains(QStringLiteral("0.2.0")));
        p->targetPane()->setVersion(QStringLiteral("0.1.0"));
        QVERIFY(p->canGoNext());
        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::Review);
        p->reviewPane()->setConfirmation(QStringLiteral("0.1.0"));
        QVERIFY(p->canGoNext());
        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::Execute);

        QSignalSpy finished(p, &RollbackPage::runFinished);
        QSignalSpy verified(p, &RollbackPage::verified);
        child<QPushButton>(p->executePane(), "start")->click();
        QVERIFY(finished.wait(90000));
        const RollbackRunState run = finished.first().first().value<RollbackRunState>();
        QCOMPARE(run.phase, RollbackRunState::Phase::Done);
        QCOMPARE(p->currentStep(), RollbackPage::Step::Verify);
        // The rollback ran, and the errors go on after it.
        QCOMPARE(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("error-spike")}).exitCode, 0);
        for (const QString& service : m_profile.applicationServices)
            QCOMPARE(StackTest::tagOf(service), QStringLiteral("0.1.0"));

        QVERIFY(verified.wait(90000));
        QCOMPARE(verified.first().first().toBool(), false);
        QPushButton* next = child<QPushButton>(p, "next");
        QVERIFY(!next->isEnabled());
        QVERIFY(!p->canGoNext());
        p->next(); // refused
        QCOMPARE(p->currentStep(), RollbackPage::Step::Verify);
        VerifyPane* verify = p->verifyPane();
        QVERIFY(child<QWidget>(verify, "overrideBox")->isVisibleTo(verify));
        QCheckBox* override = child<QCheckBox>(verify, "override");
        QLineEdit* reason = child<QLineEdit>(verify, "overrideReason");
        override->setChecked(true);
        QVERIFY(!next->isEnabled()); // ticked without a reason
        reason->setText(QStringLiteral("   "));
        QVERIFY(!next->isEnabled());
        const QString why = QStringLiteral("5xx come from a client retry storm, not from 0.1.0");
        reason->setText(why);
        QVERIFY(next->isEnabled());
        shot(QStringLiteral("rollback-verify-failed-override"));

        QSignalSpy recorded(p, &RollbackPage::overrideRecorded);
        next->click();
        QVERIFY(recorded.wait(20000));
        QCOMPARE(p->currentStep(), RollbackPage::Step::After);
        const AuditEntry entry = recorded.first().first().value<AuditEntry>();

        // In PostgreSQL: the override with the reason, the run, the failed error rate and its range —
        // from the moment the rollback finished.
        const QString where = QStringLiteral(" FROM ops.audit WHERE action = 'rollback-override' AND id = '%1'")
                                  .arg(entry.id.toString(QUuid::WithoutBraces));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*)") + where), QStringLiteral("1"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT reason") + where), why);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT override") + where), QStringLiteral("t"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT target") + where), QStringLiteral("0.1.0"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT metrics_after->>'run'") + where), run.id);
        const double percent = m_db->scalar(QStringLiteral("SELECT metrics_after->>'errorPercent'") + where).toDouble();
        qInfo("override recorded: 5xx share %.2f %% since %s", percent,
              qPrintable(m_db->scalar(QStringLiteral("SELECT metrics_after->>'errorRateFrom'") + where)));
        QVERIFY(percent >= RollbackVerifier::kMaxErrorPercent);
        QCOMPARE(QDateTime::fromString(m_db->scalar(QStringLiteral("SELECT metrics_after->>'errorRateFrom'") + where),
                                       Qt::ISODateWithMs),
                 run.finishedAt);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT metrics_after->'failed' @> '[{\"check\":\"ErrorRate\"}]'") + where) ==
                QStringLiteral("t"));
    }
};

QTEST_MAIN(TestRollbackOverride)
#include "tst_rollbackoverride.moc"
