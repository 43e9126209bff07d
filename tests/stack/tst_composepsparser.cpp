// Unit tests of Ops::ComposePsParser with fixtures of every shape `docker compose ps` has printed.
#include "models/stack/composepsparser.h"
#include "models/stack/kubectldeploymentsparser.h"

#include <QFile>
#include <QTest>

using namespace Ops;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(OPSCONSOLE_DB_FIXTURES "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

class TestComposePsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLinesOfComposeV2_21();
    void jsonArrayOfOlderComposeV2();
    void tableOfComposeV1();
    void emptyOutputIsAnEmptyList();
    void malformedOutputIsAnError_data();
    void malformedOutputIsAnError();
    void imageTags_data();
    void imageTags();
    void oversizedOutputIsRefusedUnread();
    void deeplyNestedJsonIsAnError();
};

void TestComposePsParser::jsonLinesOfComposeV2_21()
{
    const QByteArray output = fixture("compose-v2-jsonlines.txt");
    QVERIFY(!output.isEmpty());
    const auto result = ComposePsParser::parse(output, QStringLiteral("fragrance"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ComposePsParser::Format::JsonLines);
    QCOMPARE(result.containers.size(), 5);
    const ContainerInfo& first = result.containers.at(0);
    QCOMPARE(first.name, QStringLiteral("fragrance-app-1"));
    QCOMPARE(first.service, QStringLiteral("app"));
    QCOMPARE(first.state, QStringLiteral("running"));
    QCOMPARE(first.health, QStringLiteral("healthy"));
    QCOMPARE(first.image, QStringLiteral("fragrance-ai/app:0.2.0"));
    QCOMPARE(first.imageTag, QStringLiteral("0.2.0"));
    QCOMPARE(first.status, QStringLiteral("Up 3 hours (healthy)"));
    const ContainerInfo& exited = result.containers.at(4);
    QCOMPARE(exited.state, QStringLiteral("exited"));
    QCOMPARE(exited.exitCode, 137);

    const QVector<ServiceReplicas> services = ComposePsParser::summarize(result.containers);
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(0).service, QStringLiteral("app"));
    QCOMPARE(services.at(0).running, 2);
    QCOMPARE(services.at(0).total, 2);
    QCOMPARE(services.at(0).health, QStringLiteral("unhealthy")); // worst of healthy + unhealthy
    QCOMPARE(services.at(0).imageTag, QStringLiteral("0.2.0"));
    QCOMPARE(services.at(1).service, QStringLiteral("nginx"));
    QCOMPARE(services.at(1).imageTag, QStringLiteral("1.25-alpine"));
    QCOMPARE(services.at(1).health, QString());
    QCOMPARE(services.at(2).service, QStringLiteral("worker-llm"));
    QCOMPARE(services.at(2).running, 1);
    QCOMPARE(services.at(2).total, 2);
    QVERIFY(!services.at(2).allRunning());
    QCOMPARE(services.at(2).states.value(QStringLiteral("exited")), 1);
    QCOMPARE(services.at(2).states.value(QStringLiteral("running")), 1);
}

void TestComposePsParser::jsonArrayOfOlderComposeV2()
{
    const auto result = ComposePsParser::parse(fixture("compose-v2-array.json"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ComposePsParser::Format::JsonArray);
    QCOMPARE(result.containers.size(), 4);
    QCOMPARE(result.containers.at(1).health, QStringLiteral("starting"));
    QCOMPARE(result.containers.at(3).exitCode, 1);
    QCOMPARE(result.containers.at(3).imageTag, QString()); // these versions did not print Image
    const auto services = ComposePsParser::summarize(result.containers);
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(0).service, QStringLiteral("app"));
    QCOMPARE(services.at(0).health, QStringLiteral("starting"));
    QCOMPARE(services.at(2).service, QStringLiteral("worker-rl"));
    QCOMPARE(services.at(2).running, 0);
}

void TestComposePsParser::tableOfComposeV1()
{
    const auto result = ComposePsParser::parse(fixture("compose-v1-table.txt"), QStringLiteral("fragrance"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ComposePsParser::Format::Table);
    QCOMPARE(result.containers.size(), 6);
    QCOMPARE(result.containers.at(0).name, QStringLiteral("fragrance_app_1"));
    QCOMPARE(result.containers.at(0).service, QStringLiteral("app"));
    QCOMPARE(result.containers.at(0).health, QStringLiteral("healthy"));
    QCOMPARE(result.containers.at(1).health, QStringLiteral("starting"));
    QCOMPARE(result.containers.at(2).state, QStringLiteral("running"));
    QCOMPARE(result.containers.at(3).service, QStringLiteral("worker-llm"));
    QCOMPARE(result.containers.at(4).state, QStringLiteral("exited"));
    QCOMPARE(result.containers.at(4).exitCode, 137);
    QCOMPARE(result.containers.at(5).state, QStringLiteral("restarting"));

    // Without the project name the service still comes out of project_service_N.
    const auto anonymous = ComposePsParser::parse(fixture("compose-v1-table.txt"));
    QVERIFY(anonymous.ok);
    QCOMPARE(anonymous.containers.at(3).service, QStringLiteral("worker-llm"));

    const auto services = ComposePsParser::summarize(result.containers);
    QCOMPARE(services.size(), 4);
    QCOMPARE(services.at(3).service, QStringLiteral("worker-llm"));
    QCOMPARE(services.at(3).running, 1);
}

void TestComposePsParser::emptyOutputIsAnEmptyList()
{
    for (const QByteArray& output : {QByteArray(), QByteArray("\n"), QByteArray("[]")}) {
        const auto result = ComposePsParser::parse(output);
        QVERIFY(result.ok);
        QVERIFY(result.containers.isEmpty());
    }
    const QByteArray headerOnly = "   Name   Command   State   Ports\n------------------------------\n";
    const auto table = ComposePsParser::parse(headerOnly);
    QVERIFY2(table.ok, qPrintable(table.error));
    QVERIFY(table.containers.isEmpty());
}

void TestComposePsParser::malformedOutputIsAnError_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("truncated array") << QByteArray(R"([{"Name":"a-web-1","Service":"web","State":"running"},{"Na)");
    QTest::newRow("array of strings") << QByteArray(R"(["a-web-1"])");
    QTest::newRow("object without name") << QByteArray(R"([{"Service":"web"}])");
    QTest::newRow("bad second line") << QByteArray("{\"Name\":\"a-web-1\",\"State\":\"running\"}\n{\"Name\": oops}\n");
    QTest::newRow("line is an array") << QByteArray("{\"Name\":\"a-web-1\"}\n[1,2]\n");
    QTest::newRow("daemon error text") << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock.");
    QTest::newRow("table without separator") << QByteArray("Name   Command   State   Ports\nfoo_web_1   run   Up\n");
    QTest::newRow("table row without state") << QByteArray(
        "Name   Command   State   Ports\n-------------------\nfoo_web_1   run   Sleeping   \n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
}

void TestComposePsParser::malformedOutputIsAnError()
{
    QFETCH(QByteArray, output);
    const auto result = ComposePsParser::parse(output);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.containers.isEmpty());
}

