#include "models/net/httpclient.h"
#include "models/maintenance/drainwatcher.h"
#include "models/maintenance/maintenancebackup.h"
#include "models/maintenance/maintenanceactivity.h"
#include "models/maintenance/maintenancechecklist.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancewindow.h"
#include "models/maintenance/silenceclient.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ops;

/// The maintenance models: the runbook's default window, the checklist gate, the silence request (never
/// Watchdog) and the silence client against the stack's real Alertmanager, the activity
/// ("alerts expected"), the drain counter and names.
class TestMaintenanceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recommendedWindowIsNextSunday0200To0400Utc_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("start");
        const auto utc = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
        };
        // 2026-11-26 is a Thursday; 2026-11-29 a Sunday.
        QTest::newRow("thursday") << utc(2026, 11, 26, 21, 10) << utc(2026, 11, 29, 2, 0);
        QTest::newRow("sunday before 02:00") << utc(2026, 11, 29, 1, 59) << utc(2026, 11, 29, 2, 0);
        QTest::newRow("sunday at 02:00 (started)") << utc(2026, 11, 29, 2, 0) << utc(2026, 12, 6, 2, 0);
        QTest::newRow("sunday evening") << utc(2026, 11, 29, 23, 0) << utc(2026, 12, 6, 2, 0);
        QTest::newRow("saturday late") << utc(2026, 11, 28, 23, 59) << utc(2026, 11, 29, 2, 0);
        // A local time given: still computed in UTC (11:30 +09:00 is 02:30 UTC, the window has begun).
        QTest::newRow("offset +09:00")
            << QDateTime(QDate(2026, 11, 29), QTime(11, 30), QTimeZone(9 * 3600)) << utc(2026, 12, 6, 2, 0);
    }

    void recommendedWindowIsNextSunday0200To0400Utc()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, start);
        const MaintenanceWindow w = MaintenanceWindow::recommended(now);
        QCOMPARE(w.start, start);
        QCOMPARE(w.end, start.addSecs(2 * 3600));
        QCOMPARE(w.start.date().dayOfWeek(), 7);
        QVERIFY(w.isValid());
        QVERIFY(w.validate().isEmpty());
    }

    void windowActiveUpcomingAndJson()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        MaintenanceWindow w = MaintenanceWindow::recommended(now);
        w.start = now.addSecs(3600);
        w.end = now.addSecs(7200);
        w.owner = QStringLiteral("ops");
        QVERIFY(!w.isActive(now));
        QVERIFY(w.isUpcoming(now, 24 * 3600));
        QVERIFY(!w.isUpcoming(now, 600));
        QVERIFY(w.isActive(now.addSecs(3601)));
        QVERIFY(!w.isActive(now.addSecs(7200)));
        w.status = MaintenanceWindow::Status::Cancelled;
        QVERIFY(!w.isActive(now.addSecs(3601)));
        w.status = MaintenanceWindow::Status::Running; // a run that overruns keeps its window on
        QVERIFY(w.isActive(now.addSecs(9000)));
        QVERIFY(!w.isActive(now.addSecs(7200 + 6 * 3600))); // but not for ever

        bool ok = false;
        const MaintenanceWindow back = MaintenanceWindow::fromJson(w.toJson(), &ok);
        QVERIFY(ok);
        QCOMPARE(back.id, w.id);
        QCOMPARE(back.start, w.start);
        QCOMPARE(back.status, w.status);
        MaintenanceWindow bad = w;
        bad.end = bad.start;
        QVERIFY(!bad.validate().isEmpty());
    }

    void checklistGatesTheRunUnlessOverridden()
    {
        const QUuid window = QUuid::createUuid();
        MaintenanceChecklist list;
        QCOMPARE(MaintenanceChecklist::itemKeys().size(), 6);
        QCOMPARE(list.missing(), MaintenanceChecklist::itemKeys());
        ChecklistGate gate = list.gate();
        QVERIFY(!gate.allowed);
        QVERIFY(!gate.reason.isEmpty());
        QVERIFY(!list.gate(QStringLiteral("   ")).allowed); // a blank reason is no reason

        gate = list.gate(QStringLiteral("staging is down, change is trivial"));
        QVERIFY(gate.allowed);
        QVERIFY(gate.override);
        QCOMPARE(gate.missing.size(), 6);

        for (const QString& key : MaintenanceChecklist::itemKeys())
            list.add(ChecklistTick::create(window, key, true, QStringLiteral("alice")));
        QVERIFY(list.isComplete());
        gate = list.gate();
        QVERIFY(gate.allowed);
        QVERIFY(!gate.override);

        // An untick later wins; who and when are kept.
        ChecklistTick untick =
            ChecklistTick::create(window, QStringLiteral("backup"), false, QStringLiteral("bob"));
        untick.at = QDateTime::currentDateTimeUtc().addSecs(5);
        list.add(untick);
        QCOMPARE(list.missing(), QStringList{QStringLiteral("backup")});
        QCOMPARE(list.latest(QStringLiteral("backup")).by, QStringLiteral("bob"));
        QCOMPARE(list.latest(QStringLiteral("on-call")).by, QStringLiteral("alice"));
        QVERIFY(!list.gate().allowed);
        list.add(untick); // the same tick twice counts once
        QCOMPARE(list.ticks().size(), 7);
    }

    void silenceRequestCoversOnlyTheStackAndNeverWatchdog()
    {
        const QDateTime start(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC);
        const QJsonObject body = SilenceClient::silenceRequest(
            {QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("a.b")}, start,
            start.addSecs(7200), QStringLiteral("ops"), QStringLiteral("window"));
        QCOMPARE(body.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2026-11-29T04:00:00.000Z"));
        QCOMPARE(body.value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("2026-11-29T02:00:00.000Z"));
        const QJsonArray matchers = body.value(QStringLiteral("matchers")).toArray();
        QCOMPARE(matchers.size(), 2);
        bool serviceMatcher = false;
        bool watchdogExcluded = false;
        for (const QJsonValue& v : matchers) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(QStringLiteral("name")).toString();
            // Nothing may match every alert.
            QVERIFY(m.value(QStringLiteral("value")).toString() != QLatin1String(".*"));
            if (name == QLatin1String("service")) {
                serviceMatcher = true;
                QVERIFY(m.value(QStringLiteral("isEqual")).toBool());
                QCOMPARE(m.value(QStringLiteral("value")).toString(), QStringLiteral("app|worker-llm|a\\.b"));
            }
            if (name == QLatin1String("alertname")) {
                QCOMPARE(m.value(QStringLiteral("value")).toString(), QStringLiteral("Watchdog"));
                QCOMPARE(m.value(QStringLiteral("isEqual")).toBool(), false);
                QCOMPARE(m.value(QStringLiteral("isRegex")).toBool(), false);
                watchdogExcluded = true;
            }
        }
        QVERIFY(serviceMatcher);
        QVERIFY(watchdogExcluded);
    }

    /// The silence client against the stack's real Alertmanager: what it holds after create() and
    /// expire(), not which requests were sent.
    void silenceClientAgainstTheRealAlertmanager()
    {
        const QString url = TestEnv::require("OPSCONSOLE_ALERTMANAGER_URL");
        REQUIRE_ENV(url);
        HttpClient http;
        http.setBaseUrl(HttpService::Alertmanager, QUrl(url));
        SilenceClient client(&http);
        QSignalSpy created(&client, &SilenceClient::created);
        QSignalSpy expired(&client, &SilenceClient::expired);
        QSignalSpy failed(&client, &SilenceClient::failed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        client.create({QStringLiteral("app")}, now, now.addSecs(600), QStringLiteral("ops"),
                      QStringLiteral("tst_maintenancemodel"));
        QTRY_COMPARE_WITH_TIMEOUT(created.size() + failed.size(), 1, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString id = created.first().first().toString();
        const auto cleanup = qScopeGuard([&] { StackTest::alertmanager("DELETE", QStringLiteral("/api/v2/silence/") + id); });

        QJsonObject held = StackTest::silence(id);
        QCOMPARE(held.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(held.value(QStringLiteral("createdBy")).toString(), QStringLiteral("ops"));
        QStringList names;
        for (const QJsonValue& m : held.value(QStringLiteral("matchers")).toArray())
            names << m.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("alertname")), qPrintable(names.join(u',')));

        client.expire(id);
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 15000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(StackTest::silence(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("expired"));

        client.expire(QStringLiteral("../../etc")); // never put into a path
        QCOMPARE(failed.size(), 1);
    }

    /// A maintenance window that becomes active silences the stack in the real Alertmanager; closed
    /// before its end, the silence is expired there at once.
    void activityCreatesAndExpiresTheWindowsSilence()
    {
        const QString url = TestEnv::require("OPSCONSOLE_ALERTMANAGER_URL");
        REQUIRE_ENV(url);
        HttpClient http;
        http.setBaseUrl(HttpService::Alertmanager, QUrl(url));
        MaintenanceActivity activity(&http);
        QSignalSpy changed(&activity, &MaintenanceActivity::changed);
        QSignalSpy created(&activity, &MaintenanceActivity::silenceCreated);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        MaintenanceWindow upcoming = MaintenanceWindow::recommended(now);
        upcoming.start = now.addSecs(3600);
        upcoming.end = now.addSecs(7200);
        activity.setWindows({upcoming});
        QVERIFY(!activity.alertsExpected());
        QCOMPARE(activity.upcomingWindow().id, upcoming.id);
        QTest::qWait(500);
        QCOMPARE(created.size(), 0); // nothing silenced before the window

        MaintenanceWindow active = upcoming;
        active.start = now.addSecs(-60);
        activity.setWindows({active});
        QVERIFY(activity.alertsExpected());
        QCOMPARE(activity.activeWindow().id, active.id);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
        const QString id = created.first().at(1).toString();
        const auto cleanup = qScopeGuard([&] { StackTest::alertmanager("DELETE", QStringLiteral("/api/v2/silence/") + id); });
        QCOMPARE(StackTest::silence(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));

        // Closed before its end: the silence is expired at once.
        active.silenceId = id;
        active.status = MaintenanceWindow::Status::Completed;
        activity.setWindows({active});
        QVERIFY(!activity.alertsExpected());
        QTRY_COMPARE_WITH_TIMEOUT(
            StackTest::silence(id).value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("expired"), 15000);
        QVERIFY(changed.size() >= 2);
    }

    void drainCountsOnlyRealTraffic()
    {
        const QByteArray body =
            "# TYPE http_requests_total counter\n"
            "http_requests_total{method=\"GET\",handler=\"/api/v1/search\",status=\"200\"} 10\n"
            "http_requests_total{method=\"POST\",handler=\"/api/v1/generate\",status=\"500\"} 2\n"
            "http_requests_total{method=\"GET\",handler=\"/metrics\",status=\"200\"} 100\n"
            "http_requests_total{method=\"GET\",handler=\"/health\",status=\"200\"} 50\n";
        QCOMPARE(DrainWatcher::countRequests(body), 12.0);
        QCOMPARE(DrainWatcher::countRequests("up 1\n"), -1.0);
    }

    void runRefusesAnIncompleteChecklistBeforeAnythingRuns()
    {
        MaintenanceRun run(nullptr, nullptr, nullptr, nullptr, nullptr);
        QSignalSpy refused(&run, &MaintenanceRun::refused);
        run.start(MaintenanceWindow::recommended(QDateTime::currentDateTimeUtc()), MaintenanceChecklist());
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(
            MaintenanceChecklist::itemText(QStringLiteral("backup"))));
        QCOMPARE(run.runState(), MaintenanceRun::RunState::Idle);
        QCOMPARE(MaintenanceRun::backupFileName(QDateTime(QDate(2026, 11, 29), QTime(2, 3, 4), Qt::UTC)),
                 QStringLiteral("backup_20261129_020304.sql"));
        QCOMPARE(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Scheduled).size(), 7);
        QCOMPARE(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Emergency).size(), 4);
    }

    void resumeRemovesTheBackupsPartFile()
    {
        // A console killed during pg_dump leaves ".<name>.part.XXXXXX" (QTemporaryFile's suffix) beside the
        // backups; resuming removes it, and nothing else.
        QTemporaryDir dir;
        const QString name = MaintenanceBackup::fileName(QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC));
        const auto touch = [&dir](const QString& file) {
            QFile f(dir.filePath(file));
            return f.open(QIODevice::WriteOnly) && f.write("-- part of a dump\n") > 0;
        };
        QVERIFY(touch(QStringLiteral(".") + name + QStringLiteral(".part.aB3xYz")));
        QVERIFY(touch(QStringLiteral(".") + name + QStringLiteral(".part"))); // the name before QTemporaryFile
        QVERIFY(touch(name + QStringLiteral(".keep")));
        QVERIFY(touch(QStringLiteral(".backup_20261129_020000.sql.part.Qw12Er"))); // another run's: not this one
        MaintenanceBackup::removeLeftover(dir.filePath(name));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral(".backup_20261129_020000.sql.part.Qw12Er"), name + QStringLiteral(".keep")}));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceModel)
#include "tst_maintenancemodel.moc"
