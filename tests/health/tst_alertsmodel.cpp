#include "models/health/alertsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

namespace {
AlertEntry alert(const QString& name, AlertEntry::State state)
{
    AlertEntry a;
    a.name = name;
    a.state = state;
    a.severity = QStringLiteral("critical");
    a.summary = QStringLiteral("High error rate detected");
    return a;
}
} // namespace

class TestAlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firingIsAnnouncedOnce()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy fired(&model, &AlertsModel::alertStartedFiring);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Pending)}, t0);
        QCOMPARE(fired.count(), 0);
        QCOMPARE(model.pendingCount(), 1);
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Firing)}, t0.addSecs(10));
        QCOMPARE(fired.count(), 1);
        // Polls that repeat the same firing alert do not announce it again.
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Firing)}, t0.addSecs(20));
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Firing)}, t0.addSecs(30));
        QCOMPARE(fired.count(), 1);
        QCOMPARE(model.firingCount(), 1);
        // It keeps its original start time.
        QCOMPARE(model.alerts().first().since, t0);
    }

    void disappearingAlertIsResolvedThenDropped()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("WorkerQueueBacklog"), AlertEntry::State::Firing)}, t0);
        model.setActive(AlertEntry::Origin::Prometheus, {}, t0.addSecs(60));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.alerts().first().state, AlertEntry::State::Resolved);
        QCOMPARE(model.firingCount(), 0);
        model.setActive(AlertEntry::Origin::Prometheus, {}, t0.addSecs(60).addMSecs(AlertsModel::kResolvedKeepMs + 1000));
        QCOMPARE(model.rowCount(), 0);
    }

    void originsAreIndependent()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Firing)});
        AlertEntry disk = alert(QStringLiteral("DiskSpace"), AlertEntry::State::Firing);
        model.setActive(AlertEntry::Origin::Console, {disk});
        QCOMPARE(model.firingCount(), 2);
        model.setActive(AlertEntry::Origin::Console, {});
        QCOMPARE(model.firingCount(), 1);
    }

    void expectedDuringMaintenance()
    {
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighErrorRate"), AlertEntry::State::Firing)});
        model.setExpected(true);
        QVERIFY(model.alerts().first().expected);
        model.setActive(AlertEntry::Origin::Prometheus, {alert(QStringLiteral("HighResponseTime"), AlertEntry::State::Firing)});
        for (const auto& a : model.alerts())
            QVERIFY(a.expected);
    }
};

QTEST_GUILESS_MAIN(TestAlertsModel)
#include "tst_alertsmodel.moc"
