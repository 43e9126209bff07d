#include "models/audit/auditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestAuditModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles()
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AuditModel::ColumnCount));

        AuditEntry older = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale,
                                              QStringLiteral("app"), QStringLiteral("traffic"));
        older.setExitCode(0);
        AuditEntry newer = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale,
                                              QStringLiteral("worker-llm"), QStringLiteral("emergency"));
        newer.override = true;
        model.setEntries({older});
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.prependEntry(newer);
        QCOMPARE(inserted.size(), 1);
        model.prependEntry(newer); // already shown
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(model.index(0, AuditModel::TargetColumn).data().toString(), QStringLiteral("worker-llm"));
        QCOMPARE(model.index(0, AuditModel::OverrideColumn).data(AuditModel::RawValueRole).toBool(), true);
        QCOMPARE(model.index(0, AuditModel::ExitCodeColumn).data(AuditModel::RawValueRole), QVariant());
        QCOMPARE(model.index(1, AuditModel::ExitCodeColumn).data(AuditModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(1, AuditModel::TimeColumn).data(AuditModel::RawValueRole).toDateTime(),
                 older.at);
        QCOMPARE(model.index(1, 0).data(AuditModel::IdRole).toUuid(), older.id);
        QVERIFY(!model.headerData(AuditModel::ReasonColumn, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.entryAt(1), older);

        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
