// Two stacks on one machine (a developer's and CI's): a second stack, in its own state folder and
// on its own ports, starts next to the running one, answers on its own ports, and `stack.sh stop`
// takes all of it away: no daemon, containerd, docker-proxy, mount, bridge or firewall rule of it
// is left behind, and the first stack never notices.
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "tests/common/toolstest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ToolsTest;
using namespace StackTest;

namespace {

/// Lines of a /proc or command output that mention the text.
QStringList linesWith(const QByteArray& text, const QString& needle)
{
    QStringList out;
    for (const QByteArray& line : text.split('\n'))
        if (line.contains(needle.toUtf8()))
            out << QString::fromUtf8(line);
    return out;
}

QByteArray readProc(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStackIsolation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{u"/tmp/opsconsole-stack-second-XXXXXX"_s};
    QMap<QString, QString> m_env;

    RunResult second(const QStringList& args)
    {
        return ToolsTest::run(TestEnv::sourceDir() + u"/scripts/stack.sh"_s, args, {}, 240000, m_env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::require("OPSCONSOLE_DOCKER_HOST"));
        QVERIFY(m_dir.isValid());
        // Ports below the kernel's ephemeral range (32768-60999), where no connection's local end
        // can be sitting on them: nine free ones in a row, the admin endpoint right after the API's.
        int base = 0;
        for (int b = 21000; b < 32000 && base == 0; b += 100) {
            bool free = true;
            for (int i = 0; i < 9 && free; ++i) {
                QTcpServer probe;
                free = probe.listen(QHostAddress::LocalHost, quint16(b + i));
            }
            base = free ? b : 0;
        }
        QVERIFY2(base != 0, "no nine free ports in a row between 21000 and 32000");
        m_env = {{u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s},
                 {u"HOME"_s, QDir::homePath()},
                 {u"OPSCONSOLE_STATE_DIR"_s, m_dir.path()},
                 {u"OPSCONSOLE_BUILD_DIR"_s, TestEnv::require("OPSCONSOLE_BUILD_DIR")},
                 {u"OPSCONSOLE_SETTLE_SECONDS"_s, u"0"_s},
                 {u"OPSCONSOLE_PG_PORT"_s, QString::number(base)},
                 {u"OPSCONSOLE_REDIS_PORT"_s, QString::number(base + 1)},
                 {u"OPSCONSOLE_PROMETHEUS_PORT"_s, QString::number(base + 2)},
                 {u"OPSCONSOLE_NODE_EXPORTER_PORT"_s, QString::number(base + 3)},
                 {u"OPSCONSOLE_API_PORT"_s, QString::number(base + 4)}, // admin endpoint: base + 5
                 {u"OPSCONSOLE_PUBLIC_PORT"_s, QString::number(base + 6)},
                 {u"OPSCONSOLE_ALERTMANAGER_PORT"_s, QString::number(base + 7)},
                 {u"OPSCONSOLE_GRAFANA_PORT"_s, QString::number(base + 8)}};
    }

    void cleanupTestCase() { second({u"stop"_s}); }

    void secondStackRunsNextToTheFirst()
    {
        const RunResult start = second({u"start"_s});
        QVERIFY2(start.exitCode == 0, QByteArray(start.out + start.err).constData());
        QVERIFY(start.out.contains("healthy"));
        QVERIFY(start.out.contains("memory: containers"));
        const QString api = u"http://127.0.0.1:"_s + m_env.value(u"OPSCONSOLE_API_PORT"_s);
        QCOMPARE(http(api + u"/health"_s).status, 200);
        // Its own daemon, bridge and address pool.
        const QString pool1 = QString::fromUtf8(readProc(TestEnv::stateDir() + u"/docker-pool"_s)).trimmed();
        const QString pool2 = QString::fromUtf8(readProc(m_dir.path() + u"/docker-pool"_s)).trimmed();
        QVERIFY(!pool1.isEmpty() && !pool2.isEmpty());
        QVERIFY(pool1 != pool2);
        // A scenario on the second stack leaves the first one alone.
        QCOMPARE(second({u"scenario"_s, u"api-hang"_s}).exitCode, 0);
        QCOMPARE(http(TestEnv::apiUrl() + u"/health"_s).status, 200);
        QCOMPARE(ofService(containers(), u"app"_s).first().state, u"running"_s);
    }

    void stopLeavesNothingBehind()
    {
        const QString pool2 = QString::fromUtf8(readProc(m_dir.path() + u"/docker-pool"_s)).trimmed();
        // The second stack's bridge, as its project's .env names it (other stacks may run on this host).
        QString bridge2;
        for (const QString& line : linesWith(readProc(m_dir.path() + u"/project/.env"_s), u"OPSCONSOLE_BRIDGE="_s))
            bridge2 = line.section(u'=', 1).trimmed();
        QVERIFY(bridge2.startsWith(u"fai"_s));
        const RunResult stop = second({u"stop"_s});
        QVERIFY2(stop.exitCode == 0, QByteArray(stop.out + stop.err).constData());
        QVERIFY2(!stop.out.contains("left behind"), stop.out.constData());
        const QString dir = m_dir.path();
        QVERIFY2(linesWith(readProc(u"/proc/self/mounts"_s), dir).isEmpty(), "mounts of the second stack remain");
        const RunResult ps = ToolsTest::run(u"/usr/bin/ps"_s, {u"-eo"_s, u"pid,args"_s});
        QVERIFY2(linesWith(ps.out, dir + u"/docker"_s).isEmpty(),
                 qPrintable(linesWith(ps.out, dir + u"/docker"_s).join(u'\n')));
        const QString prefix = pool2.left(pool2.lastIndexOf(u'.') + 1);
        QVERIFY2(linesWith(ps.out, u"-container-ip "_s + prefix).isEmpty(), "docker-proxy of the second stack remains");
        const RunResult addr = ToolsTest::run(u"/usr/sbin/ip"_s, {u"-4"_s, u"-o"_s, u"addr"_s, u"show"_s});
        QVERIFY2(linesWith(addr.out, u" "_s + prefix).isEmpty(), addr.out.constData());
        // The second stack's FORWARD rule went with it (the first stack's, and other stacks', stay).
        const RunResult rules = ToolsTest::run(u"/usr/sbin/iptables"_s, {u"-S"_s, u"FORWARD"_s});
        QVERIFY2(linesWith(rules.out, u" "_s + bridge2 + u" "_s).isEmpty(), rules.out.constData());
        const RunResult links = ToolsTest::run(u"/usr/sbin/ip"_s, {u"-o"_s, u"link"_s, u"show"_s});
        QVERIFY2(linesWith(links.out, u" "_s + bridge2 + u":"_s).isEmpty(), links.out.constData());
        // The first stack is untouched.
        QCOMPARE(http(TestEnv::apiUrl() + u"/health"_s).status, 200);
        QCOMPARE(stackSh({u"status"_s}, 30000).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestStackIsolation)
#include "tst_stack_isolation.moc"
