#include "models/net/httpclient.h"

#include <QTimer>

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace Ops {

namespace {

#if QT_CONFIG(ssl)
/// A PEM file of at most 1 MiB, read whole; empty with `error` set when it cannot be read.
QByteArray readPem(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        *error = QCoreApplication::translate("Ops::HttpClient", "cannot read %1", "net: httpclient: error or status fragment, shown after “…: ” in a longer message").arg(path);
        return {};
    }
    return file.readAll();
}
#endif

} // namespace

HttpClient::HttpClient(QObject* parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    // Every request also has its own deadline (ApiRequest); this bounds anything else Qt starts.
    m_manager->setTransferTimeout(30000);
    // Prometheus answers query_range with large bodies; the API's are small.
    service(HttpService::Prometheus) = Service{QUrl(), QByteArray(), 10000, 16 * 1024 * 1024};
    m_holdLimit.setSingleShot(true);
    connect(&m_holdLimit, &QTimer::timeout, this, &HttpClient::releaseHeld);
}

HttpClient::~HttpClient() = default;

const HttpClient::Service& HttpClient::service(HttpService s) const
{
    static const Service none;
    const auto it = m_services.constFind(int(s));
    return it == m_services.cend() ? none : *it;
}

HttpClient::Service& HttpClient::service(HttpService s)
{
    return m_services[int(s)];
}

bool HttpClient::setTls(const QString& caFile, const QString& clientCertificateFile, const QString& clientKeyFile,
                        QString* error)
{
#if QT_CONFIG(ssl)
    if (caFile.trimmed().isEmpty() && clientCertificateFile.trimmed().isEmpty()) {
        m_tlsProblem.clear();
        m_ssl.reset(); // Qt's default trust, set up when an https request first needs it
        return true;
    }
    QString problem;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caFile.trimmed().isEmpty()) {
        const QByteArray pem = readPem(caFile.trimmed(), &problem);
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (problem.isEmpty() && cas.isEmpty())
            problem = QCoreApplication::translate("Ops::HttpClient", "no PEM certificate in %1").arg(caFile);
        config.addCaCertificates(cas);
    }
    if (problem.isEmpty() && !clientCertificateFile.trimmed().isEmpty()) {
        const QByteArray certPem = readPem(clientCertificateFile.trimmed(), &problem);
        const QByteArray keyPem = problem.isEmpty() ? readPem(clientKeyFile.trimmed(), &problem) : QByteArray();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyPem, QSsl::Ec, QSsl::Pem) : QSslKey();
        if (problem.isEmpty() && certs.isEmpty())
            problem = QCoreApplication::translate("Ops::HttpClient", "no PEM certificate in %1").arg(clientCertificateFile);
        else if (problem.isEmpty() && key.isNull() && ecKey.isNull())
            problem = QCoreApplication::translate("Ops::HttpClient", "no usable private key (PEM, RSA or EC, unencrypted) in %1").arg(clientKeyFile);
        if (problem.isEmpty()) {
            config.setLocalCertificate(certs.first());
            config.setPrivateKey(key.isNull() ? ecKey : key);
        }
    }
    if (!problem.isEmpty()) {
        m_tlsProblem = problem;
        if (error)
            *error = problem;
        return false;
    }
    m_tlsProblem.clear();
    m_ssl = config;
    return true;
#else
    Q_UNUSED(clientKeyFile)
    const bool none = caFile.isEmpty() && clientCertificateFile.isEmpty();
    if (!none && error)
        *error = QCoreApplication::translate("Ops::HttpClient", "this build has no TLS support");
    return none;
#endif
}

void HttpClient::setBaseUrl(HttpService s, const QUrl& url)
{
    service(s).base = url;
}

QUrl HttpClient::baseUrl(HttpService s) const
{
    return service(s).base;
}

void HttpClient::setBearerToken(HttpService s, const QByteArray& token)
{
    service(s).token = token.trimmed();
}

bool HttpClient::hasBearerToken(HttpService s) const
{
    return !service(s).token.isEmpty();
}

void HttpClient::setDefaultLimits(HttpService s, int deadlineMs, qint64 maxBytes)
{
    Service& svc = service(s);
    if (deadlineMs > 0)
        svc.deadlineMs = deadlineMs;
    if (maxBytes > 0)
        svc.maxBytes = maxBytes;
}

