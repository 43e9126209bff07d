// Secrets round-trip through the REAL keyring (gnome-keyring on the stack's D-Bus session),
// and never appear in the settings file.
#include "models/core/appsettings.h"
#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ops;

namespace {
SecretResult await(QFuture<SecretResult> future)
{
    // The store's own deadline (5 s) bounds this; the margin only guards the test itself.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return {SecretResult::Status::TimedOut, {}, QStringLiteral("test wait ran out")};
    return future.result();
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestEnv::require("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "no D-Bus session with a keyring");
        AppSettings::initialize(m_config.path());
    }

    void roundTripThroughRealKeyring()
    {
        SecretStore store;
        const QString key = QStringLiteral("test-%1/postgres-password").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = QStringLiteral("pa55-%1-비밀").arg(QUuid::createUuid().toString(QUuid::Id128));

        const SecretResult written = await(store.write(key, secret));
        QVERIFY2(written.ok(), qPrintable(written.reason));
        QVERIFY(store.keychainAvailable());

        SecretStore another; // a fresh store: the value must come from the keyring, not memory
        const SecretResult read = await(another.read(key));
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QCOMPARE(read.value, secret);

        QVERIFY(await(another.remove(key)).ok());
        const SecretResult gone = await(another.read(key));
        QCOMPARE(gone.status, SecretResult::Status::NotFound);
    }

    void secretsNeverReachTheSettingsFile()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ConnectionProfile p;
        p.name = QStringLiteral("keychain-test");
        QVERIFY(profiles.save(p));
        const QString secret = QStringLiteral("never-in-settings-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString key = ConnectionProfile::secretKey(profiles.profile(p.name).id, ConnectionProfile::Secret::PostgresPassword);
        QVERIFY(await(secrets.write(key, secret)).ok());
        QSettings().sync();

        QFile file(AppSettings::settingsFilePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("keychain-test")); // the profile itself is there
        QVERIFY(!contents.contains(secret.toUtf8()));
        QVERIFY(!contents.toLower().contains("password"));
        QVERIFY(await(secrets.remove(key)).ok());
    }

    void runOnlySecretsStayInMemory()
    {
        SecretStore store;
        const QString key = QStringLiteral("run-only/api-token");
        store.rememberForThisRun(key, QStringLiteral("tok"));
        const SecretResult r = await(store.read(key));
        QVERIFY(r.ok());
        QCOMPARE(r.value, QStringLiteral("tok"));
        QVERIFY(!await(SecretStore().read(key)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
