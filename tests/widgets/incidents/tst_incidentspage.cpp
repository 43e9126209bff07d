#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "models/health/alertentry.h"
#include "widgets/incidents/incidenteditor.h"
#include "widgets/incidents/incidentspage.h"
#include "models/incidents/incidentstore.h"
#include "widgets/incidents/oncallpage.h"
#include "models/incidents/oncallstore.h"
#include "tests/common/incidenttesthelpers.h"
#include "tests/common/testenv.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The Incidents page offscreen: without a profile it works on the local journal only; with a profile
/// on a scratch database it writes to PostgreSQL.
class TestIncidentsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void newFromAlertEditAutosaveOffline()
    {
        QTemporaryDir data;
        ConsoleContext context;
        context.session().setDataDirectory(data.path());
        IncidentsPage page(context);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.isReady());

        AlertEntry alert;
        alert.name = QStringLiteral("HighErrorRate");
        alert.state = AlertEntry::State::Firing;
        alert.severity = QStringLiteral("critical");
        alert.summary = QStringLiteral("High error rate detected");
        alert.value = QStringLiteral("0.12");
        alert.subject = QStringLiteral("app");
        alert.since = QDateTime::currentDateTimeUtc().addSecs(-120);
        QSignalSpy saved(&page.store(), &IncidentStore::saved);
        const QUuid id = page.newFromAlert(alert);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QCOMPARE(saved.at(0).at(3).toBool(), true); // no database: journaled
        QCOMPARE(page.store().pendingCount(), 1);

        auto* title = page.editor()->findChild<QLineEdit*>(QStringLiteral("incidentTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("High error rate detected"));
        QCOMPARE(page.editor()->incident().severity, Severity::P1);
        QCOMPARE(page.editor()->incident().alerts.size(), 1);
        auto* table = page.findChild<QTableView*>(QStringLiteral("incidentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        // Typing autosaves after a pause.
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("API 5xx spike"));
        QVERIFY(page.editor()->hasUnsavedChanges());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 5000);
        QCOMPARE(page.store().incident(id).title, QStringLiteral("API 5xx spike"));
        QCOMPARE(page.store().pendingCount(), 2);

        // The timeline through the public API and through the editor.
        QSignalSpy appended(&page.store(), &IncidentStore::updateAppended);
        QVERIFY(page.appendTimeline(QStringLiteral("Scaled app to 5")));
        auto* text = page.editor()->findChild<QLineEdit*>(QStringLiteral("timelineText"));
        QTest::keyClicks(text, QStringLiteral("Error rate falling"));
        QTest::mouseClick(page.editor()->findChild<QPushButton*>(QStringLiteral("timelineAdd")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 5000);
        QCOMPARE(page.store().incident(id).timeline.size(), 2);

        const QString en = page.communicationText(id, QStringLiteral("en"));
        QVERIFY(en.startsWith(QStringLiteral("🚨 Incident: API 5xx spike")));
        QVERIFY(en.contains(QStringLiteral("Error rate falling")));
        QVERIFY(!page.communicationText(id, QStringLiteral("ko")).isEmpty());

        // Resolved incidents take no more timeline updates from the console.
        auto* status = page.editor()->findChild<QComboBox*>(QStringLiteral("incidentStatus"));
        status->setCurrentIndex(int(IncidentStatus::Resolved));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 5000);
        QVERIFY(page.store().incident(id).resolvedAt.isValid());
        QVERIFY(!page.appendTimeline(id, QStringLiteral("too late")));
    }

    void writesToPostgresWithAProfile()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir data;
        ConsoleContext context;
        ConnectionProfile profile = TestEnv::stackProfile();
        profile.name = QStringLiteral("incidents-gui");
        profile.pgRecordsDatabase = db.name();
        context.useTransientProfile(profile);
        context.session().setDataDirectory(data.path());
        IncidentsPage page(context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 10000);
        QSignalSpy saved(&page.store(), &IncidentStore::saved);
        Incident prefilled = Incident::create(QStringLiteral("Redis down"), Severity::P0);
        page.newIncident(prefilled);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.at(0).at(3).toBool(), false);
        QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM ops.incidents")), QStringLiteral("Redis down"));

        // Another console's change (its next version: the records are append-only) shows up here within
        // seconds (LISTEN/NOTIFY).
        QCOMPARE(db.execAs(QStringLiteral("fragrance_user"),
                           QStringLiteral("INSERT INTO ops.incident_versions (incident_id, version, change_id, title,"
                                          " severity, status, impact, started_at, detected_by, commander, actions_taken,"
                                          " next_steps, eta, checklist, root_cause, postmortem_date, resolved_at, alerts)"
                                          " SELECT id, version + 1, gen_random_uuid(), 'Redis down (AOF)', severity,"
                                          " status, impact, started_at, detected_by, commander, actions_taken,"
                                          " next_steps, eta, checklist, root_cause, postmortem_date, resolved_at, alerts"
                                          " FROM ops.incidents")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(page.store().incident(prefilled.id).title, QStringLiteral("Redis down (AOF)"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.editor()->incident().title, QStringLiteral("Redis down (AOF)"), 5000);
    }

    void onCallRosterSavedAndCached()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir data;
        ConsoleContext context;
        ConnectionProfile profile = TestEnv::stackProfile();
        profile.name = QStringLiteral("oncall-gui");
        profile.pgRecordsDatabase = db.name();
        context.useTransientProfile(profile);
        context.session().setDataDirectory(data.path());
        OnCallPage page(context);
        QVERIFY(page.store());
        QSignalSpy loaded(page.store(), &OnCallStore::rosterChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000); // connected, migrated, read
        QCOMPARE(page.editedRoster().rotation.size(), 4);
        OnCallRoster roster = page.editedRoster();
        roster.rotation[0].primary = QStringLiteral("Kim");
        QSignalSpy saved(page.store(), &OnCallStore::saved);
        page.store()->save(roster);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT roster->'rotation'->0->>'primary' FROM ops.oncall")), QStringLiteral("Kim"));
        // The cache serves a console that cannot reach the database.
        QCOMPARE(OnCallRoster::readFile(data.filePath(QStringLiteral("oncall.json"))).rotation.at(0).primary,
                 QStringLiteral("Kim"));
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"
