// Switching the simulator to a scenario turns the matching tiles and alerts red within the
// schedule's window — the health monitor against the real stack (Prometheus with the
// short-window variant of the runbook's rules).
#include "core/appsettings.h"
#include "core/consolecontext.h"
#include "health/alertsmodel.h"
#include "health/healthmonitor.h"
#include "health/servicestatusmodel.h"
#include "testenv.h"

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
    QNetworkAccessManager m_network;

    bool setScenario(const QString& name)
    {
        QUrl url(TestEnv::require("OPSCONSOLE_SIM_ADMIN_URL") + QStringLiteral("/admin/scenario"));
        url.setQuery(QUrlQuery{{QStringLiteral("name"), name}});
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_network.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool ok = finished.wait(8000) && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    static bool hasAlert(const AlertsModel* model, const QString& name, AlertEntry::State state)
    {
        for (const AlertEntry& a : model->alerts())
            if (a.name == name && a.state == state)
                return true;
        return false;
    }

    static void useFastSchedule(const QString& profile)
    {
        HealthSchedule s;
        s.apiIntervalSec = 2;
        s.apiFailuresToAlert = 2;
        s.databaseIntervalSec = 2;
        s.redisIntervalSec = 2;
        s.queueIntervalSec = 2;
        s.orchestratorIntervalSec = 2;
        s.prometheusIntervalSec = 2;
        s.deadlineSec = 1;
        s.save(profile);
    }

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }
    void cleanup() { QVERIFY(setScenario(QStringLiteral("normal"))); }

    void apiDownTurnsTheAppTileAndItsAlertRed()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        useFastSchedule(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Ok, 15000);

        QVERIFY(setScenario(QStringLiteral("api-down")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Down, 10000);
        QVERIFY(!monitor.services()->status(QStringLiteral("app")).reason.isEmpty());
        // Two consecutive failures: the runbook's alert threshold for the API.
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("ApiHealthCheckFailing"), AlertEntry::State::Firing), 15000);
        // The database tile is unaffected.
        QCOMPARE(monitor.services()->status(QStringLiteral("postgres")).health, Health::Ok);

        QVERIFY(setScenario(QStringLiteral("normal")));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Ok, 15000);
        monitor.stop();
    }

    void errorSpikeFiresHighErrorRate()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        useFastSchedule(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        QVERIFY(setScenario(QStringLiteral("error-spike")));
        // rate over 30 s, `for: 10s`, scraped every 2 s: well within 90 s.
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("HighErrorRate"), AlertEntry::State::Firing), 90000);
        monitor.stop();
    }

    void queueBacklogTurnsRedisAndQueuesRed()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        useFastSchedule(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        QSignalSpy hints(&monitor, &HealthMonitor::scaleHintsChanged);
        monitor.start();
        QVERIFY(setScenario(QStringLiteral("queue-backlog")));
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(monitor.alerts(), QStringLiteral("QueueLengthHigh"), AlertEntry::State::Firing), 60000);
        QCOMPARE(monitor.services()->status(QStringLiteral("redis")).health, Health::Degraded);
        // The runbook's "LLM queue > 50" signal suggests scaling worker-llm.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.scaleHints().isEmpty(), 30000);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
