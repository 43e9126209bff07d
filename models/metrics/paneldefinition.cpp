#include "models/metrics/paneldefinition.h"

#include "models/metrics/runbookqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ops::Metrics {

namespace {
using K = LocalTerm::Kind;

QString kindKey(K kind)
{
    switch (kind) {
    case K::GaugeSum: return QStringLiteral("gaugeSum");
    case K::GaugeMax: return QStringLiteral("gaugeMax");
    case K::GaugeBy: return QStringLiteral("gaugeBy");
    case K::RateBy: return QStringLiteral("rateBy");
    case K::ErrorPercent: return QStringLiteral("errorPercent");
    case K::Quantile: return QStringLiteral("quantile");
    }
    return {};
}

std::optional<K> kindFromKey(const QString& key)
{
    for (K k : {K::GaugeSum, K::GaugeMax, K::GaugeBy, K::RateBy, K::ErrorPercent, K::Quantile}) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

PanelQuery pq(const char* promql, const QString& legend = QString())
{
    return {QString::fromLatin1(promql), legend};
}

PanelQuery pq(const QString& promql, const QString& legend = QString())
{
    return {promql, legend};
}

LocalTerm term(K kind, const char* metric, const QString& label = QString(), double q = 0,
               const QString& legend = QString())
{
    return {kind, QString::fromLatin1(metric), label, q, legend};
}
} // namespace

QJsonObject PanelDefinition::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    if (builtin) {
        o[QLatin1String("builtin")] = true;
        return o;
    }
    o[QLatin1String("title")] = title;
    o[QLatin1String("unit")] = chartUnitKey(unit);
    QJsonArray qs;
    for (const PanelQuery& q : queries)
        qs.append(QJsonObject{{QLatin1String("promql"), q.promql}, {QLatin1String("legend"), q.legend}});
    o[QLatin1String("queries")] = qs;
    QJsonArray ts;
    for (const Threshold& t : thresholds) {
        ts.append(QJsonObject{{QLatin1String("value"), t.value},
                              {QLatin1String("ofSeries"), t.ofSeries},
                              {QLatin1String("critical"), t.critical},
                              {QLatin1String("label"), t.label}});
    }
    o[QLatin1String("thresholds")] = ts;
    o[QLatin1String("alerts")] = QJsonArray::fromStringList(alertNames);
    QJsonArray ls;
    for (const LocalTerm& l : local) {
        ls.append(QJsonObject{{QLatin1String("kind"), kindKey(l.kind)},
                              {QLatin1String("metric"), l.metric},
                              {QLatin1String("label"), l.label},
                              {QLatin1String("q"), l.q},
                              {QLatin1String("legend"), l.legend}});
    }
    o[QLatin1String("local")] = ls;
    return o;
}

