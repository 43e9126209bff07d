// Without a keyring the store answers in time with words, never hangs, and keeps
// run-only secrets in memory.
#include "models/profiles/secretstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeyringAnswersWithReason()
    {
        SecretStore store(nullptr, 2000);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        QFuture<SecretResult> f = store.write(QStringLiteral("x/postgres-password"), QStringLiteral("s"));
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 5000);
        const SecretResult r = f.result();
        QVERIFY(!r.ok());
        QVERIFY(r.status == SecretResult::Status::Unavailable || r.status == SecretResult::Status::TimedOut);
        QVERIFY(!r.reason.isEmpty());
        // The flag is set before the future completes; its signal arrives on this thread's next turn.
        QVERIFY(!store.keychainAvailable());
        QTRY_COMPARE_WITH_TIMEOUT(availability.count(), 1, 5000);
        // A caller that continues the future on this thread already sees the store's new state.
        SecretStore fresh(nullptr, 2000);
        bool seenInContinuation = true;
        bool continued = false;
        fresh.write(QStringLiteral("x/other"), QStringLiteral("s")).then(&fresh, [&](const SecretResult&) {
            seenInContinuation = fresh.keychainAvailable();
            continued = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(continued, 5000);
        QVERIFY(!seenInContinuation);

        store.rememberForThisRun(QStringLiteral("x/postgres-password"), QStringLiteral("s"));
        QFuture<SecretResult> again = store.read(QStringLiteral("x/postgres-password"));
        QVERIFY(again.isFinished());
        QCOMPARE(again.result().value, QStringLiteral("s"));
    }
};

int main(int argc, char** argv)
{
    // A session bus that does not exist: QtKeychain must fail, not hang.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/opsconsole-no-bus");
    QCoreApplication app(argc, argv);
    TestSecretStoreUnavailable test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore_unavailable.moc"
