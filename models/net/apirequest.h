#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ops {

/// What one bounded HTTP GET ended with. An HTTP error status is still a transfer (its body is
/// kept: Prometheus and the API explain themselves in it); `failure` says when none arrived.
struct HttpOutcome
{
    enum class Failure { None, Refused, Timeout, HostNotFound, Tls, TooLarge, Closed, Network };
    Failure failure = Failure::None;
    int httpStatus = 0;   ///< 0 when no HTTP answer arrived
    QByteArray body;      ///< at most the request's size cap
    QByteArray contentType;
    QString reason;       ///< translated ("connection refused", "no answer within 5 s"); empty on a transfer
    qint64 latencyMs = -1;

    bool transferred() const { return failure == Failure::None; }
};

/// Limits and trust for HTTP calls to one server (the API or Prometheus).
struct HttpOptions
{
    int deadlineMs = 5000;                  ///< whole request, connect to last byte
    qint64 maxBytes = 1024 * 1024;          ///< larger answers are cut off and fail
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Redirects only to the same scheme, host and port (set whenever a credential is attached).
    bool sameOriginRedirectsOnly = false;
#if QT_CONFIG(ssl)
    /// TLS with the system's CAs plus a profile's own CA; verification is never switched off.
    std::optional<QSslConfiguration> ssl;
#endif
};

#if QT_CONFIG(ssl)
/// The default TLS configuration plus the PEM certificates of `caFile`; nullopt with a translated
/// `error` when the file cannot be read or holds no certificate. An empty path gives the default.
std::optional<QSslConfiguration> sslConfigurationWithCa(const QString& caFile, QString* error);
#endif

/// One HTTP request (a GET unless said otherwise) with a hard client-side deadline and a response size cap. Emits finished() exactly
/// once (unless canceled) and deletes itself afterwards. Never blocks.
class ApiRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    /// Starts the GET at once. `parent` bounds the request's life (e.g. the source that asked).
    static ApiRequest* get(QNetworkAccessManager* manager, const QUrl& url, const HttpOptions& options,
                           QObject* parent = nullptr);
    /// Any verb ("POST", "DELETE", …) with a body; `contentType` empty: none.
    static ApiRequest* send(QNetworkAccessManager* manager, const QByteArray& verb, const QUrl& url,
                            const QByteArray& body, const QByteArray& contentType, const HttpOptions& options,
                            QObject* parent = nullptr);

    ~ApiRequest() override;

    /// Aborts the transfer; finished() is not emitted. Safe to call more than once.
    void cancel();

    QUrl url() const { return m_url; }

Q_SIGNALS:
    void finished(const Ops::HttpOutcome& outcome);

private:
    friend class HttpClient; // holds a request, unsent, until the profile's tokens are known
    ApiRequest(const QUrl& url, const HttpOptions& options, QObject* parent);
    void start(QNetworkAccessManager* manager, const QByteArray& verb, const QByteArray& body,
               const QByteArray& contentType);
    void onReadyRead();
    void onMetaDataChanged();
    void onFinished();
    void abortWith(HttpOutcome::Failure failure);

    QUrl m_url;
    HttpOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QStringList m_sslErrors;
    std::optional<HttpOutcome::Failure> m_abortReason;
    bool m_done = false;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::HttpOutcome)
