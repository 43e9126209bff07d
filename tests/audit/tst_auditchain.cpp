// The audit trail's records cannot be changed by the console's role, and a change made by whoever can
// (the owner) is found by the chain's verifier (issue 15, item 3). Against the stack's real PostgreSQL.
#include "models/audit/auditchain.h"
#include "models/audit/auditstore.h"
#include "models/store/databaseworker.h"
#include "models/store/schemamigrations.h"
#include "models/profiles/profilefile.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QProcess>
#include <QTemporaryDir>

#include "models/store/sqlconnect.h"
#include <QSignalSpy>
#include <QTest>
#include <pqxx/pqxx>

using namespace Ops;

class TestAuditChain : public QObject
{
    Q_OBJECT

    static AuditEntry entry(const QString& reason)
    {
        AuditEntry e = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale, QStringLiteral("worker-llm"),
                                          reason);
        e.argv = {QStringLiteral("/usr/bin/docker"), QStringLiteral("compose"), QStringLiteral("--scale"),
                  QStringLiteral("worker-llm=4 ; 한글 \"quoted\"")};
        e.setExitCode(0);
        e.outputDigest = AuditEntry::digestOf("Started\n");
        e.metricsBefore = {{QStringLiteral("replicas"), 2}, {QStringLiteral("queue"), 61.5}};
        return e;
    }

    static void appendAll(DatabaseWorker& worker, int count)
    {
        AuditStore store(&worker, nullptr);
        QSignalSpy appended(&store, &AuditStore::appended);
        for (int i = 0; i < count; ++i)
            store.append(entry(QStringLiteral("reason %1: 큐 적체").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), count, 15000);
    }

    static AuditChainReport verify(DatabaseWorker& worker)
    {
        QList<DatabaseResult> results;
        worker.submit(AuditChain::verifyJob(), nullptr, [&](const DatabaseResult& r) { results.append(r); });
        if (!QTest::qWaitFor([&] { return !results.isEmpty(); }, 15000))
            return {};
        if (!results.first().ok())
            qWarning("verify failed: %s", qPrintable(results.first().error));
        return results.first().value.value<AuditChainReport>();
    }

    /// As the owner role: what an administrator (or an intruder with its rights) could do.
    static QString asOwner(const ScratchDatabase& db, const QString& sql)
    {
        return db.execAs(QStringLiteral("postgres"),
                         QStringLiteral("SET ROLE ") + SchemaMigrations::ownerRole() + QStringLiteral("; ") + sql);
    }

