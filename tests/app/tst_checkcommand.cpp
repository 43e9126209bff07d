// `opsconsole --check --json` as an operator runs it, against the stack: the PostgreSQL check of a
// profile whose role must give a password (fragrance_secure, scram) fails without the secret and
// passes once the password is in the keychain — the command reads it there, like the dashboard.
#include "models/core/appsettings.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/secretstore.h"
#include "tests/common/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestCheckCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionProfile m_profile;
    QString m_file;

    QJsonObject runCheck(int* exitCode)
    {
        QProcess p;
        p.setProgram(QStringLiteral(OPSCONSOLE_BINARY));
        p.setArguments({QStringLiteral("--check"), QStringLiteral("--json"), QStringLiteral("--profile-file"), m_file,
                        QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))});
        p.start();
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        *exitCode = p.exitCode();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    static QJsonObject checkOf(const QJsonObject& report, const QString& id)
    {
        for (const QJsonValue& v : report.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("check")).toString() == id)
                return v.toObject();
        return {};
    }

    static bool waitFor(const QFuture<SecretResult>& future, SecretResult* out)
    {
        bool done = false;
        SecretStore::whenDone(future, nullptr, [&](const SecretResult& r) {
            *out = r;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        m_profile.name = QStringLiteral("check-secure-%1").arg(QCoreApplication::applicationPid());
        m_profile.pgUser = QStringLiteral("fragrance_secure");
        m_file = m_dir.filePath(QStringLiteral("profiles.json"));
        QString error;
        QVERIFY2(ProfileFile::write(m_file, {m_profile}, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        SecretStore secrets;
        SecretResult r;
        waitFor(secrets.remove(ConnectionProfile::secretKey(m_profile.name, ConnectionProfile::Secret::PostgresPassword)), &r);
    }

    void passwordComesFromTheKeychain()
    {
        int exitCode = -1;
        QJsonObject report = runCheck(&exitCode);
        QJsonObject postgres = checkOf(report, QStringLiteral("postgres"));
        QVERIFY2(!postgres.isEmpty(), QJsonDocument(report).toJson().constData());
        QVERIFY(!postgres.value(QStringLiteral("ok")).toBool());
        qInfo("without the secret: %s", qPrintable(postgres.value(QStringLiteral("reason")).toString()));
        QVERIFY(postgres.value(QStringLiteral("reason")).toString().contains(QStringLiteral("password")));
        QCOMPARE(exitCode, 1);

        SecretStore secrets;
        SecretResult written;
        QVERIFY(waitFor(secrets.write(ConnectionProfile::secretKey(m_profile.name, ConnectionProfile::Secret::PostgresPassword),
                                      QStringLiteral("demo-secure-password")),
                        &written));
        QVERIFY2(written.ok(), qPrintable(written.reason));

        report = runCheck(&exitCode);
        postgres = checkOf(report, QStringLiteral("postgres"));
        QVERIFY2(postgres.value(QStringLiteral("ok")).toBool(), qPrintable(postgres.value(QStringLiteral("reason")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
