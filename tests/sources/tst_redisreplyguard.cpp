// Redis replies bounded (issue 15 item 7): RedisSource against a server that is not Redis as the console
// knows it — a hostile one on loopback that answers the first command with a bulk string of a billion
// bytes, an array of two billion elements, or a reply of too many small elements. hiredis 0.14 would
// buffer or allocate all of it; the console closes the connection after its limit and says why.
// (The real Redis cannot be made to send such replies to PING, INFO and LLEN: tst_redissource checks
// that the guard lets everything it does send through.)
#include "models/core/health.h"
#include "models/sources/redisreplyguard.h"
#include "models/sources/redissource.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Ops;

namespace {

/// Answers every connection's first bytes with `head`, then, when `endless`, with an endless stream of
/// 'x' (64 KiB at a time, written as the client reads), counting what it sent and whether the client
/// closed the connection on it.
class HostileServer : public QObject
{
public:
    HostileServer(QByteArray head, bool endless)
        : m_head(std::move(head))
        , m_endless(endless)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QPointer<QTcpSocket> guarded(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, guarded] {
                    if (!guarded)
                        return;
                    guarded->readAll();
                    if (m_answered)
                        return;
                    m_answered = true;
                    guarded->write(m_head);
                    m_sent += m_head.size();
                    feed(guarded);
                });
                QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this, guarded] { feed(guarded); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_closedByClient = true;
                    socket->deleteLater();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 sent() const { return m_sent; }
    bool closedByClient() const { return m_closedByClient; }

private:
    void feed(const QPointer<QTcpSocket>& socket)
    {
        static const QByteArray chunk(64 * 1024, 'x');
        if (!m_endless || !socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        // Keep a little queued; stop after 2 GB in case nothing ever closes (the test then fails).
        if (socket->bytesToWrite() < 4 * chunk.size() && m_sent < 2'000'000'000) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
    }

    QTcpServer m_server;
    QByteArray m_head;
    bool m_endless = false;
    bool m_answered = false;
    qint64 m_sent = 0;
    bool m_closedByClient = false;
};

} // namespace

class TestRedisReplyGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileReplyClosesTheConnection_data();
    void hostileReplyClosesTheConnection();
};

void TestRedisReplyGuard::hostileReplyClosesTheConnection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("endless");
    QTest::addColumn<QString>("words"); // what the reason must name

    const RedisReplyGuard::Limits limits;
    QTest::newRow("bulk string of a billion bytes") << QByteArray("$1000000000\r\n") << true << QStringLiteral("MiB");
    QTest::newRow("array of two billion elements") << QByteArray("*2000000000\r\n") << false
                                                   << QString::number(limits.maxElements);
    // Each element small, together more than the limit: counted across the nested arrays of one reply.
    QByteArray many = "*4\r\n";
    for (int i = 0; i < 4; ++i) {
        many += "*400\r\n";
        for (int k = 0; k < 400; ++k)
            many += ":1\r\n";
    }
    QTest::newRow("nested arrays of 1,600 integers") << many << false << QString::number(limits.maxElements);
    // A reply of many strings: over the byte limit before the element limit.
    QByteArray strings = "*600\r\n";
    const QByteArray value(4000, 'v');
    for (int i = 0; i < 600; ++i)
        strings += "$4000\r\n" + value + "\r\n";
    QTest::newRow("600 strings of 4,000 bytes") << strings << false << QStringLiteral("MiB");
}

void TestRedisReplyGuard::hostileReplyClosesTheConnection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, endless);
    QFETCH(QString, words);

    HostileServer server(head, endless);
    QVERIFY(server.listen());
    RedisSource source;
    source.setServer(QStringLiteral("127.0.0.1"), server.port());
    source.setQueues({QStringLiteral("celery")});
    source.setInterval(60000);
    source.setDeadline(60000); // the limit, not the deadline, must end the check
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QVERIFY(checked.wait(60000));
    const CheckResult result = source.lastResult();
    QCOMPARE(result.health, Health::Down);
    QVERIFY2(result.reason.contains(words) && result.reason.contains(QStringLiteral("the most the console reads")),
             qPrintable(result.reason));
    QVERIFY(!source.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(server.closedByClient(), 10000);
    qInfo("the server sent %lld bytes before the console closed the connection", server.sent());
    if (endless) {
        // Closed after about the limit (plus what the socket buffers held), not after the billion.
        QVERIFY2(server.sent() < 64 * 1024 * 1024, qPrintable(QString::number(server.sent())));
    }
    source.stop();
}

QTEST_GUILESS_MAIN(TestRedisReplyGuard)
#include "tst_redisreplyguard.moc"
