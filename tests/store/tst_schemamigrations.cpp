#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/schemamigrations.h"
#include "tests/common/testenv.h"

#include <QTest>

using namespace Ops;

class TestSchemaMigrations : public QObject
{
    Q_OBJECT

    static QList<int> allVersions()
    {
        QList<int> versions;
        for (const Migration& m : SchemaMigrations::embedded())
            versions.append(m.version);
        return versions;
    }

    /// "1,2,3,…": every embedded version, so a new migration needs no edit here.
    static QString versionList()
    {
        QStringList list;
        for (int v : allVersions())
            list.append(QString::number(v));
        return list.join(u',');
    }

private Q_SLOTS:
    void embeddedAreSortedAndNamed()
    {
        const auto migrations = SchemaMigrations::embedded();
        QVERIFY(migrations.size() >= 2);
        QCOMPARE(migrations.at(0).version, 1);
        QCOMPARE(migrations.at(0).name, QStringLiteral("audit"));
        QCOMPARE(migrations.at(1).version, 2);
        QVERIFY(migrations.at(0).sql.contains("CREATE TABLE ops.audit"));
    }

    void appliesOnceAndIsIdempotent()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QList<DatabaseResult> results;
        SchemaMigrations::run(&worker, this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));
        QCOMPARE(results.at(0).value.value<QList<int>>(), allVersions());

        SchemaMigrations::run(&worker, this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QVERIFY(results.at(1).ok());
        QVERIFY(results.at(1).value.value<QList<int>>().isEmpty());
        QCOMPARE(db.scalar(QStringLiteral(
                     "SELECT string_agg(version::text, ',' ORDER BY version) FROM ops.schema_migrations")),
                 versionList());
    }

    void twoConsolesStartingTogether()
    {
        ScratchDatabase db;
        DatabaseWorker first;
        DatabaseWorker second;
        first.setConnectionParams(db.consoleParams());
        second.setConnectionParams(db.consoleParams());
        QList<DatabaseResult> results;
        SchemaMigrations::run(&first, this, [&](const DatabaseResult& r) { results.append(r); });
        SchemaMigrations::run(&second, this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));
        QVERIFY2(results.at(1).ok(), qPrintable(results.at(1).error));
        // Each version applied by exactly one of them.
        QList<int> all = results.at(0).value.value<QList<int>>() + results.at(1).value.value<QList<int>>();
        std::sort(all.begin(), all.end());
        QCOMPARE(all, allVersions());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.schema_migrations")),
                 QString::number(allVersions().size()));
    }

    void failedMigrationLeavesNothingBehind()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QList<Migration> migrations = SchemaMigrations::embedded();
        migrations.append({99, QStringLiteral("broken"), "CREATE TABLE ops.half (x int); SELECT 1/0;"});
        QList<DatabaseResult> results;
        worker.submit(SchemaMigrations::job(migrations), this,
                      [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QCOMPARE(results.at(0).status, DatabaseResult::Status::Failed);
        QCOMPARE(results.at(0).sqlState, QStringLiteral("22012"));
        // The embedded ones committed in their own transactions; 99 left no table and no version.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.schema_migrations")),
                 QString::number(allVersions().size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('ops.half')::text")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
