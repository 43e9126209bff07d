#include "models/net/apirequest.h"

#include "models/core/formatting.h"
#include "models/core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace Ops {

#if QT_CONFIG(ssl)
std::optional<QSslConfiguration> sslConfigurationWithCa(const QString& caFile, QString* error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return config;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        if (error)
            *error = QCoreApplication::translate("Ops::ApiRequest", "cannot read the CA certificate file %1").arg(caFile);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Ops::ApiRequest", "no PEM certificate in %1").arg(caFile);
        return std::nullopt;
    }
    config.addCaCertificates(certificates);
    return config;
}
#endif

ApiRequest::ApiRequest(const QUrl& url, const HttpOptions& options, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_options(options)
{
    qRegisterMetaType<Ops::HttpOutcome>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(HttpOutcome::Failure::Timeout); });
}

ApiRequest::~ApiRequest()
{
    // Destroyed with its owner while running: the transfer must not outlive it.
    if (m_reply && !m_done) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiRequest* ApiRequest::get(QNetworkAccessManager* manager, const QUrl& url, const HttpOptions& options,
                            QObject* parent)
{
    return send(manager, QByteArrayLiteral("GET"), url, QByteArray(), QByteArray(), options, parent);
}

ApiRequest* ApiRequest::send(QNetworkAccessManager* manager, const QByteArray& verb, const QUrl& url,
                             const QByteArray& body, const QByteArray& contentType, const HttpOptions& options,
                             QObject* parent)
{
    auto* request = new ApiRequest(url, options, parent);
    request->start(manager, verb, body, contentType);
    return request;
}

void ApiRequest::start(QNetworkAccessManager* manager, const QByteArray& verb, const QByteArray& body,
                       const QByteArray& contentType)
{
    QNetworkRequest request(m_url);
    // Qt's own timer only measures inactivity; m_deadline bounds the whole request (slow drips too).
    request.setTransferTimeout(m_options.deadlineMs);
    // A credential must not follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         m_options.sameOriginRedirectsOnly ? QNetworkRequest::SameOriginRedirectPolicy
                                                           : QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& header : m_options.headers)
        request.setRawHeader(header.first, header.second);
#if QT_CONFIG(ssl)
    if (m_options.ssl)
        request.setSslConfiguration(*m_options.ssl);
#endif
    m_clock.start();
    m_deadline.start(m_options.deadlineMs);
    m_reply = verb == "GET" ? manager->get(request) : manager->sendCustomRequest(request, verb, body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
#if QT_CONFIG(ssl)
    // Recorded for the reason only: never ignored, the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_sslErrors.append(e.errorString());
    });
#endif
}

void ApiRequest::cancel()
{
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void ApiRequest::abortWith(HttpOutcome::Failure failure)
{
    if (m_done || !m_reply)
        return;
    m_abortReason = failure;
    m_reply->abort(); // finished() follows synchronously or soon; onFinished classifies it
}

void ApiRequest::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes)
        abortWith(HttpOutcome::Failure::TooLarge);
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_abortReason)
        return;
    const qint64 room = m_options.maxBytes - m_body.size();
    if (m_reply->bytesAvailable() > room) {
        abortWith(HttpOutcome::Failure::TooLarge);
        return;
    }
    m_body += m_reply->readAll();
}

void ApiRequest::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_deadline.stop();
    if (!m_abortReason)
        onReadyRead();

    HttpOutcome out;
    out.latencyMs = m_clock.elapsed();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = m_reply->error();

    auto failWith = [&](HttpOutcome::Failure failure, const QString& reason) {
        out.failure = failure;
        out.reason = reason;
        out.httpStatus = 0;
        out.body.clear();
    };

    if (m_abortReason == HttpOutcome::Failure::Timeout || error == QNetworkReply::TimeoutError ||
        (error == QNetworkReply::OperationCanceledError && !m_abortReason)) {
        // Without our own abort, OperationCanceledError is Qt's transfer timeout.
        failWith(HttpOutcome::Failure::Timeout,
                 QCoreApplication::translate("Ops::ApiRequest", "no answer within %1", "net: apirequest: error or status fragment, shown after “…: ” in a longer message").arg(Format::duration(m_options.deadlineMs)));
    } else if (m_abortReason == HttpOutcome::Failure::TooLarge) {
        failWith(HttpOutcome::Failure::TooLarge,
                 QCoreApplication::translate("Ops::ApiRequest", "answer larger than %1, cut off").arg(Format::bytes(m_options.maxBytes)));
    } else if (error == QNetworkReply::NoError || status.isValid()) {
        // An HTTP answer, possibly 4xx/5xx: the caller reads its status and body.
        out.httpStatus = status.toInt();
        out.body = std::move(m_body);
        out.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
    } else {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            failWith(HttpOutcome::Failure::Refused, QCoreApplication::translate("Ops::ApiRequest", "connection refused", "net: apirequest: error or status fragment, shown after “…: ” in a longer message"));
            break;
        case QNetworkReply::HostNotFoundError:
            failWith(HttpOutcome::Failure::HostNotFound, QCoreApplication::translate("Ops::ApiRequest", "host %1 not found", "net: apirequest: error or status fragment, shown after “…: ” in a longer message").arg(m_url.host()));
            break;
        case QNetworkReply::RemoteHostClosedError:
            failWith(HttpOutcome::Failure::Closed, QCoreApplication::translate("Ops::ApiRequest", "connection closed by the server without an answer"));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            failWith(HttpOutcome::Failure::Tls,
                     QCoreApplication::translate("Ops::ApiRequest", "TLS handshake failed: %1", "net: apirequest")
                         .arg(m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors.join(QStringLiteral("; "))));
            break;
        default:
            failWith(HttpOutcome::Failure::Network, QCoreApplication::translate("Ops::ApiRequest", "network error: %1", "net: apirequest: error or status fragment, shown after “…: ” in a longer message").arg(m_reply->errorString()));
            break;
        }
    }
    qCDebug(lcApi) << m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "->"
                   << out.httpStatus << out.reason << out.latencyMs << "ms";
    m_reply->deleteLater();
    Q_EMIT finished(out);
    deleteLater();
}

} // namespace Ops
