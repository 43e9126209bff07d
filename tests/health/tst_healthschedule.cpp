#include "models/core/appsettings.h"
#include "models/health/healthschedule.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestHealthSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void defaultsAreTheRunbooks()
    {
        const HealthSchedule s = HealthSchedule::load(QStringLiteral("never-saved"));
        QCOMPARE(s.apiIntervalSec, 30);
        QCOMPARE(s.apiFailuresToAlert, 2);
        QCOMPARE(s.databaseIntervalSec, 60);
        QCOMPARE(s.redisFailuresToAlert, 1);
        QCOMPARE(s.queueIntervalSec, 300);
        QCOMPARE(s.queueThreshold, 100);
        QCOMPARE(s.diskIntervalSec, 600);
        QCOMPARE(s.diskThresholdPct, 85.0);
        QCOMPARE(s.memoryThresholdPct, 90.0);
    }

    void savedPerProfile()
    {
        HealthSchedule s;
        s.apiIntervalSec = 10;
        s.queueThreshold = 250;
        s.save(QStringLiteral("staging"));
        QCOMPARE(HealthSchedule::load(QStringLiteral("staging")), s);
        QCOMPARE(HealthSchedule::load(QStringLiteral("production")), HealthSchedule());
    }
};

QTEST_GUILESS_MAIN(TestHealthSchedule)
#include "tst_healthschedule.moc"
