#include "models/core/formatting.h"
#include "models/core/health.h"

#include <QLocale>
#include <QTest>

using namespace Ops;

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << "850 ms";
        QTest::newRow("s") << qint64(12'000) << "12 s";
        QTest::newRow("min") << qint64(180'000) << "3 min";
        QTest::newRow("min s") << qint64(185'000) << "3 min 5 s";
        QTest::newRow("h min") << qint64(7'800'000) << "2 h 10 min";
        QTest::newRow("d h") << qint64(273'600'000) << "3 d 4 h";
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Format::duration(ms), text);
    }

    void bytes()
    {
        QCOMPARE(Format::bytes(512), QStringLiteral("512 B"));
        QCOMPARE(Format::bytes(1536), QStringLiteral("1.50 KiB"));
        QCOMPARE(Format::bytes(20LL * 1024 * 1024), QStringLiteral("20.0 MiB"));
    }

    void age()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(Format::age(now.addMSecs(-300), now), QStringLiteral("just now"));
        QCOMPARE(Format::age(now.addSecs(-12), now), QStringLiteral("12 s ago"));
        QCOMPARE(Format::age(QDateTime(), now), QStringLiteral("never"));
    }

    void worstHealth()
    {
        QCOMPARE(worstOf(Health::Ok, Health::Down), Health::Down);
        QCOMPARE(worstOf(Health::Degraded, Health::Stale), Health::Degraded);
        QCOMPARE(worstOf(Health::Ok, Health::Unknown), Health::Unknown);
        for (Health h : {Health::Unknown, Health::Ok, Health::Degraded, Health::Down, Health::NoData, Health::Stale})
            QVERIFY(!healthText(h).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
