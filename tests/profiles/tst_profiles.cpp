// Connection profiles: JSON round trip, validation, the typed settings store, the profile
// file (no secrets in it), and proof that no secret ever reaches the settings file.
#include "models/core/appsettings.h"
#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profileimport.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/profilevalidator.h"
#include "models/profiles/secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {
ConnectionProfile sample()
{
    ConnectionProfile p;
    p.name = QStringLiteral("staging");
    p.production = true;
    p.apiBaseUrl = QStringLiteral("https://api.staging.example:8000");
    p.pgHost = QStringLiteral("db.staging.example");
    p.pgPort = 6543;
    p.pgSslMode = QStringLiteral("verify-full");
    p.redisPort = 6380;
    p.orchestrator.program = QStringLiteral("/usr/bin/docker");
    p.orchestrator.projectName = QStringLiteral("fragrance-ai");
    p.orchestrator.dockerHost = QStringLiteral("ssh://ops@staging");
    p.backupsDirectory = QStringLiteral("/srv/backups");
    p.celeryQueues = {QStringLiteral("celery"), QStringLiteral("llm"), QStringLiteral("rl")};
    return p;
}

bool hasIssue(const QList<ProfileIssue>& issues, const QString& field)
{
    for (const auto& i : issues)
        if (i.field == field && !i.message.isEmpty())
            return true;
    return false;
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        AppSettings::initialize(m_config.path());
    }

    void init()
    {
        QSettings().clear();
    }

    void jsonRoundTrip()
    {
        const ConnectionProfile p = sample();
        QCOMPARE(ConnectionProfile::fromJson(p.toJson()), p);
    }

    void missingFieldsKeepDefaults()
    {
        const ConnectionProfile p = ConnectionProfile::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(p.apiBaseUrl, ConnectionProfile().apiBaseUrl);
        QCOMPARE(p.pgPort, 5432);
    }

    void validProfileHasNoIssues()
    {
        QVERIFY(ProfileValidator::validate(sample()).isEmpty());
    }

    void invalidFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name with space") << "name" << "my profile";
        QTest::newRow("name option-like") << "name" << "-h";
        QTest::newRow("api not http") << "apiBaseUrl" << "ftp://host";
        QTest::newRow("api no host") << "apiBaseUrl" << "http://";
        QTest::newRow("prometheus garbage") << "prometheusUrl" << "not a url";
        QTest::newRow("sslmode") << "postgres.sslmode" << "sometimes";
        QTest::newRow("compose command") << "orchestrator.composeCommand" << "rm -rf /";
        QTest::newRow("relative program") << "orchestrator.program" << "docker";
        QTest::newRow("project injection") << "orchestrator.projectName" << "app;rm";
        QTest::newRow("docker host") << "orchestrator.dockerHost" << "evil host";
        // ssh reads a user or host starting with '-' as one of its options: this one runs a command.
        QTest::newRow("docker host ssh option as user")
            << "orchestrator.dockerHost" << "ssh://-oProxyCommand=touch /tmp/pwned@host";
        QTest::newRow("docker host ssh option as host") << "orchestrator.dockerHost" << "ssh://-oProxyCommand=x";
        QTest::newRow("docker host tcp user") << "orchestrator.dockerHost" << "tcp://me@host:2376";
        QTest::newRow("docker host unix relative") << "orchestrator.dockerHost" << "unix://docker.sock";
        QTest::newRow("docker host unix dots") << "orchestrator.dockerHost" << "unix:///run/../tmp/docker.sock";
        QTest::newRow("docker host port") << "orchestrator.dockerHost" << "tcp://host:99999";
        QTest::newRow("compose file option") << "orchestrator.composeFile" << "--project-directory=/";
        QTest::newRow("compose file parent") << "orchestrator.composeFile" << "../../etc/compose.yml";
        QTest::newRow("program dots") << "orchestrator.program" << "/usr/bin/../../tmp/docker";
        QTest::newRow("program space") << "orchestrator.program" << "/usr/bin/docker --tlsverify=false";
        QTest::newRow("relative backups") << "backupsDirectory" << "backups";
        QTest::newRow("queue name") << "celeryQueues" << "bad queue";
        QTest::newRow("relative smoke test") << "smokeTestCommand" << "./scripts/smoke_test.sh http://localhost:8000";
    }

    void invalidFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ConnectionProfile p = sample();
        if (field == QLatin1String("name")) p.name = value;
        else if (field == QLatin1String("apiBaseUrl")) p.apiBaseUrl = value;
        else if (field == QLatin1String("prometheusUrl")) p.prometheusUrl = value;
        else if (field == QLatin1String("postgres.sslmode")) p.pgSslMode = value;
        else if (field == QLatin1String("orchestrator.composeCommand")) p.orchestrator.composeCommand = value;
        else if (field == QLatin1String("orchestrator.program")) p.orchestrator.program = value;
        else if (field == QLatin1String("orchestrator.projectName")) p.orchestrator.projectName = value;
        else if (field == QLatin1String("orchestrator.dockerHost")) p.orchestrator.dockerHost = value;
        else if (field == QLatin1String("orchestrator.composeFile")) p.orchestrator.composeFile = value;
        else if (field == QLatin1String("backupsDirectory")) p.backupsDirectory = value;
        else if (field == QLatin1String("celeryQueues")) p.celeryQueues = {value};
        else if (field == QLatin1String("smokeTestCommand")) p.smokeTestCommand = value;
        QVERIFY2(hasIssue(ProfileValidator::validate(p), field), qPrintable(field));
    }

    void portsOutOfRange()
    {
        ConnectionProfile p = sample();
        p.pgPort = 0;
        p.redisPort = 70000;
        const auto issues = ProfileValidator::validate(p);
        QVERIFY(hasIssue(issues, QStringLiteral("postgres.port")));
        QVERIFY(hasIssue(issues, QStringLiteral("redis.port")));
    }

    void storeSavesAndReloads()
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.save(sample()));
        QCOMPARE(changed.count(), 1);

        ProfileStore other; // reads the settings file again
        QCOMPARE(other.names(), QStringList{QStringLiteral("staging")});
        ConnectionProfile reread = other.profile(QStringLiteral("staging"));
        // The store gave it an id of this workstation, kept from now on.
        QVERIFY(!reread.id.isEmpty());
        QCOMPARE(reread.id, store.profile(QStringLiteral("staging")).id);
        reread.id.clear();
        QCOMPARE(reread, sample());
    }

    void storeRefusesInvalidProfile()
    {
        ProfileStore store;
        ConnectionProfile p = sample();
        p.apiBaseUrl = QStringLiteral("nonsense");
        QVERIFY(!store.save(p));
        QVERIFY(store.names().isEmpty());
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void storeRemoves()
    {
        ProfileStore store;
        QVERIFY(store.save(sample()));
        QVERIFY(store.remove(QStringLiteral("staging")));
        QVERIFY(ProfileStore().names().isEmpty());
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        ConnectionProfile second = sample();
        second.name = QStringLiteral("production");
        QVERIFY(ProfileFile::write(path, {sample(), second}));
        const auto read = ProfileFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.profiles.size(), 2);
        QCOMPARE(read.profiles.at(1), second);
    }

    void fileAcceptsBareProfile()
    {
        const auto read = ProfileFile::parse(QJsonDocument(sample().toJson()).toJson());
        QVERIFY(read.ok());
        QCOMPARE(read.profiles.first(), sample());
    }

    void fileRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","profiles":[{}]})");
        QTest::newRow("newer version") << QByteArray(R"({"format":"opsconsole-profiles","version":9,"profiles":[]})");
        QTest::newRow("empty list") << QByteArray(R"({"format":"opsconsole-profiles","version":1,"profiles":[]})");
        QTest::newRow("invalid profile")
            << QByteArray(R"({"format":"opsconsole-profiles","version":1,"profiles":[{"name":"-h"}]})");
    }

    void fileRejectsBadInput()
    {
        QFETCH(QByteArray, data);
        const auto read = ProfileFile::parse(data);
        QVERIFY(!read.ok());
        QVERIFY(!read.error.isEmpty());
        QVERIFY(read.profiles.isEmpty());
    }

    void validDockerHostsAreAccepted()
    {
        for (const char* host : {"", "ssh://ops@staging", "ssh://staging:2222", "tcp://10.0.0.5:2376",
                                 "unix:///var/run/docker.sock", "ssh://deploy_user@[fd00::2]:22"})
            QVERIFY2(ProfileValidator::isValidDockerHost(QString::fromLatin1(host)), host);
    }

    // A file never chooses which keychain entries a profile reads: an id in it is dropped, and none is
    // written out.
    void profileFilesCarryNoId()
    {
        ConnectionProfile p = sample();
        p.id = QStringLiteral("0b7a1e52-0000-4000-8000-000000000001");
        QVERIFY(!ProfileFile::serialize({p}).contains(p.id.toUtf8()));
        QJsonObject object = p.toJson();
        const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("opsconsole-profiles")},
                                                          {QStringLiteral("version"), 1},
                                                          {QStringLiteral("profiles"), QJsonArray{object}}})
                                    .toJson();
        const auto read = ProfileFile::parse(data);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.profiles.first().id.isEmpty());
    }

    // Import: a new profile is new, an identical one unchanged, a different one lists each change, and
    // production is never cleared.
    void importListsChangesAndKeepsProduction()
    {
        ProfileStore store;
        ConnectionProfile saved = sample();
        saved.production = true;
        QVERIFY(store.save(saved));
        saved = store.profile(saved.name);

        ConnectionProfile changed = saved;
        changed.id.clear();
        changed.production = false;
        changed.pgHost = QStringLiteral("db.attacker.example");
        ConnectionProfile fresh = sample();
        fresh.name = QStringLiteral("brand-new");
        ConnectionProfile same = saved;
        same.id.clear();

        const QList<ImportItem> plan = ProfileImport::plan(store.profiles(), {changed, fresh});
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).kind, ImportItem::Kind::Changed);
        QVERIFY(plan.at(0).incoming.production); // kept
        QVERIFY(plan.at(0).productionKept);
        QCOMPARE(plan.at(0).incoming.id, saved.id);
        const QString lines = ProfileImport::describe(plan.at(0)).join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("postgres.host")) && lines.contains(QStringLiteral("db.attacker.example")),
                 qPrintable(lines));
        QCOMPARE(plan.at(1).kind, ImportItem::Kind::New);
        QCOMPARE(ProfileImport::plan(store.profiles(), {same}).first().kind, ImportItem::Kind::Unchanged);
        // Planning wrote nothing.
        QCOMPARE(ProfileStore().profile(saved.name).pgHost, saved.pgHost);
    }

    // Ids are stable: a rename keeps the id (and so the keychain entries), the old name goes.
    void renameKeepsTheId()
    {
        ProfileStore store;
        ConnectionProfile p = sample();
        QVERIFY(store.save(p));
        p = store.profile(p.name);
        const QString id = p.id;
        QVERIFY(!id.isEmpty());
        p.name = QStringLiteral("renamed");
        QVERIFY(store.save(p));
        ProfileStore reread;
        QVERIFY(!reread.contains(sample().name));
        QCOMPARE(reread.profile(QStringLiteral("renamed")).id, id);
    }

    void exportedFileHasNoSecretFields()
    {
        const QByteArray data = ProfileFile::serialize({sample()});
        for (const char* word : {"password", "token", "secret"})
            QVERIFY2(!data.toLower().contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
