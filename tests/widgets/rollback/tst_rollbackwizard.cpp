// The rollback wizard offscreen in the main window, against the real local stack: a real bad deploy
// (image 0.2.0 running), rolled back through the wizard; lock and audit trail in a scratch database.
// What is checked is what changed in the engine (image tags, containers) and in the databases.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/health/healthmonitor.h"
#include "widgets/incidents/incidentspage.h"
#include "models/incidents/incidentstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/session/session.h"
#include "widgets/rollback/afterpane.h"
#include "widgets/rollback/assesspane.h"
#include "widgets/rollback/backuppane.h"
#include "widgets/rollback/executepane.h"
#include "widgets/rollback/reviewpane.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/rollback/targetpane.h"
#include "tests/common/rollbackfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "widgets/shell/mainwindow.h"
#include "tests/common/testenv.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace RollbackFixture;

class TestRollbackWizard : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
        m_profile.name = QStringLiteral("rollback-wizard-test");
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
        p->setVerifyDeadline(100000, 2000);
        QVERIFY(resetStack(m_profile));
    }

    void cleanupTestCase()
    {
        resetStack(m_profile);
        m_window.reset();
        m_context.reset();
        m_db.reset();
    }

    void backupOutsideTheFolderIsRefusedInWords()
    {
        BackupPane pane;
        pane.setFolder(m_profile.backupsDirectory);
        pane.setFile(QStringLiteral("/etc/passwd"));
        QVERIFY(!pane.isComplete());
        QLabel* result = child<QLabel>(&pane, "checkResult");
        QVERIFY2(result->text().contains(QStringLiteral("not inside the backups folder")),
                 qPrintable(result->text()));
        pane.setFile(QStringLiteral("../etc/passwd"));
        QVERIFY(result->text().contains(QStringLiteral("\"..\"")));
        QVERIFY(!pane.isComplete());
    }

    void badDeployWizardEndToEnd()
    {
        QCOMPARE(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("bad-deploy")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(apiVersion(m_profile), QStringLiteral("0.2.0"), 20000);
        m_window->showPage(PageId::Rollback);
        RollbackPage* p = page();
        AssessPane* assess = p->assessPane();
        // Assess until Prometheus' 30 s window shows the bad build's 5xx share: quick is preselected.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && assess->recommendation().path != RollbackPath::Quick) {
            QSignalSpy changed(assess, &AssessPane::changed);
            p->assess();
            QTRY_VERIFY_WITH_TIMEOUT(assess->hasAssessment() && !changed.isEmpty(), 15000);
            QTest::qWait(assess->recommendation().path == RollbackPath::Quick ? 0 : 2000);
        }
        QCOMPARE(assess->recommendation().path, RollbackPath::Quick);
        QTRY_VERIFY(p->isReady());
        QVERIFY(child<QRadioButton>(assess, "pathQuick")->isChecked());
        QVERIFY(p->canGoNext());
        // Another path needs a reason.
        assess->choosePath(RollbackPath::WorkersOnly);
        QVERIFY(!p->canGoNext());
        assess->setReason(QStringLiteral("only the workers were redeployed"));
        QVERIFY(p->canGoNext());
        assess->setReason(QString());
        assess->choosePath(RollbackPath::Quick);
        QVERIFY(p->canGoNext());

        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::Target);
        TargetPane* target = p->targetPane();
        QTRY_VERIFY(child<QLabel>(target, "currentVersion")->text().contains(QStringLiteral("0.2.0")));
        target->setVersion(QStringLiteral("--help"));
        QVERIFY(!p->canGoNext());
        QVERIFY(child<QLabel>(target, "validation")->text().contains(QStringLiteral("not a valid version")));
        target->setVersion(QStringLiteral("0.2.0")); // what runs now
        QVERIFY(!p->canGoNext());
        target->setVersion(QStringLiteral("0.1.0"));
        QVERIFY(p->canGoNext());

        p->next(); // quick: no backup step
        QCOMPARE(p->currentStep(), RollbackPage::Step::Review);
        const QString commands = p->reviewPane()->commandsText();
        // In place: the application's services only, never `down` (PostgreSQL holds the lock and the records).
        QVERIFY2(!commands.contains(QStringLiteral(" down")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("--no-deps")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("$ VERSION=0.1.0 ") + m_profile.orchestrator.program),
                 qPrintable(commands));
        QVERIFY(!p->canGoNext());
        p->reviewPane()->setConfirmation(QStringLiteral("0.1"));
        QVERIFY(!p->canGoNext());
        p->reviewPane()->setConfirmation(QStringLiteral("0.1.0"));
        QVERIFY(p->canGoNext());

        const QStringList before = StackTest::fingerprint();
        const QStringList postgresBefore = before.filter(QStringLiteral("_postgres_1 "));
        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::Execute);
        QTest::qWait(500);
        QCOMPARE(StackTest::fingerprint(), before); // nothing runs before Start
        QSignalSpy finished(p, &RollbackPage::runFinished);
        QSignalSpy verified(p, &RollbackPage::verified);
        child<QPushButton>(p->executePane(), "start")->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<RollbackRunState>().phase, RollbackRunState::Phase::Done);
        QCOMPARE(p->currentStep(), RollbackPage::Step::Verify);
        for (const QString& service : m_profile.applicationServices)
            QCOMPARE(StackTest::tagOf(service), QStringLiteral("0.1.0"));
        QCOMPARE(StackTest::fingerprint().filter(QStringLiteral("_postgres_1 ")), postgresBefore);
        QTRY_COMPARE_WITH_TIMEOUT(apiVersion(m_profile), QStringLiteral("0.1.0"), 30000);
        QVERIFY(verified.wait(110000));
        QVERIFY(verified.first().first().toBool());

        p->next();
        QCOMPARE(p->currentStep(), RollbackPage::Step::After);
        AfterPane* after = p->afterPane();
        QVERIFY(after->isChecked(AfterPane::VerifyServices));
        QVERIFY(after->isChecked(AfterPane::ErrorRates));
        after->startWatch(3, 500);
        QVERIFY(after->isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(!after->isWatching(), 10000);
        QVERIFY(!after->warned());
        QVERIFY(after->isChecked(AfterPane::Monitor));

        // "Document incident": the Incidents page opens with the rollback's timeline.
        child<QPushButton>(after, "documentIncident")->click();
        auto* incidents = qobject_cast<IncidentsPage*>(m_window->page(PageId::Incidents));
        QVERIFY(incidents);
        QTRY_VERIFY_WITH_TIMEOUT(!incidents->store().incidents().isEmpty(), 10000);
        const Incident made = incidents->store().incidents().constLast();
        QVERIFY2(made.title.contains(QStringLiteral("0.1.0")), qPrintable(made.title));
        QVERIFY(made.timeline.size() >= 3); // start, the step, end
        QVERIFY2(made.timeline.at(1).text.contains(QStringLiteral("target version")),
                 qPrintable(made.timeline.at(1).text));
    }

    void interruptedRunIsOfferedForResuming()
    {
        QVERIFY(resetStack(m_profile));
        QVERIFY(createProbe(m_profile, QStringLiteral("before")));
        const QString backup = dumpProbe(m_profile, QStringLiteral("backup_wizard_test.sql"));
        QVERIFY(!backup.isEmpty());
        ComposeOrchestrator o;
        o.setSettings(m_profile.orchestrator);
        RollbackRequest request;
        request.path = RollbackPath::Full;
        request.version = QStringLiteral("0.1.0");
        request.backupFile = backup;
        request.databaseUser = m_profile.pgUser;
        request.database = m_profile.pgDatabase;
        request.applicationReplicas = {{QStringLiteral("app"), 1}, {QStringLiteral("worker-llm"), 1},
                                       {QStringLiteral("worker-rl"), 1}};
        QString error;
        RollbackRunState state =
            RollbackRunState::create(m_profile.name, request, RollbackPlan::build(request, o, &error));
        QCOMPARE(state.steps.at(2).kind, RollbackStepKind::Restore);
        for (int i = 0; i < 2; ++i)
            state.steps[i].state = RollbackRunState::StepState::Done;
        state.steps[2].state = RollbackRunState::StepState::Running; // died during the restore
        QVERIFY(RollbackStateFile(m_profile.name, m_runs.path()).save(state));
        QVERIFY(
            psql(m_profile, QStringLiteral("UPDATE public.rollback_probe SET value = 'after' WHERE id = 1"))
                .exitCode == 0);

        RollbackPage fresh(*m_context);
        fresh.setStateDirectory(m_runs.path());
        fresh.show();
        QVERIFY(fresh.hasSavedRun());
        QFrame* banner = fresh.findChild<QFrame*>(QStringLiteral("resumeBanner"));
        QVERIFY(banner && banner->isVisible());
        QSignalSpy finished(&fresh, &RollbackPage::runFinished);
        fresh.resumeSaved(RollbackRunner::Interrupted::TreatAsDone);
        QCOMPARE(fresh.currentStep(), RollbackPage::Step::Execute);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<RollbackRunState>().phase, RollbackRunState::Phase::Done);
        // Treated as done: the backup was not restored again, so the row written since stays.
        QCOMPARE(probeValue(m_profile), QStringLiteral("after"));
        for (const QString& service : m_profile.applicationServices)
            QCOMPARE(StackTest::tagOf(service), QStringLiteral("0.1.0"));
        QFile::remove(backup);
    }
};

QTEST_MAIN(TestRollbackWizard)
#include "tst_rollbackwizard.moc"
