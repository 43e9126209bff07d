#include "models/session/profilesecrets.h"

#include "models/net/httpclient.h"
#include "models/profiles/connectionprofile.h"
#include "models/profiles/secretstore.h"

#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ops {

void readProfileSecrets(SecretStore& store, const ConnectionProfile& profile, QObject* context,
                        std::function<void(const ProfileSecrets&)> done)
{
    struct Pending
    {
        ProfileSecrets secrets;
        int left = 4;
        std::function<void(const ProfileSecrets&)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const auto read = [&](ConnectionProfile::Secret which, std::function<void(ProfileSecrets&, const QString&)> put) {
        SecretStore::whenDone(store.read(ConnectionProfile::secretKey(profile.name, which)), context,
                              [pending, put](const SecretResult& r) {
                                  if (r.ok())
                                      put(pending->secrets, r.value);
                                  else if (r.status != SecretResult::Status::NotFound &&
                                           pending->secrets.keychainProblem.isEmpty())
                                      pending->secrets.keychainProblem = r.reason;
                                  if (--pending->left == 0)
                                      pending->done(pending->secrets);
                              });
    };
    read(ConnectionProfile::Secret::PostgresPassword, [](ProfileSecrets& s, const QString& v) { s.postgresPassword = v; });
    read(ConnectionProfile::Secret::RedisPassword, [](ProfileSecrets& s, const QString& v) { s.redisPassword = v; });
    read(ConnectionProfile::Secret::ApiToken, [](ProfileSecrets& s, const QString& v) { s.apiToken = v.toUtf8(); });
    read(ConnectionProfile::Secret::PrometheusToken,
         [](ProfileSecrets& s, const QString& v) { s.prometheusToken = v.toUtf8(); });
}

QString configureHttpClient(HttpClient& http, const ConnectionProfile& profile, const ProfileSecrets& secrets)
{
    http.setBaseUrl(HttpService::Api, QUrl(profile.apiBaseUrl.trimmed()));
    http.setBaseUrl(HttpService::Prometheus, QUrl(profile.prometheusUrl.trimmed()));
    http.setBaseUrl(HttpService::Alertmanager, QUrl(profile.alertmanagerUrl.trimmed()));
    http.setBaseUrl(HttpService::Grafana, QUrl(profile.grafanaUrl.trimmed()));
    http.setBearerToken(HttpService::Api, secrets.apiToken);
    http.setBearerToken(HttpService::Prometheus, secrets.prometheusToken);
    QString problem;
    http.setTls(profile.caCertificateFile, profile.clientCertificateFile, profile.clientKeyFile, &problem);
    return problem;
}

} // namespace Ops
