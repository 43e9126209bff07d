#pragma once

#include "models/metrics/chartunit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ops::Metrics {

/// A horizontal line the runbook cares about (p95 500 ms scale trigger, 1 s alert, 5 % errors…).
struct Threshold
{
    double value = 0;     ///< in the panel's query unit; a fraction when `ofSeries` is set
    QString ofSeries;     ///< when set, the line is value × the last value of that series (90 % of max_connections)
    bool critical = false;///< alert (red) rather than a trigger (amber)
    QString label;        ///< already translated for built-in panels; the operator's words for custom ones

    bool operator==(const Threshold&) const = default;
};

/// One PromQL of a panel; `legend` is Grafana's template ("{{status}}"), empty for the label set.
struct PanelQuery
{
    QString promql;
    QString legend;

    bool operator==(const PanelQuery&) const = default;
};

/// How the console computes one of a panel's series itself from two scrapes of the API's
/// `/metrics` when Prometheus cannot answer (see LocalEvaluator).
struct LocalTerm
{
    enum class Kind {
        GaugeSum,      ///< sum of `metric`, one series named `legend`
        GaugeMax,      ///< max of `metric`
        GaugeBy,       ///< one series per value of `label`
        RateBy,        ///< sum by `label` of rate(metric)
        ErrorPercent,  ///< 100 × rate(metric{status=~"5.."}) / rate(metric)
        Quantile,      ///< histogram_quantile(q, sum by (le) (rate(metric_bucket)))
    };
    Kind kind = Kind::GaugeSum;
    QString metric;
    QString label;
    double q = 0;
    QString legend;

    bool operator==(const LocalTerm&) const = default;
};

/// A chart: what it asks Prometheus, how it shows the answer, the runbook's lines and alerts.
struct PanelDefinition
{
    QString id;                 ///< built-ins: "requests", "latency", …; custom: "custom-<uuid>"
    QString title;
    QList<PanelQuery> queries;
    ChartUnit unit = ChartUnit::None;
    QList<Threshold> thresholds;
    QStringList alertNames;     ///< ALERTS{alertname=…} whose firing intervals are shaded
    QList<LocalTerm> local;     ///< empty: no client-side fallback (e.g. node_exporter figures)
    bool builtin = false;

    bool operator==(const PanelDefinition&) const = default;

    QJsonObject toJson() const;
    static PanelDefinition fromJson(const QJsonObject& object);
};

class PanelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Metrics::PanelCatalog)
public:
    /// The runbook's panels ("Monitoring & Alerts"), titles in the current language.
    static QList<PanelDefinition> defaults();
    /// The built-in panel `id` (translated now), or nothing.
    static std::optional<PanelDefinition> builtin(const QString& id);
};

/// Grafana's legend template: "{{status}}" → the label's value; empty → `{a="b", …}` or the
/// metric's name.
QString legendName(const QString& legendTemplate, const QMap<QString, QString>& labels);

/// Panels of one profile as JSON: built-ins by id (so their titles follow the language),
/// custom panels in full, in the operator's order.
QByteArray panelsToJson(const QList<PanelDefinition>& panels);
/// What panelsToJson wrote; unknown built-ins and malformed entries are dropped. `ok` is false when
/// the text is not a JSON array at all (the caller then uses the defaults).
QList<PanelDefinition> panelsFromJson(const QByteArray& json, bool* ok = nullptr);

} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::PanelDefinition)
