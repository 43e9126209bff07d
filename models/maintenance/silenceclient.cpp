#include "models/maintenance/silenceclient.h"

#include "models/net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ops {

SilenceClient::SilenceClient(HttpClient* http, QObject* parent) : QObject(parent), m_http(http) {}

SilenceClient::~SilenceClient() = default;

QUrl SilenceClient::baseUrl() const
{
    return m_http ? m_http->baseUrl(HttpService::Alertmanager) : QUrl();
}

bool SilenceClient::isConfigured() const
{
    const QUrl base = baseUrl();
    return base.isValid() && !base.host().isEmpty();
}

QJsonObject SilenceClient::silenceRequest(const QStringList& services, const QDateTime& startsAt,
                                          const QDateTime& endsAt, const QString& createdBy,
                                          const QString& comment)
{
    // RE2 metacharacters only (service names are [A-Za-z0-9._-]): "worker-llm" stays readable.
    QStringList escaped;
    for (const QString& s : services) {
        QString e;
        for (const QChar c : s) {
            if (QStringLiteral("\\.+*?()|[]{}^$").contains(c))
                e += u'\\';
            e += c;
        }
        escaped.append(e);
    }
    const QJsonArray matchers{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("service")},
                    {QStringLiteral("value"), escaped.join(u'|')},
                    {QStringLiteral("isRegex"), true},
                    {QStringLiteral("isEqual"), true}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                    {QStringLiteral("value"), QStringLiteral("Watchdog")},
                    {QStringLiteral("isRegex"), false},
                    {QStringLiteral("isEqual"), false}},
    };
    return QJsonObject{{QStringLiteral("matchers"), matchers},
                       {QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("endsAt"), endsAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("createdBy"), createdBy},
                       {QStringLiteral("comment"), comment}};
}

void SilenceClient::watch(ApiRequest* request, const std::function<void(const HttpOutcome&)>& onOk)
{
    connect(request, &ApiRequest::finished, this, [this, onOk](const HttpOutcome& outcome) {
        if (outcome.failure == HttpOutcome::Failure::Timeout) {
            Q_EMIT failed(tr("Alertmanager did not answer within %1 s").arg(m_deadlineMs / 1000));
            return;
        }
        if (!outcome.transferred()) {
            Q_EMIT failed(tr("Alertmanager is unreachable: %1", "maintenance: silenceclient").arg(outcome.reason));
            return;
        }
        if (outcome.httpStatus < 200 || outcome.httpStatus >= 300) {
            const QString body = QString::fromUtf8(outcome.body.left(300)).trimmed();
            Q_EMIT failed(tr("Alertmanager refused: %1", "maintenance: silenceclient")
                              .arg(body.isEmpty() ? HttpClient::describeStatus(outcome.httpStatus, false) : body));
            return;
        }
        onOk(outcome);
    });
}

void SilenceClient::create(const QStringList& services, const QDateTime& startsAt, const QDateTime& endsAt,
                           const QString& createdBy, const QString& comment)
{
    if (!isConfigured() || services.isEmpty()) {
        Q_EMIT failed(tr("no Alertmanager URL or no services to silence"));
        return;
    }
    const QByteArray body = QJsonDocument(silenceRequest(services, startsAt, endsAt, createdBy, comment))
                                .toJson(QJsonDocument::Compact);
    watch(m_http->send(HttpService::Alertmanager, QByteArrayLiteral("POST"), QStringLiteral("/api/v2/silences"),
                       body, this, QByteArrayLiteral("application/json"), m_deadlineMs),
          [this](const HttpOutcome& outcome) {
              const QString id =
                  QJsonDocument::fromJson(outcome.body).object().value(QStringLiteral("silenceID")).toString();
              if (id.isEmpty())
                  Q_EMIT failed(tr("Alertmanager answered without a silence id"));
              else
                  Q_EMIT created(id);
          });
}

void SilenceClient::expire(const QString& silenceId)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!isConfigured() || !idPattern.match(silenceId).hasMatch()) {
        Q_EMIT failed(tr("no Alertmanager URL or no valid silence id"));
        return;
    }
    watch(m_http->send(HttpService::Alertmanager, QByteArrayLiteral("DELETE"),
                       QStringLiteral("/api/v2/silence/") + silenceId, QByteArray(), this, QByteArray(), m_deadlineMs),
          [this, silenceId](const HttpOutcome&) { Q_EMIT expired(silenceId); });
}

} // namespace Ops
