// No password crosses a network in clear. A PostgreSQL that is not on this machine and offers no TLS
// gets no password from the console: the stack's real server is reached at its container's address on
// the private Docker network (not loopback; the server has no TLS configured), as fragrance_secure,
// which must give its password (scram-sha-256). The same password given by a plain libpq client with
// sslmode=disable is accepted: what the console's check does not get is the console's own refusal.
// Redis (no TLS in hiredis here) at its container's address gets AUTH only after the profile's
// recorded choice: the stack's Redis has no password, so an AUTH sent shows as its error.
#include "models/sources/postgressource.h"
#include "models/sources/redissource.h"
#include "models/store/postgresconnectionparams.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <pqxx/pqxx>

using namespace Ops;

namespace {

const QString kPassword = QStringLiteral("demo-secure-password");

/// The address of `service`'s container on the stack's network, or empty.
QString containerAddress(const QString& service)
{
    const QList<StackTest::Container> found = StackTest::ofService(StackTest::containers(), service);
    if (found.isEmpty())
        return QString();
    const StackTest::RunResult r = StackTest::docker(
        {QStringLiteral("inspect"), QStringLiteral("-f"),
         QStringLiteral("{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}"), found.first().id});
    return QString::fromUtf8(r.out).split(u' ', Qt::SkipEmptyParts).value(0);
}

PostgresConnectionParams remoteParams(const QString& address, const QString& sslMode)
{
    PostgresConnectionParams params;
    params.host = address;
    params.port = 5432;
    params.database = QStringLiteral("fragrance_ai");
    params.user = QStringLiteral("fragrance_secure");
    params.sslMode = sslMode;
    params.password = kPassword;
    return params;
}

CheckResult checkOnce(const PostgresConnectionParams& params)
{
    PostgresSource source;
    source.setConnectionParams(params);
    source.setDeadline(5000);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    if (!checked.wait(10000))
        return {};
    return source.lastResult();
}

CheckResult redisCheckOnce(const QString& address, bool plaintextAllowed)
{
    RedisSource source;
    source.setServer(address, 6379);
    source.setPlaintextAuthAllowed(plaintextAllowed);
    source.setPassword(QStringLiteral("some-redis-password"));
    source.setDeadline(5000);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    if (!checked.wait(10000))
        return {};
    return source.lastResult();
}

} // namespace

class TestClearTextPasswords : public QObject
{
    Q_OBJECT

    QString m_address;
    QString m_redis;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::stateDir());
        m_address = containerAddress(QStringLiteral("postgres"));
        m_redis = containerAddress(QStringLiteral("redis"));
        QVERIFY2(!m_redis.isEmpty(), "the stack's Redis container has no address");
        QVERIFY2(!m_address.isEmpty(), "the stack's PostgreSQL container has no address");
        QVERIFY2(!QHostAddress(m_address).isLoopback(), qPrintable(m_address));
        qInfo("PostgreSQL without TLS at %s:5432", qPrintable(m_address));
    }

    // The server takes this password in clear from a client that sends it: the refusals below are ours.
    void serverAcceptsThePasswordInClear()
    {
        REQUIRE_ENV(m_address);
        const std::string conninfo = QStringLiteral("host=%1 port=5432 dbname=fragrance_ai user=fragrance_secure "
                                                    "password=%2 sslmode=disable connect_timeout=5")
                                         .arg(m_address, kPassword)
                                         .toStdString();
        pqxx::connection connection(conninfo);
        pqxx::nontransaction tx(connection);
        QCOMPARE(tx.exec1("SELECT 1")[0].as<int>(), 1);
    }

    // The default ("auto") is verify-full for a host that is not this machine: no TLS, no connection,
    // and the password is never offered.
    void defaultRequiresVerifiedTls()
    {
        REQUIRE_ENV(m_address);
        const PostgresConnectionParams params = remoteParams(m_address, QStringLiteral("auto"));
        QCOMPARE(params.effectiveSslMode(), QStringLiteral("verify-full"));
        const CheckResult result = checkOnce(params);
        qInfo("auto: %s", qPrintable(result.reason));
        QCOMPARE(result.health, Health::Down);
        QVERIFY2(result.reason.contains(QStringLiteral("offers no TLS")), qPrintable(result.reason));
    }

    // sslmode=prefer (or allow, disable) would let libpq send it in clear: the console sends none.
    void preferSendsNoPassword()
    {
        REQUIRE_ENV(m_address);
        for (const QString& mode : {QStringLiteral("prefer"), QStringLiteral("disable")}) {
            const PostgresConnectionParams params = remoteParams(m_address, mode);
            QVERIFY(params.passwordWithheld());
            const CheckResult result = checkOnce(params);
            qInfo("%s: %s", qPrintable(mode), qPrintable(result.reason));
            QCOMPARE(result.health, Health::Down);
            QVERIFY2(result.reason.contains(params.passwordWithheldReason()), qPrintable(result.reason));
            QVERIFY2(result.reason.contains(QStringLiteral("no password supplied")), qPrintable(result.reason));
        }
    }

    // Without the recorded choice, no AUTH goes to a Redis off this machine: the check runs without it.
    // With it, AUTH is sent, and this Redis (which has no password) answers it with an error.
    void redisAuthNeedsTheRecordedChoice()
    {
        REQUIRE_ENV(m_redis);
        const CheckResult withheld = redisCheckOnce(m_redis, false);
        qInfo("without the choice: %s %s", qPrintable(healthText(withheld.health)), qPrintable(withheld.reason));
        QVERIFY2(withheld.health == Health::Ok || withheld.health == Health::Degraded, qPrintable(withheld.reason));
        QVERIFY2(!withheld.reason.contains(QStringLiteral("AUTH"), Qt::CaseInsensitive), qPrintable(withheld.reason));

        const CheckResult sent = redisCheckOnce(m_redis, true);
        qInfo("with the choice: %s", qPrintable(sent.reason));
        QCOMPARE(sent.health, Health::Down);
        QVERIFY2(sent.reason.contains(QStringLiteral("AUTH"), Qt::CaseInsensitive), qPrintable(sent.reason));
    }
};

QTEST_GUILESS_MAIN(TestClearTextPasswords)
#include "tst_cleartextpasswords.moc"