bool HttpClient::sameOrigin(const QUrl& a, const QUrl& b) const
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

HttpOptions HttpClient::options(HttpService s) const
{
    const Service& svc = service(s);
    HttpOptions o;
    o.deadlineMs = svc.deadlineMs;
    o.maxBytes = svc.maxBytes;
#if QT_CONFIG(ssl)
    o.ssl = m_ssl;
#endif
    return o;
}

QUrl HttpClient::join(const QUrl& base, const QString& path, const QUrlQuery& query)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

QUrl HttpClient::url(HttpService s, const QString& path, const QUrlQuery& query) const
{
    return join(service(s).base, path, query);
}

ApiRequest* HttpClient::get(HttpService s, const QString& path, const QUrlQuery& query, QObject* parent,
                            int deadlineMs, qint64 maxBytes)
{
    HttpOptions o = options(s);
    if (deadlineMs > 0)
        o.deadlineMs = deadlineMs;
    if (maxBytes > 0)
        o.maxBytes = maxBytes;
    return start(s, QByteArrayLiteral("GET"), url(s, path, query), QByteArray(), QByteArray(), o, parent);
}

ApiRequest* HttpClient::send(HttpService s, const QByteArray& verb, const QString& path, const QByteArray& body,
                             QObject* parent, const QByteArray& contentType, int deadlineMs)
{
    HttpOptions o = options(s);
    if (deadlineMs > 0)
        o.deadlineMs = deadlineMs;
    return start(s, verb, url(s, path), body, contentType, o, parent);
}

ApiRequest* HttpClient::start(HttpService s, const QByteArray& verb, const QUrl& target, const QByteArray& body,
                              const QByteArray& contentType, HttpOptions o, QObject* parent)
{
    auto* request = new ApiRequest(target, o, parent);
    if (m_holding)
        m_held.append(Held{request, s, verb, body, contentType});
    else
        dispatch(request, s, verb, body, contentType);
    return request;
}

void HttpClient::dispatch(ApiRequest* request, HttpService s, const QByteArray& verb, const QByteArray& body,
                          const QByteArray& contentType)
{
    const Service& svc = service(s);
    // The token belongs to the server it was entered for: never to another origin.
    if (!svc.token.isEmpty() && sameOrigin(request->m_url, svc.base)) {
        request->m_options.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + svc.token});
        request->m_options.sameOriginRedirectsOnly = true;
    }
    request->start(m_manager, verb, body, contentType);
}

void HttpClient::holdUntilCredentials(int maxMs)
{
    m_holding = true;
    m_holdLimit.start(std::max(0, maxMs));
}

void HttpClient::releaseHeld()
{
    m_holdLimit.stop();
    m_holding = false;
    for (const Held& h : std::exchange(m_held, {}))
        if (h.request && !h.request->m_done)
            dispatch(h.request, h.service, h.verb, h.body, h.contentType);
}

QString HttpClient::describeStatus(int httpStatus, bool tokenSent)
{
    switch (httpStatus) {
    case 401:
        return tokenSent ? QCoreApplication::translate("Ops::HttpClient", "the server refused the token (401 Unauthorized): the token is wrong or expired")
                         : QCoreApplication::translate("Ops::HttpClient", "the server wants a token (401 Unauthorized): none is set for this profile");
    case 403:
        return tokenSent ? QCoreApplication::translate("Ops::HttpClient", "the token is not allowed to do this (403 Forbidden)")
                         : QCoreApplication::translate("Ops::HttpClient", "access forbidden (403): a token may be needed");
    case 404:
        return QCoreApplication::translate("Ops::HttpClient", "not found (404): check the URL and its path prefix");
    case 429:
        return QCoreApplication::translate("Ops::HttpClient", "too many requests (429): the server is throttling");
    default:
        break;
    }
    if (httpStatus >= 500)
        return QCoreApplication::translate("Ops::HttpClient", "server error (HTTP %1)").arg(httpStatus);
    return QCoreApplication::translate("Ops::HttpClient", "unexpected answer (HTTP %1)").arg(httpStatus);
}

} // namespace Ops
