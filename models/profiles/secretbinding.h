#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Ops {

/// A secret is kept in the keychain together with the endpoint it was entered for, and goes nowhere else:
/// - PostgreSQL password: host, port, database and user;
/// - Redis password: host and port;
/// - API and Prometheus tokens: the origin (scheme, host, port) of their URL.
/// A profile whose endpoint differs (edited, imported, or a --profile-file named like a saved profile but
/// pointing elsewhere) does not receive it until the operator enters it again or confirms it for the new
/// endpoint (rebinding).
class SecretBinding
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SecretBinding)

public:
    /// The endpoint `profile` would send `secret` to.
    static QJsonObject endpoint(const ConnectionProfile& profile, ConnectionProfile::Secret secret);
    /// "fragrance_user@db:5432/fragrance_ai", "redis db:6379", "https://api.example.com:443".
    static QString describe(const QJsonObject& endpoint);
    /// The secret's name in words ("PostgreSQL password", …), translated.
    static QString secretName(ConnectionProfile::Secret secret);

    /// What goes into the keychain: the secret with its endpoint (JSON).
    static QString encode(const QString& secret, const QJsonObject& endpoint);
    struct Stored
    {
        QString secret;
        QJsonObject endpoint; ///< empty for a value stored before bindings existed
        bool bound = false;   ///< false: a legacy value (a bare secret)
    };
    static Stored decode(const QString& value);

    /// Why `stored` may not go to `profile` (translated), or empty when its endpoint matches.
    static QString mismatch(const Stored& stored, const ConnectionProfile& profile, ConnectionProfile::Secret secret);
};

} // namespace Ops
