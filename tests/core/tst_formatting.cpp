#include "models/core/formatting.h"
#include "models/core/health.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

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

    void percentAndFactor()
    {
        QCOMPARE(Format::percent(7.142, 1), QStringLiteral("7.1 %"));
        QCOMPARE(Format::factor(2.0), QStringLiteral("2×"));
        QCOMPARE(Format::factor(0.5), QStringLiteral("0.5×"));
        QCOMPARE(Format::factor(2.71828), QStringLiteral("2.72×"));
    }

    // The time convention: UTC first; the local zone beside it, named, with its date when the day differs.
    void timesInSeoul()
    {
        Format::setLocalZoneForTesting(QTimeZone("Asia/Seoul"));
        const QDateTime lateUtc(QDate(2026, 11, 26), QTime(22, 26, 24), Qt::UTC);
        QCOMPARE(Format::localZoneName(lateUtc), QStringLiteral("KST"));
        QVERIFY(!Format::localIsUtc(lateUtc));
        // 22:26 UTC is already the next day in Seoul: the local part carries its date.
        QCOMPARE(Format::utcAndLocal(lateUtc, Format::Precision::Minutes),
                 QStringLiteral("2026-11-26 22:26 UTC (11-27 07:26 KST)"));
        QCOMPARE(Format::utcAndLocal(lateUtc), QStringLiteral("2026-11-26 22:26:24 UTC (11-27 07:26 KST)"));
        // Same day: the time alone.
        const QDateTime morningUtc(QDate(2026, 11, 26), QTime(1, 0), Qt::UTC);
        QCOMPARE(Format::utcAndLocal(morningUtc, Format::Precision::Minutes),
                 QStringLiteral("2026-11-26 01:00 UTC (10:00 KST)"));
        // A local time that is not UTC is never shown without its zone.
        QCOMPARE(Format::local(lateUtc), QStringLiteral("07:26 KST"));
        QCOMPARE(Format::local(lateUtc, true), QStringLiteral("11-27 07:26 KST"));
        QCOMPARE(Format::localFull(lateUtc), QStringLiteral("2026-11-27 07:26:24 KST"));
        // The runbook's window, Sunday 02:00 UTC, is Sunday 11:00 in Seoul.
        const QDateTime sunday(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC);
        QCOMPARE(Format::utcAndLocalWithWeekday(sunday), QStringLiteral("Sun 12-06 02:00 UTC (11:00 KST)"));
        // Thursday 21:36 UTC is Friday in Seoul: the weekday follows the local date.
        const QDateTime thursday(QDate(2026, 11, 26), QTime(21, 36), Qt::UTC);
        QCOMPARE(Format::utcAndLocalWithWeekday(thursday), QStringLiteral("Thu 11-26 21:36 UTC (Fri 11-27 06:36 KST)"));
        QCOMPARE(Format::utcAndLocal(QDateTime()), QStringLiteral("–"));
        Format::setLocalZoneForTesting(QTimeZone());
    }

    void timesWhereLocalIsUtc()
    {
        Format::setLocalZoneForTesting(QTimeZone(QByteArrayLiteral("UTC")));
        const QDateTime t(QDate(2026, 11, 26), QTime(22, 26, 24), Qt::UTC);
        QVERIFY(Format::localIsUtc(t));
        QCOMPARE(Format::utcAndLocal(t), QStringLiteral("2026-11-26 22:26:24 UTC"));
        QCOMPARE(Format::local(t), QStringLiteral("22:26 UTC"));
        Format::setLocalZoneForTesting(QTimeZone());
    }

    void zoneWithoutLetters()
    {
        // tzdata writes "+04" for Dubai: the console says the offset instead.
        Format::setLocalZoneForTesting(QTimeZone("Asia/Dubai"));
        const QDateTime t(QDate(2026, 11, 26), QTime(22, 0), Qt::UTC);
        QCOMPARE(Format::localZoneName(t), QStringLiteral("UTC+04:00"));
        QCOMPARE(Format::utcAndLocal(t, Format::Precision::Minutes), QStringLiteral("2026-11-26 22:00 UTC (11-27 02:00 UTC+04:00)"));
        Format::setLocalZoneForTesting(QTimeZone());
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
