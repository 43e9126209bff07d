#include "models/incidents/incidentfiltermodel.h"
#include "models/incidents/incidentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ops;

class TestIncidentModel : public QObject
{
    Q_OBJECT

    static QList<Incident> incidents()
    {
        const QDateTime base(QDate(2025, 10, 14), QTime(12, 0), Qt::UTC);
        Incident a = Incident::create(QStringLiteral("API down"), Severity::P0);
        a.startedAt = base;
        Incident b = Incident::create(QStringLiteral("Queue backlog"), Severity::P2);
        b.startedAt = base.addDays(-3);
        b.status = IncidentStatus::Resolved;
        b.resolvedAt = base.addDays(-3).addSecs(600);
        b.timeline = {{QUuid::createUuid(), base.addDays(-3), QString(), QStringLiteral("celery llm queue at 340")}};
        Incident c = Incident::create(QStringLiteral("Slow responses"), Severity::P1);
        c.startedAt = base.addSecs(-20 * 60);
        c.status = IncidentStatus::Monitoring;
        return {b, a, c};
    }

private Q_SLOTS:
    void listAndFilter()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);

        const QList<Incident> list = incidents();
        model.setNow(QDateTime(QDate(2025, 10, 14), QTime(12, 0), Qt::UTC));
        model.setIncidents(list, {list.at(2).id});
        QCOMPARE(model.rowCount(), 3);
        // Newest first.
        QCOMPARE(model.index(0, 0).data(IncidentListModel::IdRole).toUuid(), list.at(1).id);
        QCOMPARE(model.index(1, 0).data(IncidentListModel::PendingRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::EscalationLevelRole).toInt(), 4); // P0
        QCOMPARE(model.index(1, 0).data(IncidentListModel::EscalationLevelRole).toInt(), 2); // P1, 20 min

        filter.setStatusFilter(IncidentFilterModel::kOpen);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusFilter(int(IncidentStatus::Resolved));
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusFilter(IncidentFilterModel::kAll);
        filter.setSeverityFilter(int(Severity::P1));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSeverityFilter(IncidentFilterModel::kAll);
        filter.setSince(QDate(2025, 10, 13));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSince({});
        filter.setSearch(QStringLiteral("LLM queue"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(IncidentListModel::IdRole).toUuid(), list.at(0).id);
        filter.setSearch(QString());

        model.setNow(QDateTime(QDate(2025, 10, 14), QTime(13, 0), Qt::UTC));
        QCOMPARE(model.index(1, 0).data(IncidentListModel::EscalationLevelRole).toInt(), 4);
        model.setIncidents({});
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncidentModel)
#include "tst_incidentmodel.moc"