PanelDefinition PanelDefinition::fromJson(const QJsonObject& o)
{
    PanelDefinition p;
    p.id = o.value(QLatin1String("id")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.unit = chartUnitFromKey(o.value(QLatin1String("unit")).toString());
    const QJsonArray qs = o.value(QLatin1String("queries")).toArray();
    for (const QJsonValue& v : qs) {
        const QJsonObject q = v.toObject();
        const QString promql = q.value(QLatin1String("promql")).toString().trimmed();
        if (!promql.isEmpty())
            p.queries.append({promql, q.value(QLatin1String("legend")).toString()});
    }
    const QJsonArray ts = o.value(QLatin1String("thresholds")).toArray();
    for (const QJsonValue& v : ts) {
        const QJsonObject t = v.toObject();
        p.thresholds.append({t.value(QLatin1String("value")).toDouble(), t.value(QLatin1String("ofSeries")).toString(),
                             t.value(QLatin1String("critical")).toBool(), t.value(QLatin1String("label")).toString()});
    }
    const QJsonArray as = o.value(QLatin1String("alerts")).toArray();
    for (const QJsonValue& v : as)
        p.alertNames.append(v.toString());
    const QJsonArray ls = o.value(QLatin1String("local")).toArray();
    for (const QJsonValue& v : ls) {
        const QJsonObject l = v.toObject();
        const auto kind = kindFromKey(l.value(QLatin1String("kind")).toString());
        if (!kind)
            continue;
        p.local.append({*kind, l.value(QLatin1String("metric")).toString(), l.value(QLatin1String("label")).toString(),
                        l.value(QLatin1String("q")).toDouble(), l.value(QLatin1String("legend")).toString()});
    }
    return p;
}

QList<PanelDefinition> PanelCatalog::defaults()
{
    QList<PanelDefinition> panels;
    const auto add = [&panels](PanelDefinition p) {
        p.builtin = true;
        panels.append(std::move(p));
    };
    // The runbook's "Prometheus Queries" and "Alert Rules", panel by panel.
    add({QStringLiteral("requests"), tr("Request rate by status"),
         {pq(RunbookQueries::requestRateByStatus(), QStringLiteral("{{status}}"))},
         ChartUnit::RequestsPerSecond, {}, {}, {term(K::RateBy, "http_requests_total", QStringLiteral("status"))}, true});
    add({QStringLiteral("errors"), tr("5xx error rate", "chart panel: title, series legend or threshold label"),
         // `or vector(0)`: a healthy stack that never answered 5xx has no such series; its share is 0 %,
         // not "no data".
         {pq(RunbookQueries::errorPercent(), tr("5xx share", "chart panel: title, series legend or threshold label"))},
         ChartUnit::Percent,
         {{5, QString(), true, tr("5 % errors", "chart panel: title, series legend or threshold label")}},
         {QStringLiteral("HighErrorRate")},
         {term(K::ErrorPercent, "http_requests_total", QString(), 0, tr("5xx share", "chart panel: title, series legend or threshold label"))}, true});
    add({QStringLiteral("latency"), tr("Response time p50 / p95 / p99"),
         {pq(RunbookQueries::latencyQuantile(0.5), QStringLiteral("p50")),
          pq(RunbookQueries::latencyQuantile(0.95), QStringLiteral("p95")),
          pq(RunbookQueries::latencyQuantile(0.99), QStringLiteral("p99"))},
         ChartUnit::Seconds,
         {{0.5, QString(), false, tr("scale app (p95 500 ms)")}, {1, QString(), true, tr("alert (p95 1 s)")}},
         {QStringLiteral("HighResponseTime")},
         {term(K::Quantile, "http_request_duration_seconds", QString(), 0.5, QStringLiteral("p50")),
          term(K::Quantile, "http_request_duration_seconds", QString(), 0.95, QStringLiteral("p95")),
          term(K::Quantile, "http_request_duration_seconds", QString(), 0.99, QStringLiteral("p99"))},
         true});
    add({QStringLiteral("queues"), tr("Worker queue length", "chart panel: title, series legend or threshold label"),
         {pq(RunbookQueries::queueLength(), QStringLiteral("{{queue}}"))},
         ChartUnit::Count,
         {{100, QString(), true, tr("backlog (100)", "chart panel: series legend or threshold label")}},
         {QStringLiteral("WorkerQueueBacklog")},
         // Prometheus records it from the Redis exporter; the API's /metrics does not carry it, so
         // there is no client-side fallback (the Redis tile on the dashboard reads the lists itself).
         {}, true});
    add({QStringLiteral("postgres"), tr("PostgreSQL connections", "chart panel: title, series legend or threshold label"),
         {pq(RunbookQueries::databaseConnections(), tr("backends", "chart panel: series legend or threshold label")),
          pq("max(pg_settings_max_connections)", QStringLiteral("max_connections"))},
         ChartUnit::Count,
         {{0.9, QStringLiteral("max_connections"), true, tr("90 % of max_connections")}},
         {QStringLiteral("DatabaseConnectionPoolExhausted")},
         {term(K::GaugeSum, "pg_stat_database_numbackends", QString(), 0, tr("backends", "chart panel: series legend or threshold label")),
          term(K::GaugeMax, "pg_settings_max_connections", QString(), 0, QStringLiteral("max_connections"))},
         true});
    add({QStringLiteral("redis"), tr("Redis memory", "chart panel: title, series legend or threshold label"),
         {pq(RunbookQueries::redisMemory(), tr("used", "chart panel: series legend or threshold label"))},
         ChartUnit::Bytes, {}, {},
         {term(K::GaugeSum, "redis_memory_used_bytes", QString(), 0, tr("used", "chart panel: series legend or threshold label"))}, true});
    add({QStringLiteral("replicas"), tr("Replicas and workers", "chart panel: title, series legend or threshold label"),
         {pq(RunbookQueries::appReplicasUp(), QStringLiteral("app")),
          pq(RunbookQueries::workersByQueue(), QStringLiteral("worker-{{queue}}"))},
         ChartUnit::Count, {}, {},
         {term(K::GaugeBy, "fragrance_workers", QStringLiteral("queue"))},
         true});
    // Host figures come from node_exporter through Prometheus only: no client-side fallback.
    add({QStringLiteral("cpu"), tr("Host CPU", "chart panel: title, series legend or threshold label"),
         {pq("100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m])))", tr("CPU busy", "chart panel: title, series legend or threshold label"))},
         ChartUnit::Percent, {{70, QString(), false, tr("scale app (70 %)")}}, {}, {}, true});
    add({QStringLiteral("memory"), tr("Host memory", "chart panel: title, series legend or threshold label"),
         {pq("100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)", tr("memory used", "chart panel: series legend or threshold label"))},
         ChartUnit::Percent, {{90, QString(), true, tr("90 % used", "chart panel: title, series legend or threshold label")}}, {}, {}, true});
    add({QStringLiteral("disk"), tr("Host disk", "chart panel: title, series legend or threshold label"),
         {pq("100 * (1 - node_filesystem_avail_bytes{fstype!~\"tmpfs|overlay|rootfs\"} / "
             "node_filesystem_size_bytes{fstype!~\"tmpfs|overlay|rootfs\"})",
             QStringLiteral("{{mountpoint}}"))},
         ChartUnit::Percent, {{85, QString(), true, tr("85 % used", "chart panel: title, series legend or threshold label")}}, {}, {}, true});
    return panels;
}

std::optional<PanelDefinition> PanelCatalog::builtin(const QString& id)
{
    const QList<PanelDefinition> all = defaults();
    for (const PanelDefinition& p : all) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString legendName(const QString& legendTemplate, const QMap<QString, QString>& labels)
{
    if (legendTemplate.isEmpty()) {
        QStringList parts;
        QString name;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key() == QLatin1String("__name__"))
                name = it.value();
            else
                parts.append(it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"'));
        }
        if (parts.isEmpty())
            return name.isEmpty() ? QStringLiteral("{}") : name;
        return name + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(legendTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        out += legendTemplate.mid(last, m.capturedStart() - last);
        out += labels.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += legendTemplate.mid(last);
    return out;
}

QByteArray panelsToJson(const QList<PanelDefinition>& panels)
{
    QJsonArray array;
    for (const PanelDefinition& p : panels)
        array.append(p.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<PanelDefinition> panelsFromJson(const QByteArray& json, bool* ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isArray();
    QList<PanelDefinition> panels;
    const QJsonArray array = doc.array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("builtin")).toBool()) {
            if (auto p = PanelCatalog::builtin(o.value(QLatin1String("id")).toString()))
                panels.append(*p);
            continue;
        }
        PanelDefinition p = PanelDefinition::fromJson(o);
        if (!p.id.isEmpty() && !p.queries.isEmpty())
            panels.append(std::move(p));
    }
    return panels;
}

} // namespace Ops::Metrics
