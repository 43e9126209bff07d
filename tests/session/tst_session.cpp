// The operations wiring of the active profile: migrations then journal sync at start, the scale
// policy per profile in the settings, the orchestrator kind, and production arming.
#include "models/audit/auditstore.h"
#include "models/core/appsettings.h"
#include "models/net/httpclient.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretbinding.h"
#include "models/session/consolecontext.h"
#include "models/session/profilesecrets.h"
#include "models/session/session.h"
#include "models/stack/kubernetesorchestrator.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFuture>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

#include <optional>

using namespace Ops;

namespace {

    /// As the superuser, from another database (a database cannot forbid connections to itself).
static bool allowConnections(const ScratchDatabase& db, bool allow)
{
    try {
        pqxx::connection connection(TestEnv::pgAdminConnInfo(QStringLiteral("postgres")).toStdString());
        pqxx::nontransaction tx(connection);
        tx.exec("ALTER DATABASE " + tx.quote_name(db.name().toStdString()) + " ALLOW_CONNECTIONS " +
                (allow ? "true" : "false"));
        return true;
    } catch (const std::exception& error) {
        qWarning("%s", error.what());
        return false;
    }
}

/// The stack's profile saved under a fresh name: it has an id, its secrets are kept under.
ConnectionProfile savedStackProfile(const QString& prefix)
{
    ProfileStore profiles;
    ConnectionProfile profile = TestEnv::stackProfile();
    profile.name = QStringLiteral("%1-%2").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch());
    if (!profiles.save(profile))
        return {};
    return profiles.profile(profile.name);
}

