#include "models/profiles/secretbinding.h"

#include <QJsonDocument>
#include <QUrl>

namespace Ops {

namespace {

const QString kFormat = QStringLiteral("opsconsole-secret");

QString origin(const QString& address)
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port);
}

} // namespace

QJsonObject SecretBinding::endpoint(const ConnectionProfile& p, ConnectionProfile::Secret secret)
{
    switch (secret) {
    case ConnectionProfile::Secret::PostgresPassword:
        return {{QStringLiteral("kind"), QStringLiteral("postgres")},
                {QStringLiteral("host"), p.pgHost.trimmed().toLower()},
                {QStringLiteral("port"), p.pgPort},
                {QStringLiteral("database"), p.pgDatabase},
                {QStringLiteral("user"), p.pgUser}};
    case ConnectionProfile::Secret::RedisPassword:
        return {{QStringLiteral("kind"), QStringLiteral("redis")},
                {QStringLiteral("host"), p.redisHost.trimmed().toLower()},
                {QStringLiteral("port"), p.redisPort}};
    case ConnectionProfile::Secret::ApiToken:
        return {{QStringLiteral("kind"), QStringLiteral("http")}, {QStringLiteral("origin"), origin(p.apiBaseUrl)}};
    case ConnectionProfile::Secret::PrometheusToken:
        return {{QStringLiteral("kind"), QStringLiteral("http")}, {QStringLiteral("origin"), origin(p.prometheusUrl)}};
    }
    return {};
}

QString SecretBinding::describe(const QJsonObject& e)
{
    const QString kind = e.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("postgres"))
        return QStringLiteral("%1@%2:%3/%4")
            .arg(e.value(QLatin1String("user")).toString(), e.value(QLatin1String("host")).toString())
            .arg(e.value(QLatin1String("port")).toInt())
            .arg(e.value(QLatin1String("database")).toString());
    if (kind == QLatin1String("redis"))
        return QStringLiteral("redis %1:%2").arg(e.value(QLatin1String("host")).toString()).arg(e.value(QLatin1String("port")).toInt());
    return e.value(QLatin1String("origin")).toString();
}

QString SecretBinding::secretName(ConnectionProfile::Secret secret)
{
    switch (secret) {
    case ConnectionProfile::Secret::PostgresPassword: return tr("PostgreSQL password");
    case ConnectionProfile::Secret::RedisPassword: return tr("Redis password");
    case ConnectionProfile::Secret::ApiToken: return tr("API token");
    case ConnectionProfile::Secret::PrometheusToken: return tr("Prometheus token");
    }
    return QString();
}

QString SecretBinding::encode(const QString& secret, const QJsonObject& endpoint)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("secret"), secret},
                        {QStringLiteral("endpoint"), endpoint}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SecretBinding::Stored SecretBinding::decode(const QString& value)
{
    Stored s;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    const QJsonObject o = doc.object();
    if (doc.isObject() && o.value(QLatin1String("format")).toString() == kFormat &&
        o.value(QLatin1String("secret")).isString() && o.value(QLatin1String("endpoint")).isObject()) {
        s.secret = o.value(QLatin1String("secret")).toString();
        s.endpoint = o.value(QLatin1String("endpoint")).toObject();
        s.bound = true;
        return s;
    }
    s.secret = value;
    return s;
}

QString SecretBinding::mismatch(const Stored& stored, const ConnectionProfile& profile, ConnectionProfile::Secret secret)
{
    const QJsonObject wanted = endpoint(profile, secret);
    if (stored.bound && stored.endpoint == wanted)
        return QString();
    if (!stored.bound)
        return tr("the %1 is not bound to an endpoint: it was not sent").arg(secretName(secret));
    return tr("the %1 was entered for %2 and was not sent to %3: enter it again, or confirm it for the new "
              "address on the Settings page")
        .arg(secretName(secret), describe(stored.endpoint), describe(wanted));
}

} // namespace Ops
