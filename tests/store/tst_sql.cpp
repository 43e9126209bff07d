// Ops::Sql against the real PostgreSQL, through the driver library the console loads: parameters and
// NULL, values read back and their conversions, transactions and savepoints, and the errors as the
// stores and the database session rely on them (SQLSTATE, a lost connection). And the console's
// executable itself: it does not link libpq, which the driver brings only with the first job.
#include "models/store/sqlconnect.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QProcess>
#include <QTest>

using namespace Ops;

class TestSql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sql::Connection> connect() { return Sql::connect(m_db->adminConnInfo().toStdString()); }
    std::unique_ptr<ScratchDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::pgHost());
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
    }

    void parametersAndValuesRoundTrip()
    {
        const auto c = connect();
        Sql::ReadTransaction tx(*c);
        const std::optional<int> none;
        const Sql::Result r = tx.exec_params("SELECT $1::text, $2::int, $3::bigint, $4::boolean, $5::text IS "
                                             "NULL, $6::text IS NULL, $7::float8, "
                                             "NULL::int",
                                             std::string("it's \"quoted\" 한국어"), 42, qint64(9000000000LL),
                                             false, nullptr, none, "2.5");
        QCOMPARE(r.size(), std::size_t(1));
        const Sql::Row row = r[0];
        QCOMPARE(row.size(), std::size_t(8));
        QCOMPARE(QString::fromUtf8(row[0].c_str()), QStringLiteral("it's \"quoted\" 한국어"));
        QCOMPARE(row[1].as<int>(), 42);
        QCOMPARE(row[2].as<qint64>(), qint64(9000000000LL));
        QCOMPARE(row[3].as<bool>(), false);
        QCOMPARE(row[4].as<bool>(), true);
        QCOMPARE(row[5].as<bool>(), true);
        QCOMPARE(row[6].as<double>(), 2.5);
        QVERIFY(row[7].is_null());
        QCOMPARE(std::string(row[7].c_str()), std::string());
        QVERIFY_THROWS_EXCEPTION(Sql::ConversionError, row[7].as<int>());
        QVERIFY_THROWS_EXCEPTION(Sql::ConversionError, row[0].as<int>());
        // Out of range for the type asked.
        QVERIFY_THROWS_EXCEPTION(Sql::ConversionError, row[2].as<int>());
    }

    void rowsIterateInOrder()
    {
        const auto c = connect();
        Sql::ReadTransaction tx(*c);
        int expected = 1;
        for (const Sql::Row& row : tx.exec("SELECT generate_series(1, 5)"))
            QCOMPARE(row[0].as<int>(), expected++);
        QCOMPARE(expected, 6);
        QVERIFY(tx.exec("SELECT 1 WHERE false").empty());
    }

    void quotingIsTheServersOwn()
    {
        const auto c = connect();
        Sql::NonTransaction tx(*c);
        const std::string literal = tx.quote("it's");
        const std::string name = tx.quote_name("odd \"name\"");
        QCOMPARE(QString::fromStdString(literal), QStringLiteral("'it''s'"));
        QCOMPARE(QString::fromStdString(name), QStringLiteral("\"odd \"\"name\"\"\""));
        QCOMPARE(tx.exec("SELECT " + literal)[0][0].as<std::string>(), std::string("it's"));
    }

    void uncommittedWorkIsRolledBackAndSavepointsUndoOnlyTheirs()
    {
        const auto c = connect();
        {
            Sql::Work tx(*c);
            tx.exec("CREATE TABLE sql_probe (n int PRIMARY KEY)");
            tx.commit();
        }
        {
            Sql::Work tx(*c);
            tx.exec("INSERT INTO sql_probe VALUES (1)");
        } // not committed
        {
            Sql::Work tx(*c);
            const Sql::Result inserted = tx.exec("INSERT INTO sql_probe VALUES (2), (3)");
            QCOMPARE(inserted.affected_rows(), 2LL);
            try {
                Sql::Subtransaction again(tx, "again");
                again.exec("INSERT INTO sql_probe VALUES (2)");
                again.commit();
                QFAIL("a duplicate key was accepted");
            } catch (const Sql::SqlError& e) {
                QCOMPARE(QString::fromStdString(e.sqlstate()), QStringLiteral("23505"));
            }
            tx.commit();
        }
        Sql::ReadTransaction tx(*c);
        QCOMPARE(tx.exec("SELECT string_agg(n::text, ',' ORDER BY n) FROM sql_probe")[0][0].as<std::string>(),
                 std::string("2,3"));
    }

    void serverErrorsCarryTheirState()
    {
        const auto c = connect();
        Sql::ReadTransaction tx(*c);
        try {
            tx.exec("SELECT * FROM no_such_table");
            QFAIL("no error");
        } catch (const Sql::SqlError& e) {
            QCOMPARE(QString::fromStdString(e.sqlstate()), QStringLiteral("42P01"));
            QVERIFY(QString::fromStdString(e.query()).contains(QLatin1String("no_such_table")));
        }
    }

    void aConnectionNobodyAnswersIsBroken()
    {
        // A port with nothing behind it (the scratch database's server, one port up is not a server).
        QVERIFY_THROWS_EXCEPTION(Sql::BrokenConnection,
                                 Sql::connect("host=127.0.0.1 port=1 connect_timeout=2 gssencmode=disable"));
        QVERIFY(Sql::driverLoaded());
    }

    void aLostConnectionIsReported()
    {
        const auto c = connect();
        const int pid = c->backendpid();
        {
            const auto admin = connect();
            Sql::NonTransaction tx(*admin);
            QCOMPARE(tx.exec_params("SELECT pg_terminate_backend($1)", pid)[0][0].as<bool>(), true);
        }
        // The next statement learns it: libpq reads the server's "terminating connection" notice (SQLSTATE
        // 57P01) or finds the socket closed. Either way it is an error, never a silent answer.
        bool reported = false;
        QString what;
        try {
            Sql::NonTransaction tx(*c);
            tx.exec("SELECT 1");
        } catch (const Sql::BrokenConnection& e) {
            reported = true;
            what = QStringLiteral("broken: ") + QString::fromUtf8(e.what());
        } catch (const Sql::SqlError& e) {
            reported = QString::fromStdString(e.sqlstate()) == QLatin1String("57P01");
            what = QString::fromStdString(e.sqlstate()) + u' ' + QString::fromUtf8(e.what());
        }
        qInfo() << what;
        QVERIFY2(reported, qPrintable(what));
    }

    void theConsoleDoesNotLinkThePostgresClient()
    {
        // What the dynamic loader maps before main(): no libpq (nor the OpenSSL, GnuTLS and LDAP it brings)
        // and no libpqxx. The driver beside the executable has them.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(OPSCONSOLE_BINARY)});
        QVERIFY(ldd.waitForFinished(10000));
        const QString linked = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(linked.contains(QLatin1String("libQt6Widgets")), qPrintable(linked));
        for (const char* library : {"libpq.so", "libpqxx", "libssl.so", "libldap", "libgnutls"})
            QVERIFY2(!linked.contains(QLatin1String(library)), library);
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(OPSCONSOLE_DRIVER)});
        QVERIFY(ldd.waitForFinished(10000));
        const QString driver = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(driver.contains(QLatin1String("libpqxx")) && driver.contains(QLatin1String("libpq.so")),
                 qPrintable(driver));
    }
};

QTEST_GUILESS_MAIN(TestSql)
#include "tst_sql.moc"
