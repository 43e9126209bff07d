#include "models/metrics/localevaluator.h"

#include "models/net/prometheustextparser.h"
#include "models/metrics/seriesmath.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace Ops::Metrics::LocalEvaluator {

namespace {

template <typename Fn>
void forEachSample(const ParseResult& result, const QString& name, Fn fn)
{
    for (const MetricFamily& family : result.families) {
        if (!name.startsWith(family.name))
            continue; // a family's samples all start with its name (_bucket, _sum, _count)
        for (const Sample& s : family.samples) {
            if (s.name == name)
                fn(s);
        }
    }
}

QString labelsKey(const Labels& labels)
{
    QString key;
    for (const auto& [n, v] : labels)
        key += n + QLatin1Char('\x1f') + v + QLatin1Char('\x1e');
    return key;
}

Values fromMap(const QMap<QString, double>& map)
{
    Values out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

} // namespace

Values evaluate(const LocalTerm& term, const ParseResult* previous, qint64 previousMs, const ParseResult& current,
                qint64 currentMs)
{
    using K = LocalTerm::Kind;
    switch (term.kind) {
    case K::GaugeSum:
    case K::GaugeMax: {
        bool any = false;
        double value = term.kind == K::GaugeSum ? 0.0 : -INFINITY;
        forEachSample(current, term.metric, [&](const Sample& s) {
            any = true;
            value = term.kind == K::GaugeSum ? value + s.value : std::max(value, s.value);
        });
        if (!any)
            return {};
        return {{term.legend.isEmpty() ? term.metric : term.legend, value}};
    }
    case K::GaugeBy: {
        QMap<QString, double> by;
        forEachSample(current, term.metric, [&](const Sample& s) { by[s.label(term.label)] += s.value; });
        return fromMap(by);
    }
    case K::RateBy:
    case K::ErrorPercent: {
        if (!previous)
            return {};
        const auto rates = SeriesMath::counterRates(*previous, previousMs, current, currentMs);
        QMap<QString, double> by;
        double errors = 0;
        double total = 0;
        bool any = false;
        for (const auto& r : rates) {
            if (r.name != term.metric)
                continue;
            any = true;
            QString status;
            for (const auto& [n, v] : r.labels) {
                if (n == QLatin1String("status"))
                    status = v;
            }
            total += r.perSecond;
            if (status.startsWith(QLatin1Char('5')))
                errors += r.perSecond;
            if (term.kind == K::RateBy) {
                QString key = term.legend;
                for (const auto& [n, v] : r.labels) {
                    if (n == term.label)
                        key = v;
                }
                by[key.isEmpty() ? term.metric : key] += r.perSecond;
            }
        }
        if (!any)
            return {};
        if (term.kind == K::RateBy)
            return fromMap(by);
        if (total <= 0)
            return {{term.legend, 0.0}};
        return {{term.legend, 100.0 * errors / total}};
    }
    case K::Quantile: {
        if (!previous)
            return {};
        // histogram_quantile(q, sum by (le) (increase(bucket))): per-series increase, summed per le.
        const QString bucketName = term.metric + QStringLiteral("_bucket");
        QHash<QString, double> before;
        forEachSample(*previous, bucketName, [&](const Sample& s) { before.insert(labelsKey(s.labels), s.value); });
        QMap<double, double> perLe;
        forEachSample(current, bucketName, [&](const Sample& s) {
            double le = 0;
            if (!PrometheusTextParser::parseValue(s.label(QStringLiteral("le")).toLatin1(), &le))
                return;
            const auto it = before.constFind(labelsKey(s.labels));
            double increase = s.value;
            if (it != before.cend() && s.value >= it.value())
                increase = s.value - it.value();
            perLe[le] += increase;
        });
        if (perLe.isEmpty())
            return {};
        QVector<SeriesMath::Bucket> buckets;
        for (auto it = perLe.cbegin(); it != perLe.cend(); ++it)
            buckets.append({it.key(), it.value()});
        const double v = SeriesMath::histogramQuantile(term.q, buckets);
        if (std::isnan(v))
            return {};
        return {{term.legend, v}};
    }
    }
    return {};
}

} // namespace Ops::Metrics::LocalEvaluator
