// The docker command double against the real local stack: Compose v2 output, scaling and
// deploys seen by the simulator, exec forwarded to the real PostgreSQL and Redis, Docker-like
// failures, and the call log.
#include "testenv.h"
#include "doubletest.h"
#include "toolstest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ToolsTest;
using namespace DoubleTest;

namespace {

const QStringList kCompose{u"compose"_s, u"-f"_s, u"docker-compose.production.yml"_s, u"-p"_s, u"fragrance-ai"_s};

QList<QJsonObject> psJson(const QStringList& extra = {})
{
    const RunResult r = docker(kCompose + QStringList{u"ps"_s, u"--format"_s, u"json"_s} + extra);
    QList<QJsonObject> rows;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            rows.append(QJsonDocument::fromJson(line).object());
    return rows;
}

int countService(const QList<QJsonObject>& rows, const QString& service)
{
    int n = 0;
    for (const QJsonObject& o : rows)
        n += o.value(u"Service"_s).toString() == service ? 1 : 0;
    return n;
}

} // namespace

class TestDockerDouble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::stateDir());
        QVERIFY2(QFile::exists(dockerPath()), "the double is not installed in $STATE/bin (the local stack runs the real engine now)");
    }

    void cleanup()
    {
        // Back to the compose file's replicas, version 0.2.0, scenario normal.
        docker(kCompose + QStringList{u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"0.2.0"_s}});
        setScenario(u"normal"_s);
    }

    void psJsonHasComposeV2Fields()
    {
        const QList<QJsonObject> rows = psJson();
        QCOMPARE(rows.size(), 10); // app 2, worker-llm 2, six others 1
        const QStringList fields{u"Name"_s,   u"Service"_s,   u"State"_s,     u"Health"_s,  u"Image"_s,
                                 u"Status"_s, u"Publishers"_s, u"Project"_s,  u"ID"_s,      u"Command"_s,
                                 u"CreatedAt"_s, u"ExitCode"_s, u"Labels"_s, u"Ports"_s,  u"RunningFor"_s};
        for (const QJsonObject& o : rows) {
            for (const QString& f : fields)
                QVERIFY2(o.contains(f), qPrintable(f));
            QCOMPARE(o.value(u"State"_s).toString(), u"running"_s);
            QCOMPARE(o.value(u"Project"_s).toString(), u"fragrance-ai"_s);
            QVERIFY(o.value(u"Publishers"_s).isArray());
            QVERIFY(o.value(u"Status"_s).toString().startsWith(u"Up "_s));
        }
        QCOMPARE(countService(rows, u"worker-llm"_s), 2);
        bool found = false;
        for (const QJsonObject& o : rows)
            found = found || o.value(u"Name"_s).toString() == u"fragrance-ai-worker-llm-2"_s;
        QVERIFY(found);
        const RunResult table = docker(kCompose + QStringList{u"ps"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("NAME"));
    }

    void scaleChangesPsAndSimulator()
    {
        const RunResult r = docker(kCompose + QStringList{u"up"_s, u"-d"_s, u"--scale"_s, u"worker-llm=4"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(countService(psJson(), u"worker-llm"_s), 4);
        QTRY_COMPARE_WITH_TIMEOUT(
            getJson(TestEnv::apiUrl() + u"/health"_s).value(u"services"_s).toObject().value(u"workers"_s).toObject().value(u"llm"_s).toInt(),
            4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(http(TestEnv::apiUrl() + u"/metrics"_s).body.contains("fragrance_workers{service=\"worker-llm\"} 4"), 5000);
    }

    void stopAndStartAService()
    {
        QCOMPARE(docker(kCompose + QStringList{u"stop"_s, u"worker-rl"_s}).exitCode, 0);
        QCOMPARE(countService(psJson(), u"worker-rl"_s), 0);
        const QList<QJsonObject> all = psJson({u"-a"_s});
        QCOMPARE(countService(all, u"worker-rl"_s), 1);
        for (const QJsonObject& o : all)
            if (o.value(u"Service"_s).toString() == u"worker-rl"_s)
                QCOMPARE(o.value(u"State"_s).toString(), u"exited"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            getJson(TestEnv::apiUrl() + u"/health"_s).value(u"services"_s).toObject().value(u"workers"_s).toObject().value(u"rl"_s).toInt(),
            0, 5000);
        QCOMPARE(docker(kCompose + QStringList{u"restart"_s, u"worker-rl"_s}).exitCode, 0);
        QCOMPARE(countService(psJson(), u"worker-rl"_s), 1);
    }

    void versionDeployChangesVersion()
    {
        const RunResult r = docker(kCompose + QStringList{u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"0.1.0"_s}});
        QCOMPARE(r.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.1.0"_s, 5000);
        for (const QJsonObject& o : psJson())
            if (o.value(u"Service"_s).toString() == u"app"_s)
                QCOMPARE(o.value(u"Image"_s).toString(), u"fragrance-ai/app:0.1.0"_s);
        // The runbook's "v0.1.0" style: the image keeps the tag, the API reports the version.
        QCOMPARE(docker(kCompose + QStringList{u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"v0.2.0"_s}}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.2.0"_s, 5000);
    }

    void downThenUpTakesTheApiAwayAndBack()
    {
        QCOMPARE(docker(kCompose + QStringList{u"down"_s}).exitCode, 0);
        QCOMPARE(psJson().size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(http(TestEnv::apiUrl() + u"/health"_s, {}, false, 1500).status == 0, 5000);
        QCOMPARE(docker(kCompose + QStringList{u"up"_s, u"-d"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(http(TestEnv::apiUrl() + u"/health"_s).status, 200, 5000);
    }

    void stackBackupsExist()
    {
        const QStringList files = QDir(TestEnv::stateDir() + u"/backups"_s)
                                      .entryList({u"backup_*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 2, qPrintable(files.join(u' ')));
        static const QRegularExpression re(u"^backup_\\d{8}_\\d{6}\\.sql$"_s);
        for (const QString& f : files) {
            QVERIFY2(re.match(f).hasMatch(), qPrintable(f));
            QFile file(TestEnv::stateDir() + u"/backups/"_s + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.contains("PostgreSQL database dump"));
            QVERIFY(text.contains("DROP TABLE IF EXISTS public.fragrances"));
        }
    }

    void restoreThroughExecPsqlRollsBackARow()
    {
        const QString select = u"SELECT rating FROM fragrances WHERE name = 'Jeju Dawn'"_s;
        const QString before = psql(u"fragrance_ai"_s, select);
        QVERIFY(!before.isEmpty());
        // A real backup taken through the double's forwarded pg_dump...
        const RunResult dump = docker(kCompose + QStringList{u"exec"_s, u"-T"_s, u"postgres"_s, u"pg_dump"_s, u"-U"_s,
                                                             u"fragrance_user"_s, u"-d"_s, u"fragrance_ai"_s, u"--clean"_s,
                                                             u"--if-exists"_s, u"-t"_s, u"public.*"_s});
        QCOMPARE(dump.exitCode, 0);
        QVERIFY(dump.out.contains("COPY public.fragrances"));
        // ...then the row changes...
        psql(u"fragrance_ai"_s, u"UPDATE fragrances SET rating = 1.11 WHERE name = 'Jeju Dawn'"_s);
        QCOMPARE(psql(u"fragrance_ai"_s, select), u"1.11"_s);
        // ...and the runbook's restore puts it back.
        const RunResult restore = docker(kCompose + QStringList{u"exec"_s, u"-T"_s, u"postgres"_s, u"psql"_s, u"-U"_s,
                                                                u"fragrance_user"_s, u"-d"_s, u"fragrance_ai"_s},
                                         {}, dump.out);
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(psql(u"fragrance_ai"_s, select), before);
    }

    void execForwardsToRealServers()
    {
        RunResult r = docker(kCompose + QStringList{u"exec"_s, u"redis"_s, u"redis-cli"_s, u"ping"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("PONG"));
        r = docker(kCompose + QStringList{u"exec"_s, u"postgres"_s, u"pg_isready"_s, u"-U"_s, u"fragrance_user"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("accepting connections"));
        r = docker(kCompose + QStringList{u"exec"_s, u"nginx"_s, u"nginx"_s, u"-s"_s, u"reload"_s});
        QCOMPARE(r.exitCode, 0);
        r = docker(kCompose + QStringList{u"exec"_s, u"worker-rl"_s, u"ls"_s, u"-lh"_s, u"/app/checkpoints/"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(".pt"));
        r = docker(kCompose + QStringList{u"config"_s, u"--services"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 8);
    }

    void maintenanceFlagInNginxReachesTheSimulatorAtReload()
    {
        const auto maintenance = [] { return getJson(adminUrl() + u"/admin/state"_s).value(u"maintenance"_s).toObject(); };
        const QStringList nginx = kCompose + QStringList{u"exec"_s, u"-T"_s, u"nginx"_s};
        const QString flag = u"/tmp/maintenance.flag"_s;
        QCOMPARE(docker(nginx + QStringList{u"rm"_s, u"-f"_s, flag}).exitCode, 0);
        QCOMPARE(docker(nginx + QStringList{u"nginx"_s, u"-s"_s, u"reload"_s}).exitCode, 0);
        QCOMPARE(docker(nginx + QStringList{u"test"_s, u"-e"_s, flag}).exitCode, 1);
        QCOMPARE(docker(nginx + QStringList{u"rm"_s, flag}).exitCode, 1); // like rm: no such file

        QCOMPARE(docker(nginx + QStringList{u"touch"_s, flag}).exitCode, 0);
        QCOMPARE(docker(nginx + QStringList{u"test"_s, u"-e"_s, flag}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(maintenance().value(u"flag"_s).toBool(), 5000);
        QCOMPARE(maintenance().value(u"serving"_s).toBool(), false); // NGINX reads it at the reload
        QCOMPARE(docker(nginx + QStringList{u"nginx"_s, u"-s"_s, u"reload"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(maintenance().value(u"serving"_s).toBool(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(maintenance().value(u"publicTrafficShare"_s).toDouble(), 0.0, 10000);

        QCOMPARE(docker(nginx + QStringList{u"touch"_s, u"/etc/nginx/x"_s}).exitCode, 1); // read-only
        QCOMPARE(docker(nginx + QStringList{u"rm"_s, u"-f"_s, flag}).exitCode, 0);
        QCOMPARE(docker(nginx + QStringList{u"nginx"_s, u"-s"_s, u"reload"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!maintenance().value(u"serving"_s).toBool(), 5000);
        QCOMPARE(maintenance().value(u"publicTrafficShare"_s).toDouble(), 1.0);
    }

    void logsTailAndFollow()
    {
        RunResult r = docker(kCompose + QStringList{u"logs"_s, u"--tail"_s, u"50"_s, u"--timestamps"_s, u"--no-color"_s, u"app"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 100); // two replicas
        QVERIFY(lines.first().startsWith("fragrance-ai-app-1"));
        QVERIFY(r.out.contains("INFO"));

        QProcess follow;
        QProcessEnvironment env;
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        env.insert(u"OPSCONSOLE_DOCKER_LOG_RATE"_s, u"5000"_s);
        follow.setProcessEnvironment(env);
        follow.start(dockerPath(), kCompose + QStringList{u"logs"_s, u"-f"_s, u"--tail"_s, u"0"_s});
        QVERIFY(follow.waitForStarted(5000));
        QByteArray streamed;
        QTRY_VERIFY_WITH_TIMEOUT((streamed += follow.readAllStandardOutput()).count('\n') > 2000, 5000);
        QCOMPARE(follow.state(), QProcess::Running);
        follow.kill();
        follow.waitForFinished(3000);
    }

    void unknownCommandsFailLikeDocker()
    {
        RunResult r = docker(kCompose + QStringList{u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown docker command"));
        r = docker(kCompose + QStringList{u"ps"_s, u"nosuch"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such service: nosuch"));
        r = docker(kCompose + QStringList{u"up"_s, u"-d"_s, u"--bogus"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown flag: --bogus"));
        r = docker({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        r = docker({u"compose"_s, u"-f"_s, u"/nonexistent/compose.yml"_s, u"ps"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such file or directory"));
    }

    void everyCallIsRecorded()
    {
        const QString path = TestEnv::stateDir() + u"/docker-calls.jsonl"_s;
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const qint64 start = before.size();
        before.close();
        const QString marker = u"marker-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        docker(kCompose + QStringList{u"ps"_s, marker}, {{u"VERSION"_s, u"9.9.9"_s}, {u"DOCKER_HOST"_s, u"unix:///x"_s}});
        docker(kCompose + QStringList{u"config"_s, u"--services"_s});
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        after.seek(start);
        const QList<QByteArray> lines = after.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QVERIFY(first.value(u"argv"_s).toArray().contains(marker));
        QCOMPARE(first.value(u"exitCode"_s).toInt(), 1);
        QCOMPARE(first.value(u"env"_s).toObject().value(u"VERSION"_s).toString(), u"9.9.9"_s);
        QCOMPARE(first.value(u"env"_s).toObject().value(u"DOCKER_HOST"_s).toString(), u"unix:///x"_s);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(u"exitCode"_s).toInt(), 0);
        QVERIFY(second.value(u"argv"_s).toArray().contains(u"--services"_s));
    }
};

QTEST_GUILESS_MAIN(TestDockerDouble)
#include "tst_dockerdouble.moc"