private Q_SLOTS:
    void consoleRoleMayOnlyAppendAndRead()
    {
        ScratchDatabase db;
        QVERIFY(db.isValid());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        appendAll(worker, 1);
        const QString role = QStringLiteral("fragrance_user");
        QCOMPARE(db.scalar(QStringLiteral("SELECT pg_has_role('fragrance_user', 'opsconsole_owner', 'MEMBER')")),
                 QStringLiteral("f"));
        // The records database, its schema and tables belong to the owner, not to the console's role.
        QCOMPARE(db.scalar(QStringLiteral("SELECT datdba::regrole::text FROM pg_database"
                                          " WHERE datname = current_database()")),
                 SchemaMigrations::ownerRole());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = 'ops'::regnamespace"
                                          " AND relkind IN ('r', 'v') AND relowner <> 'opsconsole_owner'::regrole")),
                 QStringLiteral("0"));
        const QStringList tables = {QStringLiteral("ops.audit"), QStringLiteral("ops.audit_chain"),
                                    QStringLiteral("ops.incident_records"), QStringLiteral("ops.incident_versions"),
                                    QStringLiteral("ops.incident_updates"),
                                    QStringLiteral("ops.maintenance_window_versions"),
                                    QStringLiteral("ops.maintenance_steps")};
        for (const QString& table : tables) {
            const QStringList statements = {
                QStringLiteral("UPDATE %1 SET %2 = %2")
                    .arg(table, table.endsWith(QLatin1String("_versions")) ? QStringLiteral("title")
                                                                                 : QStringLiteral("id")),
                QStringLiteral("DELETE FROM %1").arg(table),
                QStringLiteral("TRUNCATE %1").arg(table),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN intruder int").arg(table),
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER ALL").arg(table),
                QStringLiteral("DROP TABLE %1 CASCADE").arg(table),
            };
            for (const QString& sql : statements)
                QVERIFY2(db.execAs(role, sql) == QLatin1String("42501"), qPrintable(sql));
        }
        QCOMPARE(db.execAs(role, QStringLiteral("DROP SCHEMA ops CASCADE")), QStringLiteral("42501"));
        QCOMPARE(db.execAs(role, QStringLiteral("CREATE OR REPLACE FUNCTION ops.audit_field(v text) RETURNS text"
                                                " LANGUAGE sql AS $$ SELECT '' $$")),
                 QStringLiteral("42501"));
        // Appending and reading still work; a client's own hash is overwritten by the chain's trigger.
        QCOMPARE(db.execAs(role, QStringLiteral("INSERT INTO ops.audit (id, at, os_user, host, profile, action,"
                                                " seq, prev_hash, row_hash) VALUES (gen_random_uuid(), now(), 'u',"
                                                " 'h', 'p', 'scale', 99, 'mine', 'mine')")),
                 QString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT seq || ' ' || (row_hash <> 'mine') FROM ops.audit"
                                          " WHERE os_user = 'u'")),
                 QStringLiteral("2 true"));
        QVERIFY(verify(worker).intact);
    }

    void changeByTheOwnerIsFound()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        appendAll(worker, 4);
        AuditChainReport report = verify(worker);
        QVERIFY2(report.intact, qPrintable(report.summary()));
        QCOMPARE(report.rows, 4);

        // The owner may grant itself the right and switch the guard off; the chain still tells.
        const QString id = db.scalar(QStringLiteral("SELECT id FROM ops.audit WHERE seq = 3"));
        QCOMPARE(asOwner(db, QStringLiteral("GRANT UPDATE, DELETE ON ops.audit TO opsconsole_owner;"
                                            " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                            " UPDATE ops.audit SET reason = 'nothing happened' WHERE seq = 3")),
                 QString());
        report = verify(worker);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 3);
        QCOMPARE(report.brokenId.toString(QUuid::WithoutBraces), id);
        QVERIFY2(report.summary().contains(QStringLiteral("row 3")), qPrintable(report.summary()));
    }

    /// The write-ahead columns are part of the chain: turning a command's outcome back into an unfinished
    /// intent (or relinking it to another intent) is found like any other change.
    void writeAheadStageAndLinkAreChained()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore store(&worker, nullptr);
        QSignalSpy appended(&store, &AuditStore::appended);
        AuditEntry intent = entry(QStringLiteral("scale for the queue"));
        intent.stage = AuditEntry::Stage::Intent;
        intent.hasExitCode = false;
        store.append(intent);
        AuditEntry outcome = entry(QStringLiteral("scale for the queue"));
        outcome.stage = AuditEntry::Stage::Outcome;
        outcome.intentId = intent.id;
        store.append(outcome);
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 15000);
        AuditChainReport report = verify(worker);
        QVERIFY2(report.intact, qPrintable(report.summary()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit_unfinished")), QStringLiteral("0"));

        QCOMPARE(asOwner(db, QStringLiteral("GRANT UPDATE ON ops.audit TO opsconsole_owner;"
                                            " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                            " UPDATE ops.audit SET intent_id = NULL WHERE seq = 2")),
                 QString());
        report = verify(worker);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 2);
    }

    /// The command an operator runs: `opsconsole --verify-audit` against a profile, before and after the
    /// owner changed a row. Exit 0 and "intact", then exit 1 naming the row.
    void verifyAuditCommandNamesTheBrokenRow()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        ScratchDatabase db;
        profile.name = QStringLiteral("verify-audit-test");
        profile.pgRecordsDatabase = db.name();
        profile.pgSslMode = QStringLiteral("disable");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(ProfileFile::write(file, {profile}));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        appendAll(worker, 3);
        const auto run = [&](QString* out) {
            QProcess app;
            app.setProgram(QStringLiteral(OPSCONSOLE_APP));
            app.setArguments({QStringLiteral("--config-dir"), dir.filePath(QStringLiteral("config")),
                              QStringLiteral("--profile-file"), file, QStringLiteral("--verify-audit"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
            app.start();
            if (!app.waitForFinished(60000))
                return -1;
            *out = QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
            return app.exitCode();
        };
        QString out;
        QCOMPARE(run(&out), 0);
        QVERIFY2(out.contains(QStringLiteral("intact: 3 rows")), qPrintable(out));
        QCOMPARE(asOwner(db, QStringLiteral("GRANT UPDATE ON ops.audit TO opsconsole_owner;"
                                            " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                            " UPDATE ops.audit SET exit_code = 1 WHERE seq = 2")),
                 QString());
        QCOMPARE(run(&out), 1);
        QVERIFY2(out.contains(QStringLiteral("BROKEN at row 2")), qPrintable(out));
    }

    void removedRowsAreFound()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        appendAll(worker, 3);
        QCOMPARE(asOwner(db, QStringLiteral("GRANT UPDATE, DELETE ON ops.audit TO opsconsole_owner;"
                                            " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                            " DELETE FROM ops.audit WHERE seq = 3")),
                 QString());
        AuditChainReport report = verify(worker);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 0); // every remaining row is fine: the head names the missing one
        QVERIFY2(report.problem.contains(QStringLiteral("row 3")), qPrintable(report.problem));

        // A row taken from the middle breaks the link of the row after it.
        QCOMPARE(asOwner(db, QStringLiteral("GRANT UPDATE, DELETE ON ops.audit TO opsconsole_owner;"
                                            " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                            " DELETE FROM ops.audit WHERE seq = 1")),
                 QString());
        report = verify(worker);
        QVERIFY(!report.intact);
        QCOMPARE(report.brokenSeq, 2);
    }

    void rowsWrittenBeforeTheChainAreChained()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        QList<Migration> upTo5;
        for (const Migration& m : SchemaMigrations::embedded())
            if (m.version <= 5)
                upTo5.append(m);
        {
            const std::unique_ptr<Sql::Connection> connection =
                Sql::connect(db.adminConnInfo().toStdString());
            SchemaMigrations::job(upTo5)(*connection);
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(db.execAs(QStringLiteral("postgres"),
                               QStringLiteral("INSERT INTO ops.audit (id, at, os_user, host, profile, action, argv,"
                                              " metrics_before) VALUES (gen_random_uuid(), now() - interval '%1 min',"
                                              " 'u', 'h', 'p', 'scale', '{a,\"b c\"}', '{\"x\": 1.50}')")
                                   .arg(i)),
                     QString());
        QVERIFY(db.migrate());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        appendAll(worker, 1);
        const AuditChainReport report = verify(worker);
        QVERIFY2(report.intact, qPrintable(report.summary()));
        QCOMPARE(report.rows, 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
