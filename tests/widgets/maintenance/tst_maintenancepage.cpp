// The Maintenance page offscreen on the real stack (a scratch database for the console's records):
// the recommended window, saving, the checklist with who ticked, the dashboard's "alerts expected",
// a scheduled run driven through the page's buttons and the emergency path.
#include "models/core/formatting.h"
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/languagemanager.h"
#include "models/maintenance/maintenanceactivity.h"
#include "widgets/maintenance/maintenancebanner.h"
#include "widgets/maintenance/maintenancepage.h"
#include "models/maintenance/maintenancerun.h"
#include "widgets/maintenance/maintenancerunview.h"
#include "models/maintenance/maintenancestore.h"
#include "models/session/session.h"
#include "tests/common/scratchdatabase.h"
#include "widgets/shell/traynotifier.h"
#include "tests/common/testenv.h"
#include "widgets/charts/chartspage.h"
#include "widgets/incidents/incidentspage.h"
#include "models/incidents/incidentstore.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Ops;

class TestMaintenancePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static void screenshot(QWidget& widget, const QString& name)
    {
        // For reviewers: OPSCONSOLE_SCREENSHOT_DIR=docs/screenshots [OPSCONSOLE_SCREENSHOT_LANG=ko] ctest …
        const QString dir = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QString lang = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_LANG", QStringLiteral("en"));
        widget.grab().save(QDir(dir).filePath(name + u'-' + lang + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
    }

    void scheduleChecklistAndGuidedRun()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        ScratchDatabase db;
        QVERIFY(db.isValid());
        QTemporaryDir backups;
        profile.name = QStringLiteral("maintenance-page-test");
        profile.pgRecordsDatabase = db.name();
        profile.pgSslMode = QStringLiteral("disable");
        profile.backupsDirectory = backups.path();
        ConsoleContext context;
        context.language().setLanguage(
            qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_LANG", QStringLiteral("en")));
        context.useTransientProfile(profile);
        Session& ops = context.session();
        ops.start();
        QTRY_VERIFY_WITH_TIMEOUT(ops.state() == Session::State::Ready, 20000);

        MaintenancePage page(context);
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 10000);

        // A new window is offered at the runbook's recommended time.
        auto* start = page.findChild<QDateTimeEdit*>(QStringLiteral("windowStart"));
        auto* end = page.findChild<QDateTimeEdit*>(QStringLiteral("windowEnd"));
        QVERIFY(start && end);
        page.newWindow();
        QCOMPARE(start->dateTime().toUTC().date().dayOfWeek(), 7);
        QCOMPARE(start->dateTime().toUTC().time(), QTime(2, 0));
        QCOMPARE(start->dateTime().secsTo(end->dateTime()), 2 * 3600);
        page.findChild<QPushButton*>(QStringLiteral("saveWindow"))->click();
        auto* list = page.findChild<QTreeWidget*>(QStringLiteral("windowList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("UTC")));
        // The local clock beside it names its zone (KST), never a word like "local".
        if (!Format::localIsUtc(start->dateTime()))
            QVERIFY(list->topLevelItem(0)->text(1).contains(Format::localZoneName(start->dateTime())));
        QVERIFY(!list->topLevelItem(0)->text(1).contains(QStringLiteral("local")));
        // Upcoming within a day or not: the dashboard's activity follows the same store.
        MaintenanceActivity& activity = ops.maintenanceActivity();
        QVERIFY(!activity.alertsExpected());
        MaintenanceBanner banner(activity); // the dashboard's
        TrayNotifier tray(context);
        QVERIFY(!tray.isQuiet());
        screenshot(page, QStringLiteral("maintenance"));

        // Now: move it to the present and tick the checklist.
        start->setDateTime(QDateTime::currentDateTimeUtc().addSecs(-60));
        end->setDateTime(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        page.saveWindow();
        QTRY_VERIFY_WITH_TIMEOUT(activity.alertsExpected(), 5000);
        QVERIFY(!banner.isHidden());
        QVERIFY(banner.text().contains(activity.activeWindow().title));
        QVERIFY(tray.isQuiet()); // alerts are expected: no desktop notifications
        const QUuid id = page.selectedWindowId();
        for (const QString& key : MaintenanceChecklist::itemKeys()) {
            auto* box = page.findChild<QCheckBox*>(QStringLiteral("check-") + key);
            QVERIFY(box && box->isEnabled());
            box->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(page.store()->checklist(id).isComplete(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.maintenance_checklist WHERE ticked")),
            QStringLiteral("6"), 10000);

        // Open beside the run, as an operator would have them: the charts and an open incident.
        ChartsPage charts(context);
        QTemporaryDir incidentData;
        IncidentsPage incidents(context);
        QTRY_VERIFY_WITH_TIMEOUT(incidents.isReady(), 10000);
        const QUuid incident = incidents.newIncident(Incident::create(QStringLiteral("Slow searches"), Severity::P3));

        MaintenanceRun* run = page.prepareRun();
        QVERIFY(run);
        // The run's own limit (120 s): on a loaded stack, or right after a test restarted a container
        // (counters reset), traffic needs more than 30 s to fall below the threshold in the rate window.
        run->setDrain(120000, 0.5, 500);
        run->setMonitoring(4, 1);
        QSignalSpy finished(run, &MaintenanceRun::finished);
        auto* confirm = page.findChild<QPushButton*>(QStringLiteral("confirmStep"));
        // The operator's own work, after the flag, the drain (up to 120 s) and the backup; on a loaded
        // machine with the stack's pg_dump that takes minutes, and a failure says which step and why.
        QStringList refusals;
        connect(run, &MaintenanceRun::refused, this, [&refusals](const QString& why) { refusals << why; });
        const auto where = [run, &page, &refusals, id, &ops] {
            // A refused start leaves no step: the page's status and the run's state say why.
            QStringList lines{QStringLiteral("page: '%1', run view: '%2', run state %3, refusals: [%4]")
                                  .arg(page.findChild<QLabel*>(QStringLiteral("pageStatus"))->text(),
                                       page.findChild<QLabel*>(QStringLiteral("runState"))->text())
                                  .arg(int(run->runState()))
                                  .arg(refusals.join(QStringLiteral(" | ")))};
            lines << QStringLiteral("same run %1, selected window %2 (valid %3), windows %4, checklist complete %5, "
                                    "session state %6")
                         .arg(page.run() == run)
                         .arg(page.selectedWindowId() == id ? QStringLiteral("as ticked") : page.selectedWindowId().toString())
                         .arg(page.store() && page.store()->window(page.selectedWindowId()).isValid())
                         .arg(page.store() ? page.store()->windows().size() : -1)
                         .arg(page.store() && page.store()->checklist(id).isComplete())
                         .arg(int(ops.state()));
            for (const MaintenanceRun::Step& step : run->steps())
                lines << QStringLiteral("%1=%2 %3").arg(step.key).arg(int(step.state)).arg(step.output.join(u'|').left(300));
            return lines.join(QStringLiteral("; "));
        };
        auto* startButton = page.findChild<QPushButton*>(QStringLiteral("startRun"));
        QVERIFY2(startButton->isEnabled(), qPrintable(where()));
        startButton->click();
        // The click asks for the operator lock at once; a start that is refused says why, at once.
        QVERIFY2(run->runState() != MaintenanceRun::RunState::Idle, qPrintable(where()));
        OPS_WAIT_FOR(confirm->isEnabled(), 180000, where());
        QCOMPARE(run->steps().at(run->currentStep()).key, QStringLiteral("work"));
        QCOMPARE(run->steps().at(2).state, MaintenanceRun::StepState::Done); // the backup
        screenshot(page, QStringLiteral("maintenance-run"));
        page.findChild<QLineEdit*>(QStringLiteral("stepNote"))
            ->setText(QStringLiteral("config change applied"));
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(QFile::exists(run->backupPath()));
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action IN ('maintenance-start', "
                                     "'maintenance-step', 'maintenance-end')")),
            QStringLiteral("9"), 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-checklist'")),
                 QStringLiteral("6"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-schedule'")),
                 QStringLiteral("2"));
        // Chart markers for the run (start, each step, end; not the checklist ticks), and the same
        // events in the open incident's timeline.
        const auto maintenanceMarkers = [&charts] {
            int n = 0;
            for (const Metrics::ChartEvent& e : charts.events())
                n += e.kind == QLatin1String("maintenance") ? 1 : 0;
            return n;
        };
        // Start, seven steps, end; and the outcome rows of the three commands (flag on, backup, flag off):
        // their intents, written before they ran, are no markers.
        QTRY_COMPARE_WITH_TIMEOUT(maintenanceMarkers(), 12, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(incidents.store().incident(incident).timeline.size() >= 9, 10000);
        bool started = false;
        const QString startedWords = QCoreApplication::translate("Ops::AuditSummary", "Maintenance started: %1")
                                         .section(QStringLiteral("%1"), 0, 0); // in the page's language
        for (const TimelineEntry& u : incidents.store().incident(incident).timeline)
            started = started || u.text.contains(startedWords);
        QVERIFY(started);
        QTRY_VERIFY_WITH_TIMEOUT(!activity.alertsExpected(), 5000); // completed: no longer active
        QVERIFY(banner.isHidden() || !banner.text().contains(QStringLiteral("🔧")));
        QVERIFY(!tray.isQuiet());

        // The emergency path: announce, fix, verify /health, post the resolution.
        QSignalSpy finished2(run, &MaintenanceRun::finished);
        page.startEmergency();
        QTRY_COMPARE_WITH_TIMEOUT(run->mode(), MaintenanceRun::Mode::Emergency, 5000);
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 20000);
            confirm->click();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 20000);
        QVERIFY(finished2.first().first().toBool());
        QCOMPARE(run->steps().at(2).key, QStringLiteral("verify"));
        QCOMPARE(run->steps().at(2).state, MaintenanceRun::StepState::Done);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.maintenance_windows WHERE kind = 'emergency' "
                                     "AND status = 'completed'")),
            QStringLiteral("1"), 10000);
    }
};

QTEST_MAIN(TestMaintenancePage)
#include "tst_maintenancepage.moc"
