#pragma once

#include "models/profiles/connectionprofile.h"
#include "models/profiles/secretstore.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ops {

class HttpClient;

/// The keychain's secrets of one profile, read together. A missing secret is no error (trust or peer
/// authentication, a server without a token); a keychain that cannot answer is, and says why. A secret
/// entered for another endpoint than the profile's is not delivered: `withheld` says which and why.
struct ProfileSecrets
{
    QString postgresPassword;
    QString redisPassword;
    QByteArray apiToken;
    QByteArray prometheusToken;
    QString keychainProblem; ///< translated, when the keychain itself failed; empty otherwise
    QStringList withheld;    ///< translated, one line per secret kept back (SecretBinding::mismatch)
};

/// Reads every secret of `profile` by its id (each keychain job has its own deadline) and calls `done`
/// once, on the GUI thread, unless `context` is gone by then. A profile without an id (a --profile-file
/// named like no saved profile) reads nothing. `saved` is the saved profile with the same id, if any:
/// a secret still kept under its name (before ids existed) is moved to the id, bound to the saved
/// profile's endpoint, and only then compared with `profile`'s; the name is looked at until one read of
/// the profile met no keychain problem, then never again. `tokensRead`, if given, is called
/// before that, as soon as the API's and Prometheus' tokens have answered (they are read first), with
/// the secrets read so far: HTTP requests need no database password.
void readProfileSecrets(SecretStore& store, const ConnectionProfile& profile, const ConnectionProfile* saved,
                        QObject* context, std::function<void(const ProfileSecrets&)> done,
                        std::function<void(const ProfileSecrets&)> tokensRead = {});

/// Stores `value` as `which` of `profile` (by its id), bound to the profile's endpoint for it.
QFuture<SecretResult> writeProfileSecret(SecretStore& store, const ConnectionProfile& profile,
                                         ConnectionProfile::Secret which, const QString& value);
/// Keeps `value` for this run only (the keychain failed), bound like writeProfileSecret().
void rememberProfileSecretForThisRun(SecretStore& store, const ConnectionProfile& profile,
                                     ConnectionProfile::Secret which, const QString& value);
/// Removes every secret of the profile: by id, and the legacy entries by name.
void removeProfileSecrets(SecretStore& store, const ConnectionProfile& profile);

/// A stored secret whose endpoint is not the profile's any more (the profile was edited).
struct SecretMismatch
{
    ConnectionProfile::Secret which = ConnectionProfile::Secret::PostgresPassword;
    QJsonObject stored; ///< the endpoint it was entered for
    QJsonObject wanted; ///< the profile's endpoint now
    QString value;
    QString describe() const; ///< translated: "PostgreSQL password: a@h:1/db → b@h:1/db"
};
/// Finds the secrets of `profile` bound to another endpoint; `done` gets them (possibly none).
void findSecretMismatches(SecretStore& store, const ConnectionProfile& profile, QObject* context,
                          std::function<void(const QList<SecretMismatch>&)> done);
/// The operator confirmed `mismatches` for `profile`'s endpoints: they are stored bound to them.
/// `done(ok, reason)` after the keychain answered.
void rebindProfileSecrets(SecretStore& store, const ConnectionProfile& profile, const QList<SecretMismatch>& mismatches,
                          QObject* context, std::function<void(bool, const QString&)> done);

/// Points `http` at the profile's servers: base URLs of the API, Prometheus, Alertmanager and Grafana,
/// the profile's TLS files and the tokens. Returns why the TLS files are unusable (translated), or empty.
QString configureHttpClient(HttpClient& http, const ConnectionProfile& profile, const ProfileSecrets& secrets);

} // namespace Ops
