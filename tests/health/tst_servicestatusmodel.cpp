#include "models/health/servicestatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestServiceStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runbookServicesAlwaysListed()
    {
        ServiceStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(runbookServices().size()));
        QCOMPARE(model.status(QStringLiteral("postgres")).health, Health::Unknown);
        QCOMPARE(model.worstHealth(), Health::Unknown);
    }

    void updateChangesOneRow()
    {
        ServiceStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ServiceStatus s;
        s.service = QStringLiteral("redis");
        s.health = Health::Ok;
        s.running = 1;
        s.desired = 1;
        s.lastCheck = QDateTime::currentDateTimeUtc();
        model.update(s);
        QCOMPARE(changed.count(), 1);
        const int row = model.rowOf(QStringLiteral("redis"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model.index(row, ServiceStatusModel::StateColumn).data(ServiceStatusModel::HealthRole).toInt(),
                 int(Health::Ok));
        model.update(s); // same data: no signal
        QCOMPARE(changed.count(), 1);
    }

    void unknownServiceIsAppended()
    {
        ServiceStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServiceStatus s;
        s.service = QStringLiteral("flower");
        s.health = Health::Degraded;
        model.update(s);
        QCOMPARE(model.rowCount(), int(runbookServices().size()) + 1);
        QCOMPARE(model.rowOf(QStringLiteral("flower")), model.rowCount() - 1);
    }

    void worstHealthFollowsRows()
    {
        ServiceStatusModel model;
        QSignalSpy worst(&model, &ServiceStatusModel::worstHealthChanged);
        for (const QString& name : runbookServices()) {
            ServiceStatus s;
            s.service = name;
            s.health = Health::Ok;
            model.update(s);
        }
        QCOMPARE(model.worstHealth(), Health::Ok);
        ServiceStatus down = model.status(QStringLiteral("postgres"));
        down.health = Health::Down;
        down.reason = QStringLiteral("connection refused");
        model.update(down);
        QCOMPARE(model.worstHealth(), Health::Down);
        QCOMPARE(worst.last().first().value<Health>(), Health::Down);
    }
};

QTEST_GUILESS_MAIN(TestServiceStatusModel)
#include "tst_servicestatusmodel.moc"
