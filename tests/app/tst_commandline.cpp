#include "app/commandline.h"

#include <QCoreApplication>
#include <QTest>

using namespace Ops;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLineOptions parse(QStringList args)
    {
        args.prepend(QStringLiteral("opsconsole"));
        return parseCommandLine(args);
    }

private Q_SLOTS:
    void defaultsRun()
    {
        const auto o = parse({});
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(!o.check);
    }

    void screenshotOptions()
    {
        const auto o = parse({QStringLiteral("--screenshot"), QStringLiteral("charts"), QStringLiteral("--out"),
                              QStringLiteral("/tmp/x.png"), QStringLiteral("--size"), QStringLiteral("800x600"),
                              QStringLiteral("--lang"), QStringLiteral("ko")});
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
        QCOMPARE(o.screenshotPage, QStringLiteral("charts"));
        QCOMPARE(o.screenshotSize, QSize(800, 600));
        QCOMPARE(o.language, QStringLiteral("ko"));
        QVERIFY(!o.screenshotFromScreen); // rendered unless asked otherwise
        const auto screen = parse({QStringLiteral("--screenshot"), QStringLiteral("charts"), QStringLiteral("--out"),
                                   QStringLiteral("/tmp/x.png"), QStringLiteral("--screenshot-grab"), QStringLiteral("screen")});
        QCOMPARE(screen.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(screen.screenshotFromScreen);
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("nope"),
                                                     QStringLiteral("--out"), QStringLiteral("x.png")};
        QTest::newRow("no out") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("dashboard")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("dashboard"),
                                                 QStringLiteral("--out"), QStringLiteral("x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")};
        QTest::newRow("bad grab") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("dashboard"),
                                                 QStringLiteral("--out"), QStringLiteral("x.png"),
                                                 QStringLiteral("--screenshot-grab"), QStringLiteral("camera")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("verify-audit and check") << QStringList{QStringLiteral("--verify-audit"), QStringLiteral("--check")};
        QTest::newRow("migrate and verify-audit") << QStringList{QStringLiteral("--migrate"), QStringLiteral("--verify-audit")};
        QTest::newRow("admin user not a role") << QStringList{QStringLiteral("--migrate"), QStringLiteral("--admin-user"),
                                                              QStringLiteral("-oProxyCommand=x")};
        QTest::newRow("check and screenshot")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--screenshot"), QStringLiteral("dashboard"),
                           QStringLiteral("--out"), QStringLiteral("x.png")};
    }

    void errorsAreExplained()
    {
        QFETCH(QStringList, args);
        const auto o = parse(args);
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::ExitError);
        QVERIFY(!o.message.isEmpty());
    }

    void recordsCommands()
    {
        const auto verify = parse({QStringLiteral("--verify-audit")});
        QCOMPARE(verify.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(verify.verifyAudit && !verify.migrate);
        const auto migrate = parse({QStringLiteral("--migrate"), QStringLiteral("--admin-user"), QStringLiteral("dba")});
        QVERIFY(migrate.migrate);
        QCOMPARE(migrate.adminUser, QStringLiteral("dba"));
        QCOMPARE(parse({QStringLiteral("--migrate")}).adminUser, QStringLiteral("postgres"));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).outcome, CommandLineOptions::Outcome::ExitOk);
        QCOMPARE(parse({QStringLiteral("--version")}).outcome, CommandLineOptions::Outcome::ExitOk);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
