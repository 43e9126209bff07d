// `opsconsole --check --json` as an operator runs it, against the stack: the PostgreSQL check of a
// profile whose role must give a password (fragrance_secure, scram) fails without the secret and
// passes once the password is in the keychain — the command reads it there, like the dashboard. The
// secret is bound to the saved profile and its endpoint: a --profile-file of the same name pointing
// elsewhere does not get it. And a hostile profile file (orchestrator /bin/sh, compose file a script)
// runs nothing until its programs are approved: the script's side effect is looked for on disk.
#include "models/core/appsettings.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/programapprovals.h"
#include "models/profiles/programidentity.h"
#include "models/profiles/secretstore.h"
#include "models/session/profilesecrets.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
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

    /// `opsconsole --check --json` with `profileArguments` (--profile NAME or --profile-file FILE); the
    /// approvals are the stack's unless `approvalsFile` names others.
    QJsonObject runCheck(int* exitCode, const QStringList& profileArguments, QString* errors = nullptr,
                         const QString& approvalsFile = QString(), const QString& program = QString())
    {
        QProcess p;
        p.setProgram(program.isEmpty() ? QStringLiteral(OPSCONSOLE_BINARY) : program);
        p.setArguments(QStringList{QStringLiteral("--check"), QStringLiteral("--json")} + profileArguments +
                       QStringList{QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config"))});
        if (!approvalsFile.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OPSCONSOLE_APPROVALS_FILE"), approvalsFile);
            p.setProcessEnvironment(env);
        }
        p.start();
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        *exitCode = p.exitCode();
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
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
        // The child reads the same settings: the saved profile (and its id) is the one this test saves.
        AppSettings::initialize(m_dir.filePath(QStringLiteral("config")));
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        m_profile.name = QStringLiteral("check-secure-%1").arg(QCoreApplication::applicationPid());
        m_profile.pgUser = QStringLiteral("fragrance_secure");
        ProfileStore store;
        QVERIFY(store.save(m_profile));
        m_profile = store.profile(m_profile.name);
        QVERIFY(!m_profile.id.isEmpty());
    }

    void cleanupTestCase()
    {
        StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")});
        SecretStore secrets;
        SecretResult r;
        if (!m_profile.id.isEmpty())
            waitFor(secrets.remove(ConnectionProfile::secretKey(m_profile.id, ConnectionProfile::Secret::PostgresPassword)), &r);
    }

    void passwordComesFromTheKeychain()
    {
        int exitCode = -1;
        const QStringList saved{QStringLiteral("--profile"), m_profile.name};
        QJsonObject report = runCheck(&exitCode, saved);
        QJsonObject postgres = checkOf(report, QStringLiteral("postgres"));
        QVERIFY2(!postgres.isEmpty(), QJsonDocument(report).toJson().constData());
        QVERIFY(!postgres.value(QStringLiteral("ok")).toBool());
        qInfo("without the secret: %s", qPrintable(postgres.value(QStringLiteral("reason")).toString()));
        QVERIFY(postgres.value(QStringLiteral("reason")).toString().contains(QStringLiteral("password")));
        QCOMPARE(exitCode, 1);

        SecretStore secrets;
        SecretResult written;
        // As the Settings page stores it: under the profile's id, bound to its PostgreSQL endpoint.
        QVERIFY(waitFor(writeProfileSecret(secrets, m_profile, ConnectionProfile::Secret::PostgresPassword,
                                           QStringLiteral("demo-secure-password")),
                        &written));
        QVERIFY2(written.ok(), qPrintable(written.reason));

        report = runCheck(&exitCode, saved);
        postgres = checkOf(report, QStringLiteral("postgres"));
        QVERIFY2(postgres.value(QStringLiteral("ok")).toBool(), qPrintable(postgres.value(QStringLiteral("reason")).toString()));
    }

    // The PostgreSQL driver is loaded from beside the executable, as an installed console has it, and only
    // if nobody but its owner and root can change it (nor a folder above it): otherwise the database
    // checks fail and say why, and no code of that file runs in the console.
    void driverBesideTheExecutableAndOnlyAsTrustedAsAProgram()
    {
        QString error;
        const QString demoFile = m_dir.filePath(QStringLiteral("demo-driver.json"));
        QVERIFY2(ProfileFile::write(demoFile, {TestEnv::stackProfile()}, &error), qPrintable(error));
        const QStringList demo{QStringLiteral("--profile-file"), demoFile};
        QTemporaryDir installed; // outside the build tree: only the driver beside the copy can be found
        QVERIFY(installed.isValid());
        const QString program = installed.filePath(QStringLiteral("opsconsole"));
        const QString driver = installed.filePath(QFileInfo(QStringLiteral(OPSCONSOLE_DRIVER)).fileName());
        QVERIFY(QFile::copy(QStringLiteral(OPSCONSOLE_BINARY), program));
        QVERIFY(QFile::copy(QStringLiteral(OPSCONSOLE_DRIVER), driver));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(driver, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));

        int exitCode = -1;
        QJsonObject postgres =
            checkOf(runCheck(&exitCode, demo, nullptr, QString(), program), QStringLiteral("postgres"));
        QVERIFY2(postgres.value(QStringLiteral("ok")).toBool(),
                 qPrintable(postgres.value(QStringLiteral("reason")).toString()));

        // Anyone may now write it.
        QVERIFY(QFile::setPermissions(driver, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        postgres =
            checkOf(runCheck(&exitCode, demo, nullptr, QString(), program), QStringLiteral("postgres"));
        const QString reason = postgres.value(QStringLiteral("reason")).toString();
        qInfo("a driver anyone can change: %s", qPrintable(reason));
        QVERIFY(!postgres.value(QStringLiteral("ok")).toBool());
        QVERIFY2(reason.contains(QLatin1String("PostgreSQL driver")) && reason.contains(driver),
                 qPrintable(reason));
        QVERIFY(exitCode != 0);
    }

    // A profile file named like the saved profile but pointing elsewhere (here: the same server under
    // another host name, so that a password sent would be accepted) never receives the saved secret.
    void transientProfilePointingElsewhereGetsNoSecret()
    {
        REQUIRE_ENV(m_profile.id);
        ConnectionProfile elsewhere = m_profile;
        elsewhere.id.clear();
        elsewhere.pgHost = QStringLiteral("localhost");
        QVERIFY(elsewhere.pgHost != m_profile.pgHost);
        const QString file = m_dir.filePath(QStringLiteral("elsewhere.json"));
        QString error;
        QVERIFY2(ProfileFile::write(file, {elsewhere}, &error), qPrintable(error));

        int exitCode = -1;
        QString errors;
        const QJsonObject report = runCheck(&exitCode, {QStringLiteral("--profile-file"), file}, &errors);
        const QJsonObject postgres = checkOf(report, QStringLiteral("postgres"));
        QVERIFY2(!postgres.isEmpty(), QJsonDocument(report).toJson().constData());
        qInfo("pointing elsewhere: %s | %s", qPrintable(postgres.value(QStringLiteral("reason")).toString()),
              qPrintable(errors.trimmed()));
        QVERIFY2(!postgres.value(QStringLiteral("ok")).toBool(), "the saved password reached another endpoint");
        QVERIFY(errors.contains(m_profile.pgHost));
        QCOMPARE(exitCode, 1);

        // The same file pointing where the secret was entered for gets it (the test can fail).
        ConnectionProfile same = m_profile;
        same.id.clear();
        QVERIFY2(ProfileFile::write(file, {same}, &error), qPrintable(error));
        const QJsonObject again = runCheck(&exitCode, {QStringLiteral("--profile-file"), file});
        QVERIFY2(checkOf(again, QStringLiteral("postgres")).value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(again).toJson().constData());
    }

    // The review's case: a profile file whose orchestrator program is /bin/sh and whose compose file is a
    // script (`/bin/sh -f SCRIPT -p NAME ps` runs it). Unapproved, --check runs nothing, says why and
    // exits 3; the script's side effect never appears.
    void hostileProfileRunsNothing()
    {
        ConnectionProfile hostile = TestEnv::stackProfile();
        REQUIRE_ENV(hostile.name);
        hostile.name = QStringLiteral("team");
        const QString marker = m_dir.filePath(QStringLiteral("pwned"));
        const QString script = m_dir.filePath(QStringLiteral("evil.sh"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("touch %1\n").arg(marker).toUtf8());
        }
        hostile.orchestrator.program = QStringLiteral("/bin/sh");
        hostile.orchestrator.composeFile = script;
        hostile.orchestrator.dockerHost.clear();
        hostile.smokeTestCommand = QStringLiteral("/bin/sh ") + script;
        const QString file = m_dir.filePath(QStringLiteral("team.json"));
        QString error;
        QVERIFY2(ProfileFile::write(file, {hostile}, &error), qPrintable(error));
        // Approvals of their own, empty: the stack's approvals are not this test's business.
        const QString approvals = m_dir.filePath(QStringLiteral("approvals.ini"));

        int exitCode = -1;
        QString errors;
        const QJsonObject report = runCheck(&exitCode, {QStringLiteral("--profile-file"), file}, &errors, approvals);
        qInfo("unapproved: %s", qPrintable(errors.trimmed()));
        QCOMPARE(exitCode, 4);
        QVERIFY(!report.value(QStringLiteral("unapprovedPrograms")).toArray().isEmpty());
        QVERIFY(errors.contains(QStringLiteral("/bin/sh")));
        QVERIFY2(!QFileInfo::exists(marker), "the hostile profile's script ran");
        // The HTTP, SQL and Redis checks still ran.
        QVERIFY(checkOf(report, QStringLiteral("postgres")).value(QStringLiteral("ok")).toBool());

        // Once the operator approves /bin/sh, the same command does run the script: the check above
        // would have seen it.
        const QByteArray stackApprovals = qgetenv("OPSCONSOLE_APPROVALS_FILE");
        qputenv("OPSCONSOLE_APPROVALS_FILE", approvals.toUtf8());
        const bool approved = ProgramApprovals::approve(ProgramIdentity::read(QStringLiteral("/bin/sh")), QString(), &error);
        qputenv("OPSCONSOLE_APPROVALS_FILE", stackApprovals);
        QVERIFY2(approved, qPrintable(error));
        runCheck(&exitCode, {QStringLiteral("--profile-file"), file}, nullptr, approvals);
        QVERIFY(exitCode != 4);
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(marker); }, 10000));
    }

    // Under error-spike the firing critical alert makes the check exit 3 (0 or 1 with --ignore-alerts, as
    // the checks say); back to normal it passes again.
    void criticalAlertFailsTheCheck()
    {
        QString error;
        const QString demoFile = m_dir.filePath(QStringLiteral("demo.json"));
        QVERIFY2(ProfileFile::write(demoFile, {TestEnv::stackProfile()}, &error), qPrintable(error));
        const QStringList demo{QStringLiteral("--profile-file"), demoFile};
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("error-spike")}).exitCode == 0);
        // The fast rules fire HighErrorRate within about a minute; Prometheus is asked directly here.
        QTRY_VERIFY_WITH_TIMEOUT(
            !StackTest::promQuery(QStringLiteral("ALERTS{alertname=\"HighErrorRate\",alertstate=\"firing\"}")).isEmpty(),
            120000);

        // Alertmanager gets the alert after its group wait: the check is asked again until it sees it.
        int exitCode = -1;
        QJsonObject report;
        QElapsedTimer waited;
        waited.start();
        do {
            report = runCheck(&exitCode, demo);
            if (report.value(QStringLiteral("criticalAlertsFiring")).toInt() > 0)
                break;
            QTest::qWait(3000);
        } while (waited.elapsed() < 120000);
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
        const QJsonObject ignored = runCheck(&exitCode, demo + QStringList{QStringLiteral("--ignore-alerts")});
        QCOMPARE(exitCode, ignored.value(QStringLiteral("checksPassed")).toBool() ? 0 : 1);
        QVERIFY(ignored.value(QStringLiteral("alertsIgnored")).toBool());
        QVERIFY(!ignored.value(QStringLiteral("alerts")).toArray().isEmpty());

        // Back to normal: the alert resolves and the plain check passes again.
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")}).exitCode == 0);
        // The fast rule's window is 30 s; on a busy machine a replica whose database probe went stale
        // answers 503 for a moment, which keeps the alert pending: allowed three minutes, and if it
        // still does not resolve, the 5xx rates that keep it are printed.
        waited.restart();
        while (!StackTest::promQuery(QStringLiteral("ALERTS{alertname=\"HighErrorRate\"}")).isEmpty()) {
            if (waited.elapsed() > 180000)
                QFAIL(
                    qPrintable(QStringLiteral("HighErrorRate did not resolve; 5xx per series: ") +
                               QString::fromUtf8(
                                   QJsonDocument(StackTest::promQuery(QStringLiteral(
                                                     "rate(http_requests_total{status=~\"5..\"}[30s]) > 0")))
                                       .toJson(QJsonDocument::Compact))));
            QTest::qWait(1000);
        }
        qInfo("HighErrorRate resolved %lld ms after the scenario went back to normal",
              qint64(waited.elapsed()));
        // Alertmanager keeps an alert active until Prometheus' resolved notice reaches it, a little after the
        // alert left ALERTS (later on a busy machine): the check is asked again until Alertmanager has it
        // too.
        QJsonObject after;
        waited.restart();
        do {
            after = runCheck(&exitCode, demo);
            if (after.value(QStringLiteral("criticalAlertsFiring")).toInt() == 0)
                break;
            QTest::qWait(2000);
        } while (waited.elapsed() < 60000);
        qInfo("--check back to normal: exit %d after %lld ms", exitCode, qint64(waited.elapsed()));
        QCOMPARE(exitCode, after.value(QStringLiteral("checksPassed")).toBool() ? 0 : 1);
        QCOMPARE(after.value(QStringLiteral("criticalAlertsFiring")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
