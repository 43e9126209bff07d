// Switching the simulator to a scenario turns the matching tiles and alerts red within the
// schedule's window — the health monitor against the real stack (Prometheus with the
// short-window variant of the runbook's rules).
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "tests/common/testenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Ops;

class TestScenarios : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;


    static bool hasAlert(const AlertsModel* model, const QString& name, AlertEntry::State state)
    {
        for (const AlertEntry& a : model->alerts())
            if (a.name == name && a.state == state)
                return true;
        return false;
    }


private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }
    void cleanup() { QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("normal"))); }

    void apiDownTurnsTheAppTileAndItsAlertRed()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Ok, 15000);

        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("api-down")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Down, 10000);
        QVERIFY(!monitor.services()->status(QStringLiteral("app")).reason.isEmpty());
        // Two consecutive failures: the runbook's alert threshold for the API.
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("ApiHealthCheckFailing"), AlertEntry::State::Firing), 15000);
        // The database tile is unaffected.
        QCOMPARE(monitor.services()->status(QStringLiteral("postgres")).health, Health::Ok);

        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("normal")));
        // The replicas start again (docker-compose up): 16 s on a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Ok, 45000);
        monitor.stop();
    }

    void errorSpikeFiresHighErrorRate()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("error-spike")));
        // rate over 30 s, `for: 10s`, scraped every 2 s: well within 90 s.
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("HighErrorRate"), AlertEntry::State::Firing), 90000);
        monitor.stop();
    }

    void queueBacklogTurnsRedisAndQueuesRed()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        QSignalSpy hints(&monitor, &HealthMonitor::scaleHintsChanged);
        monitor.start();
        context.session().start();
        QVERIFY(TestEnv::setSimulatorScenario(QStringLiteral("queue-backlog")));
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("QueueLengthHigh"), AlertEntry::State::Firing), 60000);
        QCOMPARE(monitor.services()->status(QStringLiteral("redis")).health, Health::Degraded);
        // The runbook's "LLM queue > 50" signal suggests scaling worker-llm.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.scaleHints().isEmpty(), 30000);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
