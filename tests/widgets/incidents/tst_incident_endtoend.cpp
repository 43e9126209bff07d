// The incident log end to end on the demo stack: a real alert fires in Prometheus (the simulator's
// error-spike scenario), the operator double-clicks it on the dashboard, and edits the new incident
// while its PostgreSQL database refuses every connection (a real server-side outage: connections
// disallowed and the console's sessions terminated). The console's own action during the outage
// joins the timeline by itself. When the database is back, everything is in it, once.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "widgets/dashboard/dashboardpage.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/healthschedule.h"
#include "widgets/incidents/incidenteditor.h"
#include "widgets/incidents/incidentspage.h"
#include "models/incidents/incidentstore.h"
#include "tests/common/incidenttesthelpers.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"
#include "widgets/shell/mainwindow.h"
#include "tests/common/testenv.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/pqxx>

using namespace Ops;

namespace {

/// One statement as the superuser on the `postgres` database (the scratch one may refuse connections).
QString adminExec(const QString& sql)
{
    try {
        pqxx::connection c(TestEnv::pgAdminConnInfo().toStdString());
        pqxx::nontransaction tx(c);
        tx.exec(sql.toStdString());
        return QString();
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

QModelIndex firingAlert(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const auto alert = index.data(AlertsModel::AlertRole).value<AlertEntry>();
        if (alert.name == name && alert.state == AlertEntry::State::Firing)
            return index;
    }
    return {};
}

} // namespace

class TestIncidentEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<ScratchDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        REQUIRE_ENV(TestEnv::apiUrl());
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
    }

    void cleanupTestCase()
    {
        adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_db->name()));
        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("normal")));
        m_db.reset();
    }

    void alertToIncidentThroughADatabaseOutage()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        profile.name = QStringLiteral("incident-e2e");
        profile.pgRecordsDatabase = m_db->name();
        profile.pgSslMode = QStringLiteral("disable");
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.health().start();
        context.session().start();
        context.useTransientProfile(profile);
        MainWindow window(context);
        window.resize(1400, 900);
        window.show();
        // Pages are built when first asked for.
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(PageId::Dashboard));
        auto* incidents = qobject_cast<IncidentsPage*>(window.page(PageId::Incidents));
        QVERIFY(dashboard && incidents);
        QTRY_VERIFY_WITH_TIMEOUT(context.session().state() == Session::State::Ready, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(incidents->isReady(), 20000);

        // A real alert: 5xx from the simulator, scraped and evaluated by the real Prometheus.
        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("error-spike")));
        auto* alerts = dashboard->findChild<QTableView*>(QStringLiteral("alertsTable"));
        QVERIFY(alerts);
        QTRY_VERIFY_WITH_TIMEOUT(firingAlert(alerts->model(), QStringLiteral("HighErrorRate")).isValid(), 120000);
        const QModelIndex index = firingAlert(alerts->model(), QStringLiteral("HighErrorRate"));
        QSignalSpy saved(&incidents->store(), &IncidentStore::saved);
        // The view's double-click signal (the synthetic mouse is unreliable while the model refreshes).
        Q_EMIT alerts->doubleClicked(index);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.at(0).at(3).toBool(), false); // in the database
        QVERIFY(incidents->isVisible());
        IncidentEditor* editor = incidents->editor();
        const QUuid id = editor->incident().id;
        QVERIFY(!id.isNull());
        QCOMPARE(editor->incident().alerts.size(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.incidents")), QStringLiteral("1"));

        // The outage: no new connection, and the console's open sessions are cut.
        QCOMPARE(adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_db->name())), QString());
        QCOMPARE(adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                               .arg(m_db->name())),
                 QString());

        // The operator keeps working: a title, a status, a timeline update.
        auto* title = editor->findChild<QLineEdit*>(QStringLiteral("incidentTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("API 5xx after release 0.2.0"));
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() >= 2, 20000);
        QVERIFY(saved.last().at(3).toBool()); // journaled
        editor->findChild<QComboBox*>(QStringLiteral("incidentStatus"))->setCurrentIndex(int(IncidentStatus::Identified));
        auto* text = editor->findChild<QLineEdit*>(QStringLiteral("timelineText"));
        QTest::keyClicks(text, QStringLiteral("5xx from the new release; rolling back"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("timelineAdd")), Qt::LeftButton);
        // And the console's own action, recorded while the database is away, joins the timeline by itself.
        AuditEntry restart = AuditEntry::create(profile.name, AuditAction::Restart, QStringLiteral("app"),
                                                QStringLiteral("clear stuck workers (e2e)"));
        restart.setExitCode(0);
        QSignalSpy audited(context.session().audit(), &AuditStore::appended);
        context.session().audit()->append(restart);
        QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 1, 20000);
        QVERIFY(audited.first().at(1).toBool()); // journaled
        QTRY_COMPARE_WITH_TIMEOUT(incidents->store().incident(id).timeline.size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedChanges(), 20000); // the autosave of the status ran
        QTRY_VERIFY_WITH_TIMEOUT(incidents->store().pendingCount() >= 4, 20000);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT 1")).contains(QStringLiteral("not currently accepting connections")));

        // The database is back: the journal replays, nothing lost, nothing doubled.
        QCOMPARE(adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_db->name())), QString());
        QTRY_COMPARE_WITH_TIMEOUT(incidents->store().pendingCount(), 0, 60000);
        const QString where = QStringLiteral(" FROM ops.incidents WHERE id = '%1'").arg(id.toString(QUuid::WithoutBraces));
        QTRY_COMPARE_WITH_TIMEOUT(m_db->scalar(QStringLiteral("SELECT title") + where),
                                  QStringLiteral("API 5xx after release 0.2.0"), 10000);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT status") + where), QStringLiteral("identified"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.incidents")), QStringLiteral("1"));
        const QString timeline = m_db->scalar(
            QStringLiteral("SELECT string_agg(message, ' | ' ORDER BY at) FROM ops.incident_updates WHERE incident_id = '%1'")
                .arg(id.toString(QUuid::WithoutBraces)));
        qInfo("timeline in the database: %s", qPrintable(timeline));
        QVERIFY(timeline.contains(QStringLiteral("5xx from the new release; rolling back")));
        QVERIFY(timeline.contains(QStringLiteral("clear stuck workers (e2e)")));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.incident_updates")), QStringLiteral("2"));
        // The audit row of the restart went through the journal too.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE id = '%1'").arg(restart.id.toString(QUuid::WithoutBraces))),
            QStringLiteral("1"), 90000);
    }
};

QTEST_MAIN(TestIncidentEndToEnd)
#include "tst_incident_endtoend.moc"
