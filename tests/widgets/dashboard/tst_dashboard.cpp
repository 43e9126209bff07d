// The dashboard against the real local stack: every tile shows live data; a hung API shows as
// such in words within its deadline while the other tiles keep updating, and the GUI thread
// never stalls (event-loop probe).
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/healthstyle.h"
#include "widgets/dashboard/servicetile.h"
#include "models/core/stallprobe.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/alertsmodel.h"
#include "tests/common/stallbudget.h"
#include "tests/common/testenv.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace Qt::StringLiterals;

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
        // Colours by palette and painting, never a style sheet: Qt's style-sheet style kept its rules for
        // every tile and child (about 2 MiB of the console's heap) and re-polished a tile at each change.
        for (const QWidget* w : page.findChildren<QWidget*>())
            QVERIFY2(w->styleSheet().isEmpty(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        QCOMPARE(page.tile(QStringLiteral("postgres"))->findChild<QLabel*>(QStringLiteral("tileState"))->palette().color(QPalette::WindowText),
                 healthColor(Health::Ok));
        context.health().stop();
    }

    void alertsReadOnOneLineEachInTheWindowsPageArea()
    {
        // During an error spike Prometheus fires one HighErrorRate per series, each with all its labels.
        // In the page area of a 1280 × 800 window (the sidebar, menu and status bar take the rest) the
        // operator reads several alerts whole-row, the summary included, without scrolling sideways.
        ConnectionProfile profile = TestEnv::stackProfile();
        profile.name = QStringLiteral("dash-alerts");
        ConsoleContext context;
        context.useTransientProfile(profile);
        DashboardPage page(context);
        page.resize(1090, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QList<AlertEntry> firing;
        for (int i = 0; i < 8; ++i) {
            AlertEntry a;
            a.name = QStringLiteral("HighErrorRate");
            a.state = AlertEntry::State::Firing;
            a.severity = QStringLiteral("critical");
            a.subject = QStringLiteral("app");
            a.labels = QStringLiteral("handler=/api/v1/generate, instance=10.223.155.%1:8000, method=POST, status=50%2")
                           .arg(10 + i).arg(i % 4);
            a.summary = QStringLiteral("Error rate is above 5 % on the API for the last five minutes");
            a.value = QStringLiteral("0.071 req/s");
            // One of the longest ages ("59 min 59 s ago"): the Since column is sized once, for every age.
            a.since = QDateTime::currentDateTimeUtc().addSecs(i == 0 ? -(59 * 60 + 50) : -30 - i);
            firing << a;
        }
        context.health().alerts()->setActive(AlertEntry::Origin::Prometheus, firing);
        auto* table = page.findChild<QTableView*>(QStringLiteral("alertsTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 8);
        QCoreApplication::processEvents();

        const QHeaderView* columns = table->horizontalHeader();
        QVERIFY2(!table->horizontalScrollBar()->isVisible(), "no column is out of sight");
        QVERIFY2(columns->length() <= table->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(columns->length()).arg(table->viewport()->width())));
        for (const int column : {int(AlertsModel::StateColumn), int(AlertsModel::SeverityColumn),
                                 int(AlertsModel::NameColumn), int(AlertsModel::ValueColumn),
                                 int(AlertsModel::SinceColumn)}) {
            // The short columns are whole: as wide as their widest text.
            const int needed = static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column); // public there
            QVERIFY2(columns->sectionSize(column) >= needed,
                     qPrintable(u"column %1: %2 < %3"_s.arg(column).arg(columns->sectionSize(column)).arg(needed)));
        }
        QVERIFY2(columns->sectionSize(AlertsModel::SummaryColumn) >= 150,
                 qPrintable(QString::number(columns->sectionSize(AlertsModel::SummaryColumn))));
        QVERIFY2(columns->sectionSize(AlertsModel::SubjectColumn) >= 150,
                 qPrintable(QString::number(columns->sectionSize(AlertsModel::SubjectColumn))));
        // One line per alert, and at least five alerts in sight.
        const int line = table->fontMetrics().height();
        QVERIFY2(table->rowHeight(0) < 2 * line, qPrintable(QString::number(table->rowHeight(0))));
        QVERIFY2(table->rowViewportPosition(4) + table->rowHeight(4) <= table->viewport()->height(),
                 qPrintable(u"viewport %1 px high, row height %2"_s.arg(table->viewport()->height()).arg(table->rowHeight(0))));
        // What is elided in the cell is whole in its tooltip.
        const QString tip = table->model()->index(0, AlertsModel::SubjectColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("handler=/api/v1/generate")) && tip.contains(QLatin1String("Error rate")),
                 qPrintable(tip));
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
        QVERIFY2(probe.maxLatenessMs() < Ops::TestBudget::kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
        qDeleteAll(held);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
