#include "models/session/profilesecrets.h"

#include "models/core/logging.h"
#include "models/core/settingvalue.h"
#include "models/net/httpclient.h"
#include "models/profiles/secretbinding.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>
#include <QUrl>

#include <memory>

namespace Ops {

namespace {

void put(ProfileSecrets& s, ConnectionProfile::Secret which, const QString& value)
{
    switch (which) {
    case ConnectionProfile::Secret::PostgresPassword: s.postgresPassword = value; break;
    case ConnectionProfile::Secret::RedisPassword: s.redisPassword = value; break;
    case ConnectionProfile::Secret::ApiToken: s.apiToken = value.toUtf8(); break;
    case ConnectionProfile::Secret::PrometheusToken: s.prometheusToken = value.toUtf8(); break;
    }
}

struct PendingRead
{
    ProfileSecrets secrets;
    int left = 0;
    int tokensLeft = 2;
    std::function<void(const ProfileSecrets&)> done;
    std::function<void(const ProfileSecrets&)> tokensDone;

    void finishOne(ConnectionProfile::Secret which)
    {
        const bool token = which == ConnectionProfile::Secret::PrometheusToken ||
                           which == ConnectionProfile::Secret::ApiToken;
        if (token && --tokensLeft == 0 && tokensDone)
            tokensDone(secrets);
        if (--left == 0)
            done(secrets);
    }
    void problem(const SecretResult& r)
    {
        if (r.status != SecretResult::Status::NotFound && secrets.keychainProblem.isEmpty())
            secrets.keychainProblem = r.reason;
    }
};

// Compares a stored value with where `profile` would send it, and delivers it or says why not.
void deliver(PendingRead& pending, const ConnectionProfile& profile, ConnectionProfile::Secret which,
             const SecretBinding::Stored& stored)
{
    const QString mismatch = SecretBinding::mismatch(stored, profile, which);
    if (mismatch.isEmpty()) {
        put(pending.secrets, which, stored.secret);
    } else {
        qCInfo(lcSecrets) << "withheld" << SecretBinding::secretName(which) << "of profile" << profile.name
                          << "(endpoint differs)";
        pending.secrets.withheld << mismatch;
    }
}

SettingValue<bool> nameKeysCheckedSetting(const QString& profileId)
{
    return {QStringLiteral("keychain/nameKeysChecked/") + profileId, false};
}

} // namespace

void readProfileSecrets(SecretStore& store, const ConnectionProfile& profile, const ConnectionProfile* saved,
                        QObject* context, std::function<void(const ProfileSecrets&)> done,
                        std::function<void(const ProfileSecrets&)> tokensRead)
{
    auto pending = std::make_shared<PendingRead>();
    pending->done = std::move(done);
    pending->tokensDone = std::move(tokensRead);
    if (profile.id.isEmpty()) {
        // Not a profile of this workstation: no keychain entry belongs to it.
        QMetaObject::invokeMethod(context ? context : qApp, [pending] { pending->done(pending->secrets); }, Qt::QueuedConnection);
        return;
    }
    const std::optional<ConnectionProfile> owner =
        saved && saved->id == profile.id ? std::optional<ConnectionProfile>(*saved) : std::nullopt;
    // Secrets kept under the profile's name (before ids existed) are looked for once per profile: a read
    // is several D-Bus round trips, and a profile without some secret would otherwise ask twice for it at
    // every start. Marked once every secret answered without a keychain problem.
    const SettingValue<bool> nameKeysChecked = nameKeysCheckedSetting(profile.id);
    const bool lookUnderName = owner && !nameKeysChecked.get();
    if (lookUnderName) {
        pending->done = [inner = std::move(pending->done), nameKeysChecked](const ProfileSecrets& secrets) {
            if (secrets.keychainProblem.isEmpty())
                nameKeysChecked.set(true);
            inner(secrets);
        };
    }
    // The keychain answers one job after another (QtKeychain queues them; each is several D-Bus round
    // trips): the HTTP tokens first, which the start page's requests wait for.
    const QList<ConnectionProfile::Secret> all = {
        ConnectionProfile::Secret::PrometheusToken, ConnectionProfile::Secret::ApiToken,
        ConnectionProfile::Secret::PostgresPassword, ConnectionProfile::Secret::RedisPassword};
    Q_ASSERT(all.size() == ConnectionProfile::allSecrets().size());
    pending->left = int(all.size());
    QPointer<SecretStore> storePtr(&store);
    for (ConnectionProfile::Secret which : all) {
        SecretStore::whenDone(
            store.read(ConnectionProfile::secretKey(profile.id, which)), context,
            [pending, profile, owner, which, storePtr, context, lookUnderName](const SecretResult& r) {
                if (r.ok()) {
                    deliver(*pending, profile, which, SecretBinding::decode(r.value));
                    pending->finishOne(which);
                    return;
                }
                pending->problem(r);
                if (r.status != SecretResult::Status::NotFound || !lookUnderName || !storePtr) {
                    pending->finishOne(which);
                    return;
                }
                // Kept under the saved profile's name before ids existed: move it to the id, bound to the
                // endpoint the saved profile has (the one it was entered for, as far as anyone knows).
                const QString legacyKey = ConnectionProfile::legacySecretKey(owner->name, which);
                SecretStore::whenDone(
                    storePtr->read(legacyKey), context,
                    [pending, profile, owner, which, storePtr, legacyKey](const SecretResult& legacy) {
                        if (!legacy.ok()) {
                            pending->problem(legacy);
                            pending->finishOne(which);
                            return;
                        }
                        SecretBinding::Stored stored;
                        stored.secret = legacy.value;
                        stored.endpoint = SecretBinding::endpoint(*owner, which);
                        stored.bound = true;
                        if (storePtr) {
                            const QString key = ConnectionProfile::secretKey(owner->id, which);
                            const QFuture<SecretResult> written =
                                storePtr->write(key, SecretBinding::encode(stored.secret, stored.endpoint));
                            SecretStore::whenDone(written, storePtr, [storePtr, legacyKey](const SecretResult& w) {
                                if (w.ok() && storePtr) {
                                    qCInfo(lcSecrets) << "moved a secret from its profile name to the profile id";
                                    storePtr->remove(legacyKey);
                                }
                            });
                        }
                        deliver(*pending, profile, which, stored);
                        pending->finishOne(which);
                    });
            });
    }
}

QFuture<SecretResult> writeProfileSecret(SecretStore& store, const ConnectionProfile& profile,
                                         ConnectionProfile::Secret which, const QString& value)
{
    return store.write(ConnectionProfile::secretKey(profile.id, which),
                       SecretBinding::encode(value, SecretBinding::endpoint(profile, which)));
}

void rememberProfileSecretForThisRun(SecretStore& store, const ConnectionProfile& profile,
                                     ConnectionProfile::Secret which, const QString& value)
{
    store.rememberForThisRun(ConnectionProfile::secretKey(profile.id, which),
                             SecretBinding::encode(value, SecretBinding::endpoint(profile, which)));
}

void removeProfileSecrets(SecretStore& store, const ConnectionProfile& profile)
{
    if (!profile.id.isEmpty())
        nameKeysCheckedSetting(profile.id).reset();
    for (ConnectionProfile::Secret which : ConnectionProfile::allSecrets()) {
        if (!profile.id.isEmpty())
            store.remove(ConnectionProfile::secretKey(profile.id, which));
        if (!profile.name.isEmpty())
            store.remove(ConnectionProfile::legacySecretKey(profile.name, which));
    }
}

QString SecretMismatch::describe() const
{
    return QCoreApplication::translate("Ops::SecretBinding", "%1: entered for %2, the profile now points at %3")
        .arg(SecretBinding::secretName(which), SecretBinding::describe(stored), SecretBinding::describe(wanted));
}

void findSecretMismatches(SecretStore& store, const ConnectionProfile& profile, QObject* context,
                          std::function<void(const QList<SecretMismatch>&)> done)
{
    struct Pending
    {
        QList<SecretMismatch> found;
        int left = 0;
        std::function<void(const QList<SecretMismatch>&)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const QList<ConnectionProfile::Secret> all = ConnectionProfile::allSecrets();
    if (profile.id.isEmpty()) {
        QMetaObject::invokeMethod(context ? context : qApp, [pending] { pending->done({}); }, Qt::QueuedConnection);
        return;
    }
    pending->left = int(all.size());
    for (ConnectionProfile::Secret which : all) {
        SecretStore::whenDone(store.read(ConnectionProfile::secretKey(profile.id, which)), context,
                              [pending, profile, which](const SecretResult& r) {
                                  if (r.ok()) {
                                      const SecretBinding::Stored stored = SecretBinding::decode(r.value);
                                      const QJsonObject wanted = SecretBinding::endpoint(profile, which);
                                      if (stored.bound && stored.endpoint != wanted)
                                          pending->found.append({which, stored.endpoint, wanted, stored.secret});
                                  }
                                  if (--pending->left == 0)
                                      pending->done(pending->found);
                              });
    }
}

void rebindProfileSecrets(SecretStore& store, const ConnectionProfile& profile, const QList<SecretMismatch>& mismatches,
                          QObject* context, std::function<void(bool, const QString&)> done)
{
    struct Pending
    {
        int left = 0;
        bool ok = true;
        QString reason;
        std::function<void(bool, const QString&)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->left = int(mismatches.size());
    if (mismatches.isEmpty()) {
        QMetaObject::invokeMethod(context ? context : qApp, [pending] { pending->done(true, QString()); }, Qt::QueuedConnection);
        return;
    }
    for (const SecretMismatch& m : mismatches) {
        SecretStore::whenDone(writeProfileSecret(store, profile, m.which, m.value), context, [pending](const SecretResult& r) {
            if (!r.ok()) {
                pending->ok = false;
                pending->reason = r.reason;
            }
            if (--pending->left == 0)
                pending->done(pending->ok, pending->reason);
        });
    }
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
