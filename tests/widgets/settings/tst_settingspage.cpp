// The Settings page: invalid input is refused with words and saves nothing; a valid profile is
// saved; a typed password goes to the real keychain and never to the settings file.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretbinding.h"
#include "models/profiles/secretstore.h"
#include "widgets/settings/profileeditor.h"
#include "widgets/settings/settingspage.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ops;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }
    void init() { QSettings().clear(); }

    void invalidInputIsRefused()
    {
        ConsoleContext context;
        SettingsPage page(context);
        page.show();
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("name"));
        auto* api = page.findChild<QLineEdit*>(QStringLiteral("apiBaseUrl"));
        QVERIFY(name && api);
        name->setText(QStringLiteral("bad name!"));
        api->setText(QStringLiteral("not-a-url"));
        QVERIFY(!page.saveCurrent());
        auto* issues = page.findChild<QLabel*>(QStringLiteral("profileIssues"));
        QVERIFY(issues->isVisible());
        QVERIFY(!issues->text().isEmpty());
        QVERIFY(!api->styleSheet().isEmpty()); // the field is marked
        QVERIFY(context.profiles().names().isEmpty());
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void validProfileIsSavedAndPasswordGoesToKeychain()
    {
        REQUIRE_ENV(TestEnv::require("DBUS_SESSION_BUS_ADDRESS"));
        ConsoleContext context;
        SettingsPage page(context);
        page.show();
        QSignalSpy stored(&page, &SettingsPage::secretsStored);
        const QString secret = QStringLiteral("typed-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        page.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("gui-test"));
        page.findChild<QLineEdit*>(QStringLiteral("secret.postgres"))->setText(secret);
        QVERIFY(page.saveCurrent());
        QVERIFY(context.profiles().contains(QStringLiteral("gui-test")));
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("secret.postgres"))->text().isEmpty());

        const ConnectionProfile saved = context.profiles().profile(QStringLiteral("gui-test"));
        QVERIFY(!saved.id.isEmpty());
        const QString key = ConnectionProfile::secretKey(saved.id, ConnectionProfile::Secret::PostgresPassword);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10000);
        QCOMPARE(stored.first().first().toBool(), true);
        SecretStore fresh;
        QFuture<SecretResult> read = fresh.read(key);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 10000);
        QVERIFY2(read.result().ok(), qPrintable(read.result().reason));
        // Kept with the endpoint it was entered for: it goes there and nowhere else.
        const SecretBinding::Stored kept = SecretBinding::decode(read.result().value);
        QVERIFY(kept.bound);
        QCOMPARE(kept.secret, secret);
        QCOMPARE(kept.endpoint, SecretBinding::endpoint(saved, ConnectionProfile::Secret::PostgresPassword));

        QSettings().sync();
        QFile file(AppSettings::settingsFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("gui-test"));
        QVERIFY(!contents.contains(secret.toUtf8()));
        SecretStore().remove(key);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
