#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;

/// A real NGINX on loopback that speaks TLS with a certificate of a throw-away CA and asks for a bearer
/// token, in front of the stack's API (at /) and Prometheus (under the path prefix /prometheus/):
/// what an operator meets when the stack sits behind an authenticating proxy. The CA and the
/// certificate are made with openssl for each run; everything lives in a temporary folder and the
/// server stops with this object.
class TlsTokenProxy
{
public:
    TlsTokenProxy(const QString& token, const QUrl& apiUpstream, const QUrl& prometheusUpstream);
    ~TlsTokenProxy();
    TlsTokenProxy(const TlsTokenProxy&) = delete;
    TlsTokenProxy& operator=(const TlsTokenProxy&) = delete;

    /// Makes the certificates, starts NGINX and waits until it answers; false with words in `error`.
    bool start(QString* error);
    QUrl apiUrl() const;
    QUrl prometheusUrl() const;
    /// The PEM of the CA that signed the server's certificate (the profile's caCertificateFile).
    QString caFile() const;

private:
    QString m_token;
    QUrl m_api;
    QUrl m_prometheus;
    QTemporaryDir m_dir;
    int m_apiPort = 0;
    int m_prometheusPort = 0;
    QProcess* m_nginx = nullptr;
};
