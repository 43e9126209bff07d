// Desktop notifications: one when a service turns unhealthy or an alert starts firing — never one per
// poll of the same alert — and none while an active maintenance window makes alerts expected. The tray
// icon itself is asked for only after the first frame; on a desktop without a tray nothing waits for it.
#include "models/core/appsettings.h"
#include "models/health/alertsmodel.h"
#include "models/health/healthmonitor.h"
#include "models/session/consolecontext.h"
#include "widgets/shell/traynotifier.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static AlertEntry firing(const QString& name, const QString& severity)
    {
        AlertEntry a;
        a.name = name;
        a.state = AlertEntry::State::Firing;
        a.severity = severity;
        a.summary = QStringLiteral("5xx share above 5 % for 1 minute");
        a.value = QStringLiteral("12.5 %");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
    }

    void oneNotificationPerChangeNotPerPoll()
    {
        ConsoleContext context;
        TrayNotifier tray(context);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        AlertsModel* alerts = context.health().alerts();

        // Three polls that find the same alert firing: one notification.
        for (int poll = 0; poll < 3; ++poll)
            alerts->setActive(AlertEntry::Origin::Prometheus, {firing(QStringLiteral("HighErrorRate"), QStringLiteral("critical"))});
        QCOMPARE(notified.size(), 1);
        QVERIFY2(notified.first().at(0).toString().contains(QStringLiteral("HighErrorRate")),
                 qPrintable(notified.first().at(0).toString()));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("5xx share above 5 % for 1 minute"));

        // It ends, then fires again: a new notification.
        alerts->setActive(AlertEntry::Origin::Prometheus, {});
        alerts->setActive(AlertEntry::Origin::Prometheus, {firing(QStringLiteral("HighErrorRate"), QStringLiteral("critical"))});
        QCOMPARE(notified.size(), 2);

        // A service that turns unhealthy (the monitor says so once per change).
        ServiceStatus down;
        down.service = QStringLiteral("postgres");
        down.health = Health::Down;
        down.reason = QStringLiteral("connection refused");
        Q_EMIT context.health().serviceTurnedUnhealthy(down);
        QCOMPARE(notified.size(), 3);
        QVERIFY(tray.lastNotification().contains(QStringLiteral("postgres")));
        QCOMPARE(tray.notificationCount(), 3);
    }

    void quietWhileAlertsAreExpected()
    {
        ConsoleContext context;
        TrayNotifier tray(context);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        tray.setQuiet(true); // what an active maintenance window does (tst_maintenancepage drives it)
        context.health().alerts()->setActive(AlertEntry::Origin::Prometheus,
                                             {firing(QStringLiteral("WorkerQueueBacklog"), QStringLiteral("warning"))});
        QCOMPARE(notified.size(), 0);
        QCOMPARE(tray.notificationCount(), 0);
        tray.setQuiet(false);
        context.health().alerts()->setActive(AlertEntry::Origin::Prometheus,
                                             {firing(QStringLiteral("HighLatency"), QStringLiteral("warning"))});
        QCOMPARE(notified.size(), 1);
    }

    void aNotificationBeforeTheTrayCheckDoesNotWait()
    {
        // Raised before the tray is asked for (1 s after start); offscreen there is no tray, so it is
        // dropped then rather than kept forever — and later notifications still count.
        ConsoleContext context;
        TrayNotifier tray(context);
        context.health().alerts()->setActive(AlertEntry::Origin::Prometheus,
                                             {firing(QStringLiteral("HighErrorRate"), QStringLiteral("critical"))});
        QCOMPARE(tray.notificationCount(), 1);
        QTest::qWait(1300);
        context.health().alerts()->setActive(AlertEntry::Origin::Prometheus,
                                             {firing(QStringLiteral("HighErrorRate"), QStringLiteral("critical")),
                                              firing(QStringLiteral("DatabaseDown"), QStringLiteral("critical"))});
        QCOMPARE(tray.notificationCount(), 2);
        QVERIFY(tray.lastNotification().contains(QStringLiteral("DatabaseDown")));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
