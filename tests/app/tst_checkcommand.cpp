// `opsconsole --check --json` as an operator runs it, against the stack: the PostgreSQL check of a
// profile whose role must give a password (fragrance_secure, scram) fails without the secret and
// passes once the password is in the keychain — the command reads it there, like the dashboard; under
// error-spike the firing critical alert makes it exit 3 (0 or 1 with --ignore-alerts, as the checks say).
#include "models/core/appsettings.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/secretstore.h"
#include "tests/common/stacktest.h"
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

    QString m_demoFile;

    QJsonObject runCheck(int* exitCode, const QString& file = QString(), const QStringList& extra = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(OPSCONSOLE_BINARY));
        p.setArguments(QStringList{QStringLiteral("--check"), QStringLiteral("--json"), QStringLiteral("--profile-file"),
                                   file.isEmpty() ? m_file : file, QStringLiteral("--config-dir"),
                                   m_dir.filePath(QStringLiteral("config"))} +
                       extra);
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
        m_demoFile = m_dir.filePath(QStringLiteral("demo.json"));
        QVERIFY2(ProfileFile::write(m_demoFile, {TestEnv::stackProfile()}, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")});
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

    void criticalAlertFailsTheCheck()
    {
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("error-spike")}).exitCode == 0);
        // The fast rules fire HighErrorRate within about a minute; Prometheus is asked directly here.
        QTRY_VERIFY_WITH_TIMEOUT(
            !StackTest::promQuery(QStringLiteral("ALERTS{alertname=\"HighErrorRate\",alertstate=\"firing\"}")).isEmpty(),
            120000);

        int exitCode = -1;
        const QJsonObject report = runCheck(&exitCode, m_demoFile);
        qInfo("--check under error-spike: exit %d, checks passed %d, %d critical alert(s) firing", exitCode,
              report.value(QStringLiteral("checksPassed")).toBool(),
              report.value(QStringLiteral("criticalAlertsFiring")).toInt());
        QVERIFY2(exitCode != 0, QJsonDocument(report).toJson().constData());
        QVERIFY(report.value(QStringLiteral("criticalAlertsFiring")).toInt() > 0);
        QCOMPARE(report.value(QStringLiteral("healthy")).toBool(), false);
        bool listed = false;
        for (const QJsonValue& v : report.value(QStringLiteral("alerts")).toArray())
            listed = listed || (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("HighErrorRate") &&
                                v.toObject().value(QStringLiteral("state")).toString() == QStringLiteral("firing"));
        QVERIFY(listed);
        // Only the alert makes it fail when every check passed: the alert's own exit code.
        if (report.value(QStringLiteral("checksPassed")).toBool())
            QCOMPARE(exitCode, 3);

        // --ignore-alerts: the checks alone decide, the alerts are still listed.
        const QJsonObject ignored = runCheck(&exitCode, m_demoFile, {QStringLiteral("--ignore-alerts")});
        QCOMPARE(exitCode, ignored.value(QStringLiteral("checksPassed")).toBool() ? 0 : 1);
        QVERIFY(ignored.value(QStringLiteral("alertsIgnored")).toBool());
        QVERIFY(!ignored.value(QStringLiteral("alerts")).toArray().isEmpty());

        // Back to normal: the alert resolves and the plain check passes again.
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")}).exitCode == 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            StackTest::promQuery(QStringLiteral("ALERTS{alertname=\"HighErrorRate\"}")).isEmpty(), 120000);
        const QJsonObject after = runCheck(&exitCode, m_demoFile);
        QCOMPARE(exitCode, after.value(QStringLiteral("checksPassed")).toBool() ? 0 : 1);
        QCOMPARE(after.value(QStringLiteral("criticalAlertsFiring")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
