#include "models/net/alertmanagerapiparser.h"

#include "models/net/httpclient.h"
#include "models/net/prometheusapiparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ops {

namespace {

PromLabels stringMap(const QJsonValue& value)
{
    PromLabels out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    return out;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    return out;
}

QString alertmanagerBodyExcerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

} // namespace

AmAlert::State AlertmanagerApiParser::alertState(const QString& text)
{
    if (text == QLatin1String("suppressed"))
        return AmAlert::State::Suppressed;
    if (text == QLatin1String("unprocessed"))
        return AmAlert::State::Unprocessed;
    return AmAlert::State::Active;
}

AmAlertsResult AlertmanagerApiParser::alerts(const HttpOutcome& outcome)
{
    AmAlertsResult result;
    if (!outcome.transferred()) {
        result.error = outcome.reason;
        return result;
    }
    result.latencyMs = outcome.latencyMs;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(outcome.body, &parseError);
    if (outcome.httpStatus >= 400 || outcome.httpStatus < 200) {
        QString message;
        if (doc.isObject())
            message = doc.object().value(QLatin1String("message")).toString();
        else if (parseError.error == QJsonParseError::NoError && !doc.isNull())
            message = alertmanagerBodyExcerpt(outcome.body);
        result.error = message.isEmpty() ? HttpClient::describeStatus(outcome.httpStatus, false)
                                         : tr("HTTP %1: %2", "net: alertmanagerapiparser").arg(outcome.httpStatus).arg(message);
        return result;
    }
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not JSON: %1", "net: alertmanagerapiparser: error or status fragment, shown after “…: ” in a longer message")
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isArray()) {
        result.error = tr("not a list of alerts", "net: alertmanagerapiparser: error or status fragment, shown after “…: ” in a longer message");
        return result;
    }
    const QJsonArray items = doc.array();
    for (const QJsonValue& item : items) {
        if (result.alerts.size() >= kMaxAlerts)
            break;
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        AmAlert alert;
        alert.labels = stringMap(o.value(QLatin1String("labels")));
        alert.name = alert.labels.value(QStringLiteral("alertname"));
        if (alert.name.isEmpty())
            continue; // not an alert the console can name
        alert.annotations = stringMap(o.value(QLatin1String("annotations")));
        alert.summary = alert.annotations.value(QStringLiteral("summary"));
        alert.fingerprint = o.value(QLatin1String("fingerprint")).toString();
        alert.startsAt = PrometheusApiParser::parseTime(o.value(QLatin1String("startsAt")).toString());
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        alert.state = alertState(status.value(QLatin1String("state")).toString());
        alert.silencedBy = stringList(status.value(QLatin1String("silencedBy")));
        alert.inhibitedBy = stringList(status.value(QLatin1String("inhibitedBy")));
        result.alerts.append(alert);
    }
    result.ok = true;
    return result;
}

} // namespace Ops
