// Connection profiles: JSON round trip, validation, the typed settings store, the profile
// file (no secrets in it), and proof that no secret ever reaches the settings file.
#include "models/core/appsettings.h"
#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/profilevalidator.h"
#include "models/profiles/secretstore.h"

#include <QFile>
#include <QJsonDocument>
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
        QCOMPARE(other.profile(QStringLiteral("staging")), sample());
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

    void exportedFileHasNoSecretFields()
    {
        const QByteArray data = ProfileFile::serialize({sample()});
        for (const char* word : {"password", "token", "secret"})
            QVERIFY2(!data.toLower().contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
