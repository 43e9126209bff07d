#pragma once

#include "models/net/apirequest.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

namespace Ops {

/// The servers of a profile that the console speaks HTTP with. Each has its own base URL and its own
/// token: a token is sent to its own server's origin only.
enum class HttpService
{
    Api,
    Prometheus,
    Alertmanager,
    Grafana,
};

/// The one HTTP client of a session: one QNetworkAccessManager, the profile's TLS trust (the system's
/// CAs plus the profile's own CA; a client certificate where the profile names one), the bearer token
/// of each service, URL joining, deadlines and response size caps — applied in one place, so that no
/// request of the console can forget one of them. TLS verification is never switched off.
///
/// A token goes only to the origin (scheme, host, port) of the service it was entered for, and
/// requests that carry one follow redirects only within that origin.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    /// TLS for every request: the profile's extra CA (PEM) and, optionally, a client certificate and
    /// its key (PEM). False with a translated `error` when a file is unusable; the old setting stays.
    bool setTls(const QString& caFile, const QString& clientCertificateFile = QString(),
                const QString& clientKeyFile = QString(), QString* error = nullptr);
    /// Why the TLS files of the profile could not be used (translated), or empty.
    QString tlsProblem() const { return m_tlsProblem; }

    void setBaseUrl(HttpService service, const QUrl& url);
    QUrl baseUrl(HttpService service) const;
    /// "Authorization: Bearer …" for `service`; empty for none.
    void setBearerToken(HttpService service, const QByteArray& token);
    bool hasBearerToken(HttpService service) const;

    /// Deadline and size cap of the requests to `service` unless a call gives its own.
    void setDefaultLimits(HttpService service, int deadlineMs, qint64 maxBytes);
    HttpOptions options(HttpService service) const;

    /// `path` ("/api/v1/query") appended to the service's base URL, which may carry a path prefix of
    /// its own (a Prometheus behind a proxy at https://host/prometheus/).
    QUrl url(HttpService service, const QString& path, const QUrlQuery& query = QUrlQuery()) const;
    static QUrl join(const QUrl& base, const QString& path, const QUrlQuery& query = QUrlQuery());

    /// A GET with the service's trust, token and limits (`deadlineMs`/`maxBytes` override them when > 0).
    ApiRequest* get(HttpService service, const QString& path, const QUrlQuery& query = QUrlQuery(),
                    QObject* parent = nullptr, int deadlineMs = 0, qint64 maxBytes = 0);
    /// POST, PUT or DELETE with a body (JSON unless `contentType` says otherwise).
    ApiRequest* send(HttpService service, const QByteArray& verb, const QString& path, const QByteArray& body,
                     QObject* parent = nullptr, const QByteArray& contentType = QByteArrayLiteral("application/json"),
                     int deadlineMs = 0);

    /// Until releaseHeld(), requests wait unsent for the profile's tokens, which the session reads from the
    /// keychain off this thread: a first request without its token would be refused (401) and shown as
    /// "no token set". Released by itself after `maxMs` (the keychain answers within its own deadline).
    void holdUntilCredentials(int maxMs = 8000);
    /// Sends what waited, each with the token its service has now.
    void releaseHeld();
    bool isHolding() const { return m_holding; }

    /// The manager itself, for code that must hand one to Qt (never to build requests around this class).
    QNetworkAccessManager* manager() const { return m_manager; }

    /// The operator's words for an HTTP status that is not a success (401, 403, 404, 5xx, …); `tokenSent`
    /// tells a missing token from a wrong one.
    static QString describeStatus(int httpStatus, bool tokenSent);

private:
    struct Service
    {
        QUrl base;
        QByteArray token;
        int deadlineMs = 5000;
        qint64 maxBytes = 1024 * 1024;
    };
    const Service& service(HttpService s) const;
    Service& service(HttpService s);
    bool sameOrigin(const QUrl& a, const QUrl& b) const;
    ApiRequest* start(HttpService s, const QByteArray& verb, const QUrl& target, const QByteArray& body,
                      const QByteArray& contentType, HttpOptions options, QObject* parent);
    /// The service's token onto `request` (to its own origin only), then out it goes.
    void dispatch(ApiRequest* request, HttpService s, const QByteArray& verb, const QByteArray& body,
                  const QByteArray& contentType);

    struct Held
    {
        QPointer<ApiRequest> request; ///< null once its owner cancelled or deleted it
        HttpService service;
        QByteArray verb;
        QByteArray body;
        QByteArray contentType;
    };
    QList<Held> m_held;
    bool m_holding = false;
    QTimer m_holdLimit;

    QNetworkAccessManager* m_manager;
    QHash<int, Service> m_services;
#if QT_CONFIG(ssl)
    /// Only with a CA or a client certificate: Qt's default otherwise (building one loads the TLS
    /// backend and OpenSSL, milliseconds at start for profiles that never use https).
    std::optional<QSslConfiguration> m_ssl;
#endif
    QString m_tlsProblem;
};

} // namespace Ops
