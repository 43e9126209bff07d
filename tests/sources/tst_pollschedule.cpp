#include "models/sources/pollschedule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAtOnceThenAfterInterval()
    {
        PollSchedule schedule(100);
        QSignalSpy due(&schedule, &PollSchedule::due);
        schedule.start();
        QTRY_COMPARE_WITH_TIMEOUT(due.count(), 1, 1000);
        // Nothing more until the check reports back: checks never overlap.
        schedule.checkFinished(true);
        QTRY_COMPARE_WITH_TIMEOUT(due.count(), 2, 1000);
        schedule.stop();
        QVERIFY(!schedule.isActive());
    }

    void backoffGrowsAndIsCappedByInterval()
    {
        PollSchedule schedule(60'000);
        schedule.setMinimumBackoff(1000);
        QVERIFY(schedule.delayAfter(1) >= 800 && schedule.delayAfter(1) <= 1200);
        QVERIFY(schedule.delayAfter(3) >= 3200 && schedule.delayAfter(3) <= 4800);
        QVERIFY(schedule.delayAfter(30) <= 72'000);
        QVERIFY(schedule.delayAfter(30) >= 48'000);
        QCOMPARE(schedule.delayAfter(0), 60'000);
    }

    void failuresAreCountedAndReset()
    {
        PollSchedule schedule(1000);
        schedule.checkFinished(false);
        schedule.checkFinished(false);
        QCOMPARE(schedule.consecutiveFailures(), 2);
        schedule.checkFinished(true);
        QCOMPARE(schedule.consecutiveFailures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
