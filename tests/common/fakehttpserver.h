#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

/// A tiny HTTP/1.1 server on loopback for fault tests: answers per path with a status and body,
/// after a delay, or never (hang), and records which paths were asked for.
class FakeHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;
        bool hang = false;          ///< accept, read the request, never answer
        bool sendLength = true;     ///< false: no Content-Length, the body ends when the connection closes
    };

    explicit FakeHttpServer(QObject* parent = nullptr);

    bool listenLocal();
    QUrl url() const;
    /// Response for one path (without query); others get the default one.
    void setResponse(const QString& path, const Response& response) { m_responses.insert(path, response); }
    void setDefaultResponse(const Response& response) { m_default = response; }
    void clearResponses() { m_responses.clear(); }
    /// Decides from the whole target (path and query); takes precedence over per-path responses.
    void setHandler(std::function<Response(const QString& target)> handler) { m_handler = std::move(handler); }
    /// Paths (with query) received so far.
    QStringList requests() const { return m_requests; }
    int requestCount(const QString& path) const;
    /// Closes every connection held open (hanging ones too).
    void dropConnections();

    /// A loopback port where nothing listens (connections are refused).
    static quint16 closedPort();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QHash<QString, Response> m_responses;
    Response m_default;
    QStringList m_requests;
    std::function<Response(const QString&)> m_handler;
    QList<QPointer<QTcpSocket>> m_sockets;
};
