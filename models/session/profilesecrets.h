#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Ops {

class HttpClient;
class SecretStore;
struct ConnectionProfile;

/// The keychain's secrets of one profile, read together. A missing secret is no error (trust or peer
/// authentication, a server without a token); a keychain that cannot answer is, and says why.
struct ProfileSecrets
{
    QString postgresPassword;
    QString redisPassword;
    QByteArray apiToken;
    QByteArray prometheusToken;
    QString keychainProblem; ///< translated, when the keychain itself failed; empty otherwise
};

/// Reads every secret of `profile` (each keychain job has its own deadline) and calls `done` once, on the
/// GUI thread, unless `context` is gone by then.
void readProfileSecrets(SecretStore& store, const ConnectionProfile& profile, QObject* context,
                        std::function<void(const ProfileSecrets&)> done);

/// Points `http` at the profile's servers: base URLs of the API, Prometheus, Alertmanager and Grafana,
/// the profile's TLS files and the tokens. Returns why the TLS files are unusable (translated), or empty.
QString configureHttpClient(HttpClient& http, const ConnectionProfile& profile, const ProfileSecrets& secrets);

} // namespace Ops
