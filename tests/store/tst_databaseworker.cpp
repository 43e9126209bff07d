#include "tests/common/scratchdatabase.h"
#include "models/store/databaselink.h"
#include "models/store/databaseworker.h"
#include "tests/common/testenv.h"

#include "models/store/sql.h"
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Ops;

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsJobsInOrderWithParameters()
    {
        ScratchDatabase db;
        QVERIFY(db.isValid());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QList<QString> answers;
        for (int i = 0; i < 3; ++i) {
            worker.submit(
                [i](Ops::Sql::Connection& c) -> QVariant {
                    Ops::Sql::ReadTransaction tx(c);
                    // A value with a quote in it travels as a parameter, never inside the SQL text.
                    const auto r =
                        tx.exec_params("SELECT $1::text || current_user", "it's " + std::to_string(i) + " ");
                    return QString::fromUtf8(r[0][0].c_str());
                },
                this,
                [&answers](const DatabaseResult& result) {
                    answers.append(result.ok() ? result.value.toString() : result.error);
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 10000);
        QCOMPARE(answers, (QList<QString>{QStringLiteral("it's 0 fragrance_user"),
                                          QStringLiteral("it's 1 fragrance_user"),
                                          QStringLiteral("it's 2 fragrance_user")}));
        QCOMPARE(worker.pendingJobs(), 0);
    }

    void heldWorkerWaitsForItsAddress()
    {
        // The session builds its worker before the keychain answers: nothing may run before the
        // connection parameters are known (it would try a database at an empty address first).
        ScratchDatabase db;
        QVERIFY(db.isValid());
        DatabaseWorker worker;
        worker.holdUntilConfigured();
        QSignalSpy finished(&worker, &DatabaseWorker::jobFinished);
        worker.submit(
            [](Ops::Sql::Connection& c) -> QVariant {
                Ops::Sql::ReadTransaction tx(c);
                return QString::fromUtf8(tx.exec("SELECT current_user")[0][0].c_str());
            },
            nullptr, {});
        QCoreApplication::processEvents(); // the dispatch is queued: let it come and go
        QCoreApplication::processEvents();
        QVERIFY(worker.isHeld());
        QCOMPARE(worker.pendingJobs(), 1);
        QCOMPARE(worker.runningThreads(), 0);
        QCOMPARE(finished.size(), 0);
        worker.setConnectionParams(db.consoleParams());
        QVERIFY(!worker.isHeld());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto result = finished.first().at(1).value<DatabaseResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.toString(), QStringLiteral("fragrance_user"));
    }

    void sqlErrorIsData()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QSignalSpy spy(&worker, &DatabaseWorker::jobFinished);
        worker.submit(
            [](Ops::Sql::Connection& c) -> QVariant {
                Ops::Sql::Work tx(c);
                tx.exec("SELECT * FROM no_such_table");
                return {};
            },
            nullptr, {});
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        const auto result = spy.first().at(1).value<DatabaseResult>();
        QCOMPARE(result.status, DatabaseResult::Status::Failed);
        QCOMPARE(result.sqlState, QStringLiteral("42P01"));
        QVERIFY(!result.error.isEmpty());
    }

    void closedPortIsUnavailable()
    {
        PostgresConnectionParams params;
        params.host = QStringLiteral("127.0.0.1");
        params.port = ScratchDatabase::closedPort();
        params.database = QStringLiteral("x");
        params.user = QStringLiteral("fragrance_user");
        params.sslMode = QStringLiteral("disable");
        DatabaseWorker worker;
        worker.setConnectionParams(params);
        DatabaseResult got;
        bool done = false;
        worker.submit([](Ops::Sql::Connection&) -> QVariant { return 1; }, this,
                      [&](const DatabaseResult& r) {
                          got = r;
                          done = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(got.status, DatabaseResult::Status::Unavailable);
        QVERIFY(got.error.contains(QString::number(params.port)));
    }

    void slowStatementHitsStatementTimeout()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        worker.setDeadline(2000); // statement_timeout becomes 1 s: the server gives up first
        DatabaseResult got;
        bool done = false;
        worker.submit(
            [](Ops::Sql::Connection& c) -> QVariant {
                Ops::Sql::Work tx(c);
                tx.exec("SELECT pg_sleep(5)");
                return {};
            },
            this,
            [&](const DatabaseResult& r) {
                got = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(got.status, DatabaseResult::Status::TimedOut);
        QCOMPARE(got.sqlState, QStringLiteral("57014"));
        QCOMPARE(got.abandoned, DatabaseResult::Abandoned::No);
        QCOMPARE(worker.abandonedCount(), 0);
    }

    void silentServerIsAbandonedAndReplaced()
    {
        // A "server" that accepts and never answers: libpq blocks in the startup exchange (as with a frozen
        // PostgreSQL). The client-side deadline must answer, and the next job gets a fresh thread.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                held.append(socket);
        });
        ScratchDatabase db;
        PostgresConnectionParams frozen = db.consoleParams();
        frozen.port = silent.serverPort();

        DatabaseWorker worker;
        worker.setConnectionParams(frozen);
        worker.setDeadline(400);
        DatabaseResult got;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        worker.submit([](Ops::Sql::Connection&) -> QVariant { return 1; }, this,
                      [&](const DatabaseResult& r) {
                          got = r;
                          done = true;
                      });
        QVERIFY(clock.elapsed() < 50); // submit never blocks
        QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
        QVERIFY2(clock.elapsed() < 1500, "the deadline, not libpq's 2 s connect_timeout, must answer");
        QCOMPARE(got.status, DatabaseResult::Status::TimedOut);
        QCOMPARE(got.abandoned, DatabaseResult::Abandoned::AtDeadline);
        QCOMPARE(worker.abandonedCount(), 1);
        QCOMPARE(worker.stuckThreads(), 1);

        // The stuck thread is abandoned, not waited for: the next job runs on a fresh one.
        worker.setConnectionParams(db.consoleParams());
        worker.setDeadline(10000);
        bool ok = false;
        done = false;
        worker.submit(
            [](Ops::Sql::Connection& c) -> QVariant {
                Ops::Sql::ReadTransaction tx(c);
                return tx.exec("SELECT 42")[0][0].as<int>();
            },
            this,
            [&](const DatabaseResult& r) {
                ok = r.ok() && r.value.toInt() == 42;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        // libpq's own connect_timeout ends the abandoned call eventually; its thread then deletes itself.
        QTRY_COMPARE_WITH_TIMEOUT(worker.stuckThreads(), 0, 10000);
        qDeleteAll(held);
    }

    void stuckThreadsStayBounded()
    {
        // A server that never answers, and jobs arriving faster than libpq gives up on it: the worker keeps
        // at most maxStuckThreads() threads and answers the rest at once, never one thread per job.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                held.append(socket);
        });
        PostgresConnectionParams frozen;
        frozen.host = QStringLiteral("127.0.0.1");
        frozen.port = silent.serverPort();
        frozen.database = QStringLiteral("x");
        frozen.user = QStringLiteral("fragrance_user");
        frozen.sslMode = QStringLiteral("disable");

        DatabaseWorker worker;
        worker.setConnectionParams(frozen);
        worker.setDeadline(200); // libpq's connect_timeout (2 s at least) ends each stuck call much later
        QCOMPARE(worker.maxStuckThreads(), DatabaseWorker::kDefaultMaxStuckThreads);
        const int liveBefore = DatabaseWorker::liveThreads();
        const int jobs = 6;
        QList<DatabaseResult> results;
        int maxRunning = 0;
        int maxLive = liveBefore;
        for (int i = 0; i < jobs; ++i) {
            worker.submit([](Ops::Sql::Connection&) -> QVariant { return 1; }, this,
                          [&](const DatabaseResult& r) {
                              results.append(r);
                              maxRunning = std::max(maxRunning, worker.runningThreads());
                              maxLive = std::max(maxLive, DatabaseWorker::liveThreads());
                          });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), jobs, 5000);
        const auto count = [&](DatabaseResult::Abandoned how, DatabaseResult::Status status) {
            return std::count_if(results.cbegin(), results.cend(), [&](const DatabaseResult& r) {
                return r.abandoned == how && r.status == status && !r.error.isEmpty();
            });
        };
        const int bound = DatabaseWorker::kDefaultMaxStuckThreads;
        QCOMPARE(count(DatabaseResult::Abandoned::AtDeadline, DatabaseResult::Status::TimedOut), bound);
        QCOMPARE(count(DatabaseResult::Abandoned::WhileStuck, DatabaseResult::Status::Unavailable), jobs - bound);
        QCOMPARE(worker.abandonedCount(), bound);
        QVERIFY2(maxRunning <= bound, qPrintable(QString::number(maxRunning)));
        QVERIFY2(maxLive - liveBefore <= bound, qPrintable(QStringLiteral("%1 -> %2").arg(liveBefore).arg(maxLive)));

        // Once libpq gives up, the threads end by themselves and the worker takes jobs again.
        QTRY_COMPARE_WITH_TIMEOUT(worker.stuckThreads(), 0, 10000);
        QCOMPARE(worker.runningThreads(), 0);
        results.clear();
        worker.setDeadline(5000);
        worker.submit([](Ops::Sql::Connection&) -> QVariant { return 1; }, this,
                      [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 8000);
        QCOMPARE(results.first().abandoned, DatabaseResult::Abandoned::No); // it really tried (and failed)
        qDeleteAll(held);
    }

    void taskConnectsOnlyWhenItAsks()
    {
        // A task (PostgresSource's check) may do other libpq work first, with the deadline's parameters.
        PostgresConnectionParams params;
        params.host = QStringLiteral("127.0.0.1");
        params.port = ScratchDatabase::closedPort();
        params.database = QStringLiteral("x");
        params.user = QStringLiteral("fragrance_user");
        params.sslMode = QStringLiteral("disable");
        DatabaseWorker worker;
        worker.setConnectionParams(params);
        worker.setDeadline(8000);
        QList<DatabaseResult> results;
        worker.submitTask(
            [](DatabaseLink& link) -> QVariant {
                return QVariantList{link.params().connectTimeoutS, link.params().statementTimeoutMs,
                                    link.params().keepalivesIdleS, link.params().tcpUserTimeoutMs};
            },
            this, [&](const DatabaseResult& r) { results.append(r); });
        worker.submitTask(
            [](DatabaseLink& link) -> QVariant {
                link.connection();
                return 1;
            },
            this, [&](const DatabaseResult& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));
        const PostgresConnectionParams derived = params.withDeadline(8000);
        QCOMPARE(results.at(0).value.toList(),
                 (QVariantList{derived.connectTimeoutS, derived.statementTimeoutMs, derived.keepalivesIdleS,
                               derived.tcpUserTimeoutMs}));
        QCOMPARE(results.at(1).status, DatabaseResult::Status::Unavailable);
        QVERIFY(results.at(1).error.contains(QString::number(params.port)));
    }

    void deletedContextDropsCallback()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        auto* context = new QObject;
        bool called = false;
        QSignalSpy spy(&worker, &DatabaseWorker::jobFinished);
        worker.submit([](Ops::Sql::Connection&) -> QVariant { return 1; }, context,
                      [&](const DatabaseResult&) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
