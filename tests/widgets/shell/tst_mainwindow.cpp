// The shell: every page is there and reachable by keyboard, the status bar names the profile,
// and switching the language while running retranslates every navigation entry.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/languagemanager.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/incidents/incidentspage.h"
#include "models/incidents/incidentstore.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "widgets/pages/page.h"
#include "models/profiles/profilestore.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/pageid.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QStringList navigationTexts(MainWindow& w)
    {
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QStringList out;
        for (int i = 0; i < nav->count(); ++i)
            out << nav->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppSettings::initialize(m_config.path());
        QSettings().clear();
    }

    void everyPageExists()
    {
        ConsoleContext context;
        context.language().setLanguage(QStringLiteral("en"));
        MainWindow w(context);
        w.show();
        for (PageId id : allPages()) {
            w.showPage(id);
            QCOMPARE(w.currentPage(), id);
            QVERIFY(w.page(id));
            QVERIFY(w.page(id)->isVisible());
        }
    }

    // The icons are PNG files rendered from the SVGs at build time: every page's navigation entry and the
    // window have one, drawn (not blank) at the sizes they are shown, and the maintenance banner's too.
    void iconsAreTheRenderedOnes()
    {
        ConsoleContext context;
        context.language().setLanguage(QStringLiteral("en"));
        MainWindow w(context);
        const auto drawn = [](const QIcon& icon, int size) {
            const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
            if (image.size() != QSize(size, size))
                return false;
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    opaque += qAlpha(image.pixel(x, y)) > 128;
            return opaque > size; // a line at least
        };
        const auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), int(allPages().size()));
        for (int row = 0; row < navigation->count(); ++row) {
            const QIcon icon = navigation->item(row)->icon();
            QVERIFY2(drawn(icon, 20), qPrintable(navigation->item(row)->text()));
            QVERIFY2(drawn(icon, 16), qPrintable(navigation->item(row)->text())); // the View menu's
        }
        for (PageId id : allPages()) // what a high-DPI screen is given
            QVERIFY2(QFile::exists(QStringLiteral(":/icons/%1-40.png").arg(pageKey(id))),
                     qPrintable(pageKey(id)));
        QVERIFY(drawn(w.windowIcon(), 64));
        QVERIFY(drawn(w.windowIcon(), 16));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/maintenance-32.png"))); // the banner's <img>
    }

    void pagesAreBuiltWhenFirstShown()
    {
        // A start builds the page it opens on, not all ten.
        ConsoleContext context;
        MainWindow w(context, nullptr, PageId::Settings);
        QCOMPARE(w.currentPage(), PageId::Settings);
        for (PageId id : allPages())
            QCOMPARE(w.builtPage(id) != nullptr, id == PageId::Settings);
        w.showPage(PageId::Charts);
        QCOMPARE(w.currentPage(), PageId::Charts);
        QVERIFY(w.builtPage(PageId::Charts));
        QVERIFY(!w.builtPage(PageId::Logs));
        // Asked for, a page is built without being shown; built once.
        Page* audit = w.page(PageId::Audit);
        QVERIFY(audit);
        QCOMPARE(w.page(PageId::Audit), audit);
        QCOMPARE(w.currentPage(), PageId::Charts);
        // Without a start page, the one shown last.
        MainWindow again(context);
        QCOMPARE(again.currentPage(), PageId::Charts);
        QVERIFY(!again.builtPage(PageId::Settings));
    }

    void keyboardShortcutsReachPages()
    {
        ConsoleContext context;
        MainWindow w(context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), PageId::Scaling);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), PageId::Dashboard);
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), PageId::Settings);
    }

    void languageSwitchRetranslatesNavigation()
    {
        ConsoleContext context;
        QVERIFY(context.language().setLanguage(QStringLiteral("en")));
        MainWindow w(context);
        const QStringList english = navigationTexts(w);
        const QString englishTitle = w.windowTitle();

        QVERIFY(context.language().setLanguage(QStringLiteral("ko")));
        QCoreApplication::processEvents(); // LanguageChange is delivered through the event loop
        const QStringList korean = navigationTexts(w);
        QCOMPARE(korean.size(), english.size());
        for (int i = 0; i < korean.size(); ++i) {
            QVERIFY2(korean.at(i) != english.at(i), qPrintable(english.at(i) + QStringLiteral(" was not translated")));
            QCOMPARE(korean.at(i), pageTitle(allPages().at(i)));
        }
        QVERIFY(w.windowTitle() != englishTitle);
        for (QAction* menu : w.menuBar()->actions())
            QVERIFY(!menu->text().isEmpty());

        QVERIFY(context.language().setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(navigationTexts(w), english);
    }

    void incidentFromAnAlertOpensTheIncidentsPage()
    {
        ConsoleContext context;
        MainWindow w(context);
        auto* dashboard = qobject_cast<DashboardPage*>(w.page(PageId::Dashboard));
        auto* incidents = qobject_cast<IncidentsPage*>(w.page(PageId::Incidents));
        QVERIFY(dashboard && incidents);
        const int before = int(incidents->store().incidents().size());
        AlertEntry alert;
        alert.name = QStringLiteral("HighErrorRate");
        alert.state = AlertEntry::State::Firing;
        alert.severity = QStringLiteral("critical");
        alert.summary = QStringLiteral("High error rate detected");
        alert.since = QDateTime::currentDateTimeUtc();
        Q_EMIT dashboard->incidentFromAlertRequested(alert);
        QCOMPARE(w.currentPage(), PageId::Incidents);
        QTRY_COMPARE_WITH_TIMEOUT(int(incidents->store().incidents().size()), before + 1, 5000);

        ServiceStatus down;
        down.service = QStringLiteral("postgres");
        down.health = Health::Down;
        down.reason = QStringLiteral("connection refused");
        w.showPage(PageId::Dashboard);
        Q_EMIT dashboard->incidentFromServiceRequested(down);
        QCOMPARE(w.currentPage(), PageId::Incidents);
        QTRY_COMPARE_WITH_TIMEOUT(int(incidents->store().incidents().size()), before + 2, 5000);
    }

    // Switching the language at run time never makes the window larger than a 1280×800 screen (less the
    // window frame), on any page, with an incident open in the editor and every service tile unhealthy.
    void everyPageFitsAnEightHundredPixelScreenInBothLanguages()
    {
        ConsoleContext context;
        QVERIFY(context.language().setLanguage(QStringLiteral("en")));
        MainWindow w(context);
        w.resize(1280, 760);
        w.show();
        auto* dashboard = qobject_cast<DashboardPage*>(w.page(PageId::Dashboard));
        auto* incidents = qobject_cast<IncidentsPage*>(w.page(PageId::Incidents));
        QVERIFY(dashboard && incidents);
        AlertEntry alert;
        alert.name = QStringLiteral("HighErrorRate");
        alert.state = AlertEntry::State::Firing;
        alert.severity = QStringLiteral("critical");
        alert.summary = QStringLiteral("High error rate detected");
        alert.since = QDateTime::currentDateTimeUtc();
        Q_EMIT dashboard->incidentFromAlertRequested(alert);
        QTRY_VERIFY_WITH_TIMEOUT(!incidents->store().incidents().isEmpty(), 5000);
        // Every tile unhealthy (an incident button each) and with a long name, as during a rollback.
        for (const char* name : {"app", "nginx", "postgres", "redis", "worker-llm", "worker-rl", "prometheus", "grafana",
                                 "alertmanager", "node_exporter", "postgres_exporter", "redis_exporter"}) {
            ServiceStatus s;
            s.service = QString::fromLatin1(name);
            s.health = Health::Down;
            s.reason = QStringLiteral("cannot reach the database fragrance_user@127.0.0.1:15432/fragrance_ai");
            s.lastCheck = QDateTime::currentDateTimeUtc().addSecs(-65);
            context.health().services()->update(s);
        }
        for (const char* language : {"ko", "en", "ko"}) {
            QVERIFY(context.language().setLanguage(QString::fromLatin1(language)));
            QCoreApplication::processEvents();
            for (PageId id : allPages()) {
                w.showPage(id);
                QCoreApplication::processEvents();
                QVERIFY2(w.minimumSizeHint().height() <= 760,
                         qPrintable(QStringLiteral("%1 (%2) needs %3 px")
                                        .arg(pageKey(id), QString::fromLatin1(language))
                                        .arg(w.minimumSizeHint().height())));
                QVERIFY2(w.minimumSizeHint().width() <= 1280,
                         qPrintable(QStringLiteral("%1 (%2) needs %3 px across")
                                        .arg(pageKey(id), QString::fromLatin1(language))
                                        .arg(w.minimumSizeHint().width())));
                QVERIFY2(w.height() <= 760, qPrintable(QStringLiteral("%1 (%2) grew the window to %3 px")
                                                           .arg(pageKey(id), QString::fromLatin1(language))
                                                           .arg(w.height())));
                // A scroll area that never scrolls across must be wide enough for what it holds: else its
                // right edge is cut off (the incident editor's buttons were, at 1280 px).
                for (const QScrollArea* area : w.page(id)->findChildren<QScrollArea*>()) {
                    if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff || !area->widget() ||
                        !area->isVisible())
                        continue;
                    QVERIFY2(
                        area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
                        qPrintable(QStringLiteral("%1 (%2): %3 needs %4 px across, has %5")
                                       .arg(pageKey(id), QString::fromLatin1(language),
                                            QString::fromLatin1(area->widget()->metaObject()->className()))
                                       .arg(area->widget()->minimumSizeHint().width())
                                       .arg(area->viewport()->width())));
                }
            }
        }
    }

    void statusBarNamesTheProfile()
    {
        ConsoleContext context;
        ConnectionProfile p;
        p.name = QStringLiteral("staging");
        p.production = true;
        context.useTransientProfile(p);
        MainWindow w(context);
        auto* profile = w.findChild<QLabel*>(QStringLiteral("profileIndicator"));
        auto* mode = w.findChild<QLabel*>(QStringLiteral("modeIndicator"));
        QVERIFY(profile->text().contains(QLatin1String("staging")));
        QVERIFY(!mode->text().isEmpty()); // production is marked
        QVERIFY(!w.connectionStateText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
