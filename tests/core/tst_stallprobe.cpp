// The probe itself: it must see a deliberate block of the event loop, and write its log.
#include "models/core/stallprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ops;

class TestStallProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileNearestRank()
    {
        QCOMPARE(percentile({}, 99), 0.0);
        QVector<double> v;
        for (int i = 1; i <= 100; ++i)
            v << i;
        QCOMPARE(percentile(v, 99), 99.0);
        QCOMPARE(percentile(v, 50), 50.0);
    }

    void seesABlockedEventLoop()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("stall.log"));
        StallProbe probe;
        QVERIFY(probe.start(log));
        QTRY_VERIFY_WITH_TIMEOUT(probe.sampleCount() > 20, 5000);
        // Deliberately block the event loop for 250 ms (a busy wait, as a frozen GUI would).
        QTimer::singleShot(0, this, [] {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 250) {
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(probe.maxLatenessMs() > 200, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(log).size() > 0, 5000);
        probe.stop();
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("max_ms="));
        QVERIFY(text.contains("p99_ms="));
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