namespace {

/// A valid container list (compose v2's array) or deployments list of at least `bytes`.
QByteArray composeArrayOf(qsizetype bytes)
{
    QByteArray out = "[";
    for (int i = 0; out.size() < bytes; ++i)
        out += (i ? "," : "") + QByteArray(R"({"Name":"a-web-)") + QByteArray::number(i) +
               R"(","Service":"web","State":"running","Image":"fragrance-ai/app:0.2.0"})";
    return out + "]";
}

QByteArray deploymentsOf(qsizetype bytes)
{
    QByteArray out = R"({"items":[)";
    for (int i = 0; out.size() < bytes; ++i)
        out += (i ? "," : "") + QByteArray(R"({"metadata":{"name":"web-)") + QByteArray::number(i) +
               R"("},"spec":{"replicas":2},"status":{"readyReplicas":2}})";
    return out + "]}";
}

} // namespace

void TestComposePsParser::oversizedOutputIsRefusedUnread()
{
    // Just below the cap: read. Just above: refused for its size, with nothing read from it.
    const QByteArray below = composeArrayOf(ComposePsParser::kMaxOutputBytes - 200);
    QVERIFY(below.size() <= ComposePsParser::kMaxOutputBytes);
    const auto read = ComposePsParser::parse(below);
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(read.containers.size() > 1000);

    const QByteArray above = composeArrayOf(ComposePsParser::kMaxOutputBytes + 1);
    const auto refused = ComposePsParser::parse(above);
    QVERIFY(!refused.ok);
    QVERIFY(refused.containers.isEmpty());
    QVERIFY2(refused.error.contains(QStringLiteral("4.00 MiB")), qPrintable(refused.error));

    const QByteArray deploymentsBelow = deploymentsOf(KubectlDeploymentsParser::kMaxOutputBytes - 200);
    const auto services = KubectlDeploymentsParser::parse(deploymentsBelow);
    QVERIFY2(services.ok, qPrintable(services.error));
    QVERIFY(services.services.size() > 1000);
    const auto tooMany = KubectlDeploymentsParser::parse(deploymentsOf(KubectlDeploymentsParser::kMaxOutputBytes + 1));
    QVERIFY(!tooMany.ok);
    QVERIFY(tooMany.services.isEmpty());
    QVERIFY(!tooMany.error.isEmpty());
}

void TestComposePsParser::deeplyNestedJsonIsAnError()
{
    // Qt's JSON parser stops at 1024 levels with an error: no deep recursion, no crash, words.
    const QByteArray deepArray = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const auto compose = ComposePsParser::parse(deepArray);
    QVERIFY(!compose.ok);
    QVERIFY(!compose.error.isEmpty());
    const QByteArray deepLine = "{\"Name\":" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}\n";
    QVERIFY(!ComposePsParser::parse(deepLine).ok);
    const QByteArray deepDeployments = R"({"items":)" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}";
    const auto kubectl = KubectlDeploymentsParser::parse(deepDeployments);
    QVERIFY(!kubectl.ok);
    QVERIFY(!kubectl.error.isEmpty());
}

void TestComposePsParser::imageTags_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tag");
    QTest::newRow("tagged") << QStringLiteral("fragrance-ai/app:0.2.0") << QStringLiteral("0.2.0");
    QTest::newRow("untagged") << QStringLiteral("nginx") << QStringLiteral("latest");
    QTest::newRow("registry port") << QStringLiteral("registry:5000/app") << QStringLiteral("latest");
    QTest::newRow("registry port and tag") << QStringLiteral("registry:5000/app:1.4") << QStringLiteral("1.4");
    QTest::newRow("digest") << QStringLiteral("app@sha256:abc") << QStringLiteral("sha256:abc");
    QTest::newRow("none") << QString() << QString();
}

void TestComposePsParser::imageTags()
{
    QFETCH(QString, image);
    QFETCH(QString, tag);
    QCOMPARE(ComposePsParser::tagOf(image), tag);
}

QTEST_GUILESS_MAIN(TestComposePsParser)
#include "tst_composepsparser.moc"
