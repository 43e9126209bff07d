#include "tests/common/fakehttpserver.h"

#include <QTimer>

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

bool FakeHttpServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

int FakeHttpServer::requestCount(const QString& path) const
{
    int n = 0;
    for (const QString& r : m_requests) {
        if (r == path || r.startsWith(path + QLatin1Char('?')))
            ++n;
    }
    return n;
}

void FakeHttpServer::dropConnections()
{
    for (const QPointer<QTcpSocket>& s : std::as_const(m_sockets)) {
        if (s)
            s->abort();
    }
    m_sockets.clear();
}

quint16 FakeHttpServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QString target = requestLine.size() > 1 ? QString::fromLatin1(requestLine.at(1)) : QString();
    m_requests.append(target);
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    const Response response = m_handler ? m_handler(target) : m_responses.value(path, m_default);
    if (response.hang)
        return;
    QPointer<QTcpSocket> guard(socket);
    auto answer = [guard, response] {
        if (!guard)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        if (response.sendLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        guard->write(head);
        guard->write(response.body);
        guard->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, answer);
    else
        answer();
}
