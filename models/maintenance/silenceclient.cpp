#include "models/maintenance/silenceclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace Ops {

SilenceClient::SilenceClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

SilenceClient::~SilenceClient() = default;

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

void SilenceClient::watch(QNetworkReply* reply, const std::function<void(QNetworkReply*)>& onOk)
{
    reply->setParent(this);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] { reply->abort(); });
    deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, deadline, onOk] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!deadline->isActive()) {
            Q_EMIT failed(tr("Alertmanager did not answer within %1 s").arg(m_deadlineMs / 1000));
            return;
        }
        deadline->stop();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            const QString body = QString::fromUtf8(reply->readAll().left(300)).trimmed();
            Q_EMIT failed(tr("Alertmanager refused: %1").arg(body.isEmpty() ? reply->errorString() : body));
            return;
        }
        onOk(reply);
    });
}

void SilenceClient::create(const QStringList& services, const QDateTime& startsAt, const QDateTime& endsAt,
                           const QString& createdBy, const QString& comment)
{
    if (!m_base.isValid() || services.isEmpty()) {
        Q_EMIT failed(tr("no Alertmanager URL or no services to silence"));
        return;
    }
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v2/silences"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(silenceRequest(services, startsAt, endsAt, createdBy, comment))
                                .toJson(QJsonDocument::Compact);
    watch(m_network->post(request, body), [this](QNetworkReply* reply) {
        const QString id =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("silenceID")).toString();
        if (id.isEmpty())
            Q_EMIT failed(tr("Alertmanager answered without a silence id"));
        else
            Q_EMIT created(id);
    });
}

void SilenceClient::expire(const QString& silenceId)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!m_base.isValid() || !idPattern.match(silenceId).hasMatch()) {
        Q_EMIT failed(tr("no Alertmanager URL or no valid silence id"));
        return;
    }
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v2/silence/") +
                silenceId);
    watch(m_network->deleteResource(QNetworkRequest(url)),
          [this, silenceId](QNetworkReply*) { Q_EMIT expired(silenceId); });
}

} // namespace Ops