SecretResult awaitSecret(QFuture<SecretResult> future)
{
    // The store's own deadline (5 s) bounds this; the margin only guards the test itself.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return {SecretResult::Status::TimedOut, {}, QStringLiteral("test wait ran out")};
    return future.result();
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
    }

    void journalIsReplayedAfterTheMigrations()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("ops-center-replay-%1").arg(QDateTime::currentMSecsSinceEpoch());
        profile.pgSslMode = QStringLiteral("disable");
        const AuditEntry entry = AuditEntry::create(profile.name, AuditAction::Scale,
                                                    QStringLiteral("app"), QStringLiteral("while down"));
        // The profile's records database, away at first (it refuses connections): the entry waits in the
        // journal of this profile and database — one journal per database, replayed only into it.
        ScratchDatabase db;
        QVERIFY(db.isValid());
        profile.pgRecordsDatabase = db.name();
        QVERIFY(allowConnections(db, false));
        {
            ConsoleContext context;
            context.useTransientProfile(profile);
            context.session().start();
            QTRY_COMPARE_WITH_TIMEOUT(context.session().state(), Session::State::Degraded, 20000);
            QSignalSpy appended(context.session().audit(), &AuditStore::appended);
            context.session().audit()->append(entry);
            QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 20000);
            QVERIFY(appended.first().at(1).toBool());
            QCOMPARE(context.session().journalPending(), 1);
        }
        // Back: the next start finds the schema up to date, then replays the journal into it.
        QVERIFY(allowConnections(db, true));
        ConsoleContext context;
        QSignalSpy pending(&context.session(), &Session::journalPendingChanged);
        context.useTransientProfile(profile);
        context.session().start();
        QTRY_COMPARE_WITH_TIMEOUT(context.session().state(), Session::State::Ready, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(context.session().journalPending(), 0, 20000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT reason FROM ops.audit WHERE id = '%1'")
                               .arg(entry.id.toString(QUuid::WithoutBraces))),
                 QStringLiteral("while down"));
        // The cool-down sees it.
        QTRY_VERIFY_WITH_TIMEOUT(context.session().lastChangeOf(QStringLiteral("app")).isValid(), 10000);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal/") +
             profile.name)
            .removeRecursively();
    }

    // What main() does when the start page draws from Prometheus alone: the records database is left
    // alone (no connection, no migration check) until the page is ready, then opened as usual; an audit
    // entry appended meanwhile waits and lands.
    void heldRecordsAreOpenedOnRelease()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("ops-center-held-%1").arg(QDateTime::currentMSecsSinceEpoch());
        profile.pgSslMode = QStringLiteral("disable");
        ScratchDatabase db;
        QVERIFY(db.isValid());
        profile.pgRecordsDatabase = db.name();
        const auto consoleConnections = [&db] {
            return db
                .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                       "usename = 'fragrance_user'")
                            .arg(db.name()))
                .toInt();
        };
        const AuditEntry entry = AuditEntry::create(profile.name, AuditAction::Scale, QStringLiteral("app"),
                                                    QStringLiteral("while held"));
        const QString landed = QStringLiteral("SELECT count(*) FROM ops.audit WHERE id = '%1'")
                                   .arg(entry.id.toString(QUuid::WithoutBraces));
        ConsoleContext context;
        context.useTransientProfile(profile);
        context.session().holdRecords();
        context.session().start();
        // The keychain's answer (none: a transient profile) lets the HTTP requests go...
        QTRY_VERIFY_WITH_TIMEOUT(!context.session().http()->isHolding(), 5000);
        context.session().audit()->append(entry);
        // ...but not the records: a second later, no connection, no migration check, nothing written.
        QTest::qWait(1000);
        QCOMPARE(context.session().state(), Session::State::Preparing);
        QCOMPARE(consoleConnections(), 0);
        QCOMPARE(db.scalar(landed), QStringLiteral("0"));

        context.session().releaseRecords();
        QTRY_COMPARE_WITH_TIMEOUT(context.session().state(), Session::State::Ready, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(landed), QStringLiteral("1"), 20000);
        QVERIFY(consoleConnections() >= 1);
        QVERIFY(!context.session().isHoldingRecords());
    }

    // The start page's requests wait for the HTTP tokens only: they are read from the real keyring before
    // the database passwords, and handed over before those answer.
    void httpTokensAreReadFirstAndHandedOverEarly()
    {
        REQUIRE_ENV(TestEnv::require("DBUS_SESSION_BUS_ADDRESS")); // the keyring on the stack's D-Bus
        REQUIRE_ENV(TestEnv::stackProfile().name);
        const ConnectionProfile profile = savedStackProfile(QStringLiteral("tokens-first"));
        QVERIFY(!profile.id.isEmpty());
        SecretStore store;
        const QMap<ConnectionProfile::Secret, QString> values = {
            {ConnectionProfile::Secret::PostgresPassword, QStringLiteral("pg-secret")},
            {ConnectionProfile::Secret::RedisPassword, QStringLiteral("redis-secret")},
            {ConnectionProfile::Secret::ApiToken, QStringLiteral("api-token")},
            {ConnectionProfile::Secret::PrometheusToken, QStringLiteral("prometheus-token")}};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const SecretResult written =
                awaitSecret(writeProfileSecret(store, profile, it.key(), it.value()));
            QVERIFY2(written.ok(), qPrintable(written.reason));
        }
        const auto cleanup = qScopeGuard([&] { removeProfileSecrets(store, profile); });

        QStringList order;
        ProfileSecrets early;
        ProfileSecrets all;
        readProfileSecrets(
            store, profile, &profile, this,
            [&](const ProfileSecrets& s) {
                order << QStringLiteral("all");
                all = s;
            },
            [&](const ProfileSecrets& s) {
                order << QStringLiteral("tokens");
                early = s;
            });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 20000);
        QCOMPARE(order, (QStringList{QStringLiteral("tokens"), QStringLiteral("all")}));
        QCOMPARE(early.apiToken, QByteArray("api-token"));
        QCOMPARE(early.prometheusToken, QByteArray("prometheus-token"));
        QVERIFY(early.postgresPassword.isEmpty()); // read after the tokens
        QVERIFY(early.redisPassword.isEmpty());
        QCOMPARE(all.apiToken, QByteArray("api-token"));
        QCOMPARE(all.prometheusToken, QByteArray("prometheus-token"));
        QCOMPARE(all.postgresPassword, QStringLiteral("pg-secret"));
        QCOMPARE(all.redisPassword, QStringLiteral("redis-secret"));
        QVERIFY(all.keychainProblem.isEmpty());
    }

    // A secret kept under the profile's name (before ids existed) is moved to the id by the first read;
    // the name is looked at that once per profile (two D-Bus lookups a secret otherwise, at every start):
    // an entry written under the name later is not read.
    void secretsUnderTheNameAreMovedAndLookedForOnce()
    {
        REQUIRE_ENV(TestEnv::require("DBUS_SESSION_BUS_ADDRESS"));
        REQUIRE_ENV(TestEnv::stackProfile().name);
        const ConnectionProfile profile = savedStackProfile(QStringLiteral("name-keys"));
        QVERIFY(!profile.id.isEmpty());
        SecretStore store;
        const auto cleanup = qScopeGuard([&] { removeProfileSecrets(store, profile); });
        const auto await = awaitSecret;
        const auto readAll = [&] {
            std::optional<ProfileSecrets> all;
            readProfileSecrets(store, profile, &profile, this, [&](const ProfileSecrets& s) { all = s; });
            return QTest::qWaitFor([&] { return all.has_value(); }, 20000) ? *all : ProfileSecrets{};
        };
        const QString apiUnderName =
            ConnectionProfile::legacySecretKey(profile.name, ConnectionProfile::Secret::ApiToken);
        QVERIFY(await(store.write(apiUnderName, QStringLiteral("token-under-the-name"))).ok());

        QCOMPARE(readAll().apiToken, QByteArray("token-under-the-name"));
        // Moved: under the id, bound to the profile's API; gone from the name.
        QTRY_VERIFY_WITH_TIMEOUT(await(store.read(apiUnderName)).status == SecretResult::Status::NotFound,
                                 10000);
        const SecretResult underId =
            await(store.read(ConnectionProfile::secretKey(profile.id, ConnectionProfile::Secret::ApiToken)));
        QVERIFY2(underId.ok(), qPrintable(underId.reason));
        QCOMPARE(SecretBinding::decode(underId.value).secret, QStringLiteral("token-under-the-name"));

        // Looked for once: what appears under the name now is not read, what is under the id still is.
        const QString prometheusUnderName =
            ConnectionProfile::legacySecretKey(profile.name, ConnectionProfile::Secret::PrometheusToken);
        QVERIFY(await(store.write(prometheusUnderName, QStringLiteral("late"))).ok());
        const ProfileSecrets again = readAll();
        QVERIFY(again.prometheusToken.isEmpty());
        QCOMPARE(again.apiToken, QByteArray("token-under-the-name"));
    }

    void policyIsStoredPerProfile()
    {
        ConnectionProfile a = TestEnv::stackProfile();
        REQUIRE_ENV(a.name);
        a.name = QStringLiteral("policy-a");
        a.pgPort = ScratchDatabase::closedPort(); // no database needed
        ConnectionProfile b = a;
        b.name = QStringLiteral("policy-b");
        {
            ConsoleContext context;
            context.useTransientProfile(a);
            context.session().start();
            ScalePolicy p = context.session().policy();
            p.cooldownSeconds = 42;
            p.services.insert(QStringLiteral("app"), ServiceScaleLimits{2, 8});
            context.session().setPolicy(p);
        }
        ConsoleContext context;
        context.session().start();
        context.useTransientProfile(b);
        QCOMPARE(context.session().policy(), ScalePolicy()); // another profile: defaults
        context.useTransientProfile(a);
        QCOMPARE(context.session().policy().cooldownSeconds, 42);
        QCOMPARE(context.session().policy().limitsFor(QStringLiteral("app")).maxReplicas, 8);
    }

    void orchestratorFollowsTheProfile()
    {
        ConnectionProfile k = TestEnv::stackProfile();
        REQUIRE_ENV(k.name);
        k.name = QStringLiteral("kube");
        k.pgPort = ScratchDatabase::closedPort();
        k.orchestrator.kind = OrchestratorSettings::Kind::Kubernetes;
        ConsoleContext context;
        context.useTransientProfile(k);
        context.session().start();
        QVERIFY(qobject_cast<KubernetesOrchestrator*>(context.session().orchestrator()));
    }

    void armingExpires()
    {
        ConnectionProfile prod = TestEnv::stackProfile();
        REQUIRE_ENV(prod.name);
        prod.name = QStringLiteral("prod");
        prod.production = true;
        prod.pgPort = ScratchDatabase::closedPort();
        ConsoleContext context;
        Session& ops = context.session();
        ops.start();
        context.useTransientProfile(prod);
        QVERIFY(!ops.mutationsAllowed());
        QCOMPARE(ops.armDuration(), 15 * 60);
        QSignalSpy armed(&ops, &Session::armedChanged);
        QSignalSpy ticks(&ops, &Session::armTick);
        ops.setArmDuration(2);
        // Arming says why, or is refused in words.
        QVERIFY(!ops.arm(QStringLiteral("  ")).isEmpty());
        QVERIFY(!ops.mutationsAllowed());
        QVERIFY(!ops.mutationRefusal().isEmpty());
        QCOMPARE(ops.arm(QStringLiteral("hotfix 0.1.1 (test)")), QString());
        QVERIFY(ops.mutationsAllowed());
        QVERIFY(ops.mutationRefusal().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(armed.size(), 2, 5000); // armed, then expired
        QVERIFY(!armed.last().first().toBool());
        QVERIFY(ticks.size() >= 2);
        QVERIFY(!ops.mutationsAllowed());
        // Another profile never inherits the arming.
        QCOMPARE(ops.arm(QStringLiteral("hotfix 0.1.1 (test)")), QString());
        ConnectionProfile other = prod;
        other.name = QStringLiteral("prod-2");
        context.useTransientProfile(other);
        QVERIFY(!ops.isArmed());
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
