#include "models/net/prometheusapiparser.h"

#include "models/net/prometheustextparser.h"
#include "models/net/promqueryreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Ops {

namespace {

PromLabels labelMap(const QJsonValue& value)
{
    PromLabels out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

/// A [<seconds float>, "<value string>"] pair.
bool parsePoint(const QJsonValue& value, QPointF* point)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return false;
    const double ms = std::round(pair.at(0).toDouble() * 1000.0);
    double v = 0;
    if (!Metrics::PrometheusTextParser::parseValue(pair.at(1).toString().toLatin1(), &v))
        return false;
    *point = QPointF(ms, v);
    return true;
}

/// A short, single-line excerpt of a body for a message (proxies answer HTML pages).
QString prometheusBodyExcerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(160)).simplified();
    if (body.size() > 160)
        text += QStringLiteral("…");
    return text;
}

double toNumber(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    double out = 0;
    if (v.isString() && Metrics::PrometheusTextParser::parseValue(v.toString().toLatin1(), &out))
        return out;
    return std::nan("");
}

} // namespace

QString PrometheusApiParser::errorTypeText(const QString& errorType)
{
    if (errorType == QLatin1String("timeout"))
        return tr("the query timed out in Prometheus");
    if (errorType == QLatin1String("canceled"))
        return tr("the query was canceled");
    if (errorType == QLatin1String("execution"))
        return tr("the query failed to run");
    if (errorType == QLatin1String("bad_data"))
        return tr("bad query", "net: prometheusapiparser: state or name word");
    if (errorType == QLatin1String("internal"))
        return tr("internal Prometheus error", "net: prometheusapiparser: state or name word");
    if (errorType == QLatin1String("unavailable"))
        return tr("Prometheus is unavailable", "net: prometheusapiparser: state or name word");
    if (errorType == QLatin1String("not_found"))
        return tr("not found", "net: prometheusapiparser: state or name word");
    return tr("error \"%1\"", "net: prometheusapiparser: state or name word").arg(errorType);
}

PromStatus PrometheusApiParser::envelope(const HttpOutcome& outcome, QJsonValue* data)
{
    PromStatus status;
    status.transport = outcome.failure;
    status.httpStatus = outcome.httpStatus;
    status.latencyMs = outcome.latencyMs;
    if (!outcome.transferred()) {
        status.error = outcome.reason;
        return status;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(outcome.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (outcome.httpStatus >= 400)
            status.error = tr("HTTP %1: %2", "net: prometheusapiparser").arg(outcome.httpStatus).arg(prometheusBodyExcerpt(outcome.body));
        else if (parseError.error != QJsonParseError::NoError)
            status.error = tr("not JSON: %1", "net: prometheusapiparser: error or status fragment, shown after “…: ” in a longer message").arg(parseError.errorString());
        else
            status.error = tr("not a JSON object");
        return status;
    }
    const QJsonObject root = doc.object();
    const QJsonArray warnings = root.value(QLatin1String("warnings")).toArray();
    for (const QJsonValue& w : warnings)
        status.warnings.append(w.toString());
    const QString state = root.value(QLatin1String("status")).toString();
    if (state == QLatin1String("success") && outcome.httpStatus < 400) {
        status.ok = true;
        if (data)
            *data = root.value(QLatin1String("data"));
        return status;
    }
    if (state == QLatin1String("error")) {
        status.errorType = root.value(QLatin1String("errorType")).toString();
        const QString message = root.value(QLatin1String("error")).toString();
        status.error = outcome.httpStatus >= 400
                           ? tr("%1 (HTTP %2): %3", "net: prometheusapiparser").arg(errorTypeText(status.errorType)).arg(outcome.httpStatus).arg(message)
                           : tr("%1: %2", "net: prometheusapiparser").arg(errorTypeText(status.errorType), message);
        return status;
    }
    status.error = outcome.httpStatus >= 400 ? tr("HTTP %1 with an unexpected answer").arg(outcome.httpStatus)
                                             : tr("unexpected answer: no \"status\"");
    return status;
}

PromQueryResult PrometheusApiParser::queryResult(const HttpOutcome& outcome)
{
    // The charts' answers in one pass from their bytes; the rest (errors, scalars, anything odd) below.
    if (std::optional<PromQueryResult> read = readQueryResult(outcome))
        return std::move(*read);
    return queryResultFromDocument(outcome);
}

PromQueryResult PrometheusApiParser::queryResultFromDocument(const HttpOutcome& outcome)
{
    PromQueryResult result;
    QJsonValue data;
    result.status = envelope(outcome, &data);
    if (!result.status.ok)
        return result;
    const QJsonObject object = data.toObject();
    const QString type = object.value(QLatin1String("resultType")).toString();
    const QJsonValue payload = object.value(QLatin1String("result"));
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        const bool vector = type == QLatin1String("vector");
        result.type = vector ? PromResultType::Vector : PromResultType::Matrix;
        const QJsonArray items = payload.toArray();
        result.series.reserve(items.size());
        for (const QJsonValue& item : items) {
            const QJsonObject o = item.toObject();
            PromSeries series;
            series.labels = labelMap(o.value(QLatin1String("metric")));
            QPointF point;
            if (vector) {
                if (parsePoint(o.value(QLatin1String("value")), &point))
                    series.points.append(point);
            } else {
                const QJsonArray values = o.value(QLatin1String("values")).toArray();
                series.points.reserve(values.size());
                for (const QJsonValue& v : values) {
                    if (parsePoint(v, &point))
                        series.points.append(point);
                }
            }
            result.series.append(series);
        }
    } else if (type == QLatin1String("scalar") || type == QLatin1String("string")) {
        result.type = type == QLatin1String("scalar") ? PromResultType::Scalar : PromResultType::String;
        QPointF point;
        if (parsePoint(payload, &point))
            result.series.append(PromSeries{{}, {point}});
    } else {
        result.status.ok = false;
        result.status.error = tr("unexpected result type \"%1\"").arg(type);
    }
    return result;
}

