// The dashboard against the real local stack: every tile shows live data; a hung API shows as
// such in words within its deadline while the other tiles keep updating, and the GUI thread
// never stalls (event-loop probe).
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/servicetile.h"
#include "models/core/stallprobe.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;


private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void everyTileShowsLiveData()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("dash-live");
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        DashboardPage page(context);
        page.resize(1280, 800);
        page.show();
        QSignalSpy ready(&page, &Page::ready);
        context.health().start();
        context.session().start();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        for (const QString& service : runbookServices()) {
            ServiceTile* tile = page.tile(service);
            QVERIFY2(tile, qPrintable(service));
            QTRY_VERIFY2_WITH_TIMEOUT(tile->status().health != Health::Unknown, qPrintable(service), 15000);
            QVERIFY2(tile->status().lastCheck.isValid(), qPrintable(service));
        }
        // The stack's real servers answer: these are OK with real figures.
        QTRY_COMPARE_WITH_TIMEOUT(page.tile(QStringLiteral("postgres"))->status().health, Health::Ok, 15000);
        QVERIFY(page.tile(QStringLiteral("postgres"))->status().detail.contains(QLatin1String("100")));
        QVERIFY(page.tile(QStringLiteral("app"))->status().running >= 1);
        QVERIFY(!page.tile(QStringLiteral("app"))->status().version.isEmpty());
        context.health().stop();
    }

    void hungApiIsShownInWordsAndNothingElseStalls()
    {
        // A server that accepts connections and never answers (like the simulator's api-hang).
        QTcpServer hung;
        QVERIFY(hung.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&hung, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = hung.nextPendingConnection())
                held << s;
        });

        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("dash-hung");
        profile.apiBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(hung.serverPort());
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        DashboardPage page(context);
        page.show();

        context.health().start();
        context.session().start();
        // Within one interval plus the deadline (2 s + 1 s), with margin for the first round.
        QTRY_COMPARE_WITH_TIMEOUT(page.tile(QStringLiteral("app"))->status().health, Health::Down, 8000);
        // From here on the API stays hung: measure the event loop over the next checks.
        StallProbe probe;
        QVERIFY(probe.start());
        const QString reason = page.tile(QStringLiteral("app"))->status().reason;
        QVERIFY2(!reason.isEmpty(), "the tile must say why");
        // Other tiles keep updating while the API hangs.
        ServiceTile* pg = page.tile(QStringLiteral("postgres"));
        QTRY_COMPARE_WITH_TIMEOUT(pg->status().health, Health::Ok, 8000);
        const QDateTime first = pg->status().lastCheck;
        QTRY_VERIFY_WITH_TIMEOUT(pg->status().lastCheck > first, 8000);
        const QDateTime second = pg->status().lastCheck;
        QTRY_VERIFY_WITH_TIMEOUT(pg->status().lastCheck > second, 8000);
        QCOMPARE(page.tile(QStringLiteral("app"))->status().health, Health::Down);
        probe.stop();
        context.health().stop();
        qInfo("event loop lateness while the API hung: max %.1f ms, p99 %.1f ms over %d samples",
              probe.maxLatenessMs(), probe.p99LatenessMs(), int(probe.sampleCount()));
        QVERIFY2(probe.maxLatenessMs() < 50.0, qPrintable(QString::number(probe.maxLatenessMs())));
        qDeleteAll(held);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
