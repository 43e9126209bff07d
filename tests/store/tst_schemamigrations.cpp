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
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        DatabaseWorker worker;
        worker.setConnectionParams(db.adminParams());
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

    void twoAdministratorsMigratingTogether()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        DatabaseWorker first;
        DatabaseWorker second;
        first.setConnectionParams(db.adminParams());
        second.setConnectionParams(db.adminParams());
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
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        DatabaseWorker worker;
        worker.setConnectionParams(db.adminParams());
        QList<Migration> migrations = SchemaMigrations::embedded();
        migrations.append({99, QStringLiteral("broken"), "CREATE TABLE ops.half (x int); SELECT 1/0;"});
        QList<DatabaseResult> results;
        worker.submit(SchemaMigrations::job(migrations, QStringLiteral("fragrance_user")), this,
                      [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QCOMPARE(results.at(0).status, DatabaseResult::Status::Failed);
        QCOMPARE(results.at(0).sqlState, QStringLiteral("22012"));
        // The embedded ones committed in their own transactions; 99 left no table and no version.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.schema_migrations")),
                 QString::number(allVersions().size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('ops.half')::text")), QString());
    }

    /// The console's own role cannot apply a migration (it can neither create the owner nor act as it):
    /// it says who must run what, and changes nothing. Once an administrator migrated, it starts fine.
    void consoleRoleCannotMigrate()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QList<DatabaseResult> results;
        SchemaMigrations::run(&worker, this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
        QVERIFY(!results.at(0).ok());
        QVERIFY2(results.at(0).error.contains(QStringLiteral("--migrate")), qPrintable(results.at(0).error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regnamespace('ops')::text")), QString());

        QVERIFY(db.migrate());
        SchemaMigrations::run(&worker, this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QVERIFY2(results.at(1).ok(), qPrintable(results.at(1).error));
        QVERIFY(results.at(1).value.value<QList<int>>().isEmpty());
    }

    /// A records database that an earlier console migrated under its own role (it owned everything):
    /// the administrator's run hands every object to the owner, and the console keeps its records.
    void takesOverWhatAnEarlierConsoleOwned()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        const QList<Migration> all = SchemaMigrations::embedded();
        QString sql = QStringLiteral("CREATE SCHEMA ops; CREATE TABLE ops.schema_migrations (version integer PRIMARY"
                                     " KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());");
        for (const Migration& m : all) {
            if (m.version > 5)
                break;
            sql += QString::fromUtf8(m.sql) +
                   QStringLiteral("; INSERT INTO ops.schema_migrations (version, name) VALUES (%1, '%2');")
                       .arg(m.version)
                       .arg(m.name);
        }
        sql += QStringLiteral("INSERT INTO ops.audit (id, at, os_user, host, profile, action) VALUES"
                              " (gen_random_uuid(), now(), 'u', 'h', 'p', 'scale');");
        QCOMPARE(db.execAs(QStringLiteral("fragrance_user"), sql), QString());
        QVERIFY(db.migrate());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = 'ops'::regnamespace"
                                          " AND relkind IN ('r', 'v') AND relowner <> 'opsconsole_owner'::regrole")),
                 QStringLiteral("0"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'ops'")),
                 SchemaMigrations::ownerRole());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) || ' ' || max(seq) FROM ops.audit")), QStringLiteral("1 1"));
        QCOMPARE(db.execAs(QStringLiteral("fragrance_user"), QStringLiteral("DELETE FROM ops.audit")),
                 QStringLiteral("42501"));
        QCOMPARE(db.execAs(QStringLiteral("fragrance_user"), QStringLiteral("DROP TABLE ops.audit")),
                 QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