PromAlert::State PrometheusApiParser::alertState(const QString& text)
{
    if (text == QLatin1String("firing"))
        return PromAlert::State::Firing;
    if (text == QLatin1String("pending"))
        return PromAlert::State::Pending;
    return PromAlert::State::Inactive;
}

QDateTime PrometheusApiParser::parseTime(const QString& text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    // Go writes up to nine fraction digits; Qt reads milliseconds: cut the rest.
    QString t = text;
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

PromAlertsResult PrometheusApiParser::alerts(const HttpOutcome& outcome)
{
    PromAlertsResult result;
    QJsonValue data;
    result.status = envelope(outcome, &data);
    if (!result.status.ok)
        return result;
    const QJsonArray items = data.toObject().value(QLatin1String("alerts")).toArray();
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        PromAlert alert;
        alert.labels = labelMap(o.value(QLatin1String("labels")));
        alert.annotations = labelMap(o.value(QLatin1String("annotations")));
        alert.name = alert.labels.value(QStringLiteral("alertname"));
        alert.summary = alert.annotations.value(QStringLiteral("summary"));
        alert.state = alertState(o.value(QLatin1String("state")).toString());
        alert.activeAt = parseTime(o.value(QLatin1String("activeAt")).toString());
        alert.value = toNumber(o.value(QLatin1String("value")));
        result.alerts.append(alert);
    }
    return result;
}

PromRulesResult PrometheusApiParser::rules(const HttpOutcome& outcome)
{
    PromRulesResult result;
    QJsonValue data;
    result.status = envelope(outcome, &data);
    if (!result.status.ok)
        return result;
    const QJsonArray groups = data.toObject().value(QLatin1String("groups")).toArray();
    for (const QJsonValue& g : groups) {
        const QJsonObject group = g.toObject();
        const QString groupName = group.value(QLatin1String("name")).toString();
        const QJsonArray rules = group.value(QLatin1String("rules")).toArray();
        for (const QJsonValue& r : rules) {
            const QJsonObject o = r.toObject();
            PromRule rule;
            rule.group = groupName;
            rule.name = o.value(QLatin1String("name")).toString();
            rule.type = o.value(QLatin1String("type")).toString();
            rule.query = o.value(QLatin1String("query")).toString();
            rule.state = alertState(o.value(QLatin1String("state")).toString());
            rule.health = o.value(QLatin1String("health")).toString();
            rule.lastError = o.value(QLatin1String("lastError")).toString();
            rule.durationSeconds = o.value(QLatin1String("duration")).toDouble();
            rule.labels = labelMap(o.value(QLatin1String("labels")));
            rule.annotations = labelMap(o.value(QLatin1String("annotations")));
            rule.activeAlerts = int(o.value(QLatin1String("alerts")).toArray().size());
            result.rules.append(rule);
        }
    }
    return result;
}

PromTargetsResult PrometheusApiParser::targets(const HttpOutcome& outcome)
{
    PromTargetsResult result;
    QJsonValue data;
    result.status = envelope(outcome, &data);
    if (!result.status.ok)
        return result;
    const QJsonArray items = data.toObject().value(QLatin1String("activeTargets")).toArray();
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        PromTarget target;
        target.labels = labelMap(o.value(QLatin1String("labels")));
        target.job = target.labels.value(QStringLiteral("job"));
        target.instance = target.labels.value(QStringLiteral("instance"));
        target.scrapePool = o.value(QLatin1String("scrapePool")).toString();
        target.scrapeUrl = o.value(QLatin1String("scrapeUrl")).toString();
        const QString health = o.value(QLatin1String("health")).toString();
        target.health = health == QLatin1String("up")     ? PromTarget::State::Up
                        : health == QLatin1String("down") ? PromTarget::State::Down
                                                          : PromTarget::State::Unknown;
        target.lastError = o.value(QLatin1String("lastError")).toString();
        target.lastScrape = parseTime(o.value(QLatin1String("lastScrape")).toString());
        target.lastScrapeDurationMs = o.value(QLatin1String("lastScrapeDuration")).toDouble() * 1000.0;
        result.targets.append(target);
    }
    return result;
}

PromStatus PrometheusApiParser::ready(const HttpOutcome& outcome)
{
    PromStatus status;
    status.transport = outcome.failure;
    status.httpStatus = outcome.httpStatus;
    status.latencyMs = outcome.latencyMs;
    if (!outcome.transferred())
        status.error = outcome.reason;
    else if (outcome.httpStatus != 200)
        status.error = tr("not ready (HTTP %1)").arg(outcome.httpStatus);
    else
        status.ok = true;
    return status;
}

} // namespace Ops
