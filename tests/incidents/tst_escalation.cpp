#include "models/incidents/escalation.h"
#include "models/incidents/oncallroster.h"

#include <QTest>

using namespace Ops;

class TestEscalation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsFollowTheRunbook_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("toNext");
        QTest::newRow("P1 start") << 1 << qint64(0) << 1 << qint64(900);
        QTest::newRow("P1 14:59") << 1 << qint64(899) << 1 << qint64(1);
        QTest::newRow("P1 15:00") << 1 << qint64(900) << 2 << qint64(900);
        QTest::newRow("P2 29:59") << 2 << qint64(1799) << 2 << qint64(1);
        QTest::newRow("P2 30:00") << 2 << qint64(1800) << 3 << qint64(1800);
        QTest::newRow("P3 59:59") << 3 << qint64(3599) << 3 << qint64(1);
        QTest::newRow("P3 60:00") << 3 << qint64(3600) << 4 << qint64(-1);
        QTest::newRow("P1 5 h") << 1 << qint64(18000) << 4 << qint64(-1);
        QTest::newRow("P0 at once") << 0 << qint64(0) << 4 << qint64(-1);
        QTest::newRow("clock skew") << 1 << qint64(-30) << 1 << qint64(900);
    }
    void levelsFollowTheRunbook()
    {
        QFETCH(int, severity);
        QFETCH(qint64, elapsed);
        QFETCH(int, level);
        QFETCH(qint64, toNext);
        const EscalationState s = Escalation::at(Severity(severity), elapsed);
        QCOMPARE(int(s.level), level);
        QCOMPARE(s.secondsToNext, toNext);
    }

    void resolvedIncidentStopsTheClock()
    {
        Incident i = Incident::create(QStringLiteral("x"), Severity::P1);
        i.startedAt = QDateTime(QDate(2025, 10, 14), QTime(12, 0), Qt::UTC);
        const QDateTime now = i.startedAt.addSecs(3 * 3600);
        QCOMPARE(Escalation::at(i, now).level, EscalationLevel::L4);
        i.status = IncidentStatus::Resolved;
        i.resolvedAt = i.startedAt.addSecs(20 * 60);
        const EscalationState s = Escalation::at(i, now);
        QCOMPARE(s.level, EscalationLevel::L2);
        QCOMPARE(s.elapsedSeconds, qint64(1200));
        QCOMPARE(s.secondsToNext, qint64(-1));
    }

    void durationText()
    {
        QCOMPARE(Escalation::durationText(65), QStringLiteral("01:05"));
        QCOMPARE(Escalation::durationText(3725), QStringLiteral("1:02:05"));
    }

    void whomToCall()
    {
        OnCallRoster roster = OnCallRoster::runbookDefault();
        QCOMPARE(roster.rotation.size(), 4);
        QCOMPARE(roster.rotation.at(1).slack, QStringLiteral("@dba"));
        roster.rotation[0].primary = QStringLiteral("Kim");
        roster.escalation[0].who = QStringLiteral("Lee");
        roster.escalation[2].who = QStringLiteral("Park");
        const QStringList l1 = roster.whomToCall(EscalationLevel::L1, Severity::P1);
        QCOMPARE(l1.size(), 4);
        QVERIFY(l1.at(0).contains(QStringLiteral("Kim")));
        const QStringList l2 = roster.whomToCall(EscalationLevel::L2, Severity::P1);
        QCOMPARE(l2.size(), 1);
        QVERIFY(l2.at(0).contains(QStringLiteral("Lee")));
        const QStringList p0 = roster.whomToCall(EscalationLevel::L4, Severity::P0);
        QCOMPARE(p0.size(), 7); // all hands
        QVERIFY(p0.last().contains(QStringLiteral("Park")));

        bool ok = false;
        QCOMPARE(OnCallRoster::fromJson(roster.toJson(), &ok), roster);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
