#include "models/metrics/seriesmath.h"

#include "models/net/prometheustextparser.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ops::Metrics::SeriesMath {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Identity of a series inside one scrape: name and sorted labels.
QString seriesKey(const QString& name, const Labels& labels)
{
    QString key = name;
    for (const auto& pair : labels)
        key += QChar(0x1f) + pair.first + QChar(0x1e) + pair.second;
    return key;
}

bool isCounterSample(const MetricFamily& family, const Sample& sample)
{
    switch (family.type) {
    case MetricType::Counter: return true;
    case MetricType::Histogram: return true; // _bucket, _sum, _count are all counters
    case MetricType::Summary: return sample.name != family.name; // quantiles are gauges
    default: return false;
    }
}

} // namespace

std::optional<double> counterRate(double previous, qint64 previousMs, double current, qint64 currentMs)
{
    if (currentMs <= previousMs || std::isnan(previous) || std::isnan(current))
        return std::nullopt;
    const double increase = current >= previous ? current - previous : current;
    return increase / (double(currentMs - previousMs) / 1000.0);
}

QVector<RateSample> counterRates(const ParseResult& previous, qint64 previousMs, const ParseResult& current,
                                 qint64 currentMs)
{
    QHash<QString, const Sample*> before;
    for (const MetricFamily& family : previous.families) {
        for (const Sample& sample : family.samples) {
            if (isCounterSample(family, sample))
                before.insert(seriesKey(sample.name, sample.labels), &sample);
        }
    }
    QVector<RateSample> out;
    for (const MetricFamily& family : current.families) {
        for (const Sample& sample : family.samples) {
            if (!isCounterSample(family, sample))
                continue;
            const Sample* old = before.value(seriesKey(sample.name, sample.labels));
            if (!old)
                continue;
            const qint64 t0 = old->timestampMs.value_or(previousMs);
            const qint64 t1 = sample.timestampMs.value_or(currentMs);
            if (const auto rate = counterRate(old->value, t0, sample.value, t1))
                out.append(RateSample{sample.name, sample.labels, *rate});
        }
    }
    return out;
}

double histogramQuantile(double q, QVector<Bucket> buckets)
{
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    if (buckets.isEmpty())
        return kNaN;
    std::sort(buckets.begin(), buckets.end(),
              [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (!(std::isinf(buckets.back().upperBound) && buckets.back().upperBound > 0))
        return kNaN;
    // Coalesce equal bounds (they come from series that differ only in other labels).
    QVector<Bucket> merged;
    merged.reserve(buckets.size());
    for (const Bucket& b : buckets) {
        if (!merged.isEmpty() && merged.back().upperBound == b.upperBound)
            merged.back().count += b.count;
        else
            merged.append(b);
    }
    // Scrapes are not atomic: a later bucket can read lower; Prometheus forces monotonicity.
    double max = -std::numeric_limits<double>::infinity();
    for (Bucket& b : merged) {
        if (b.count > max)
            max = b.count;
        else
            b.count = max;
    }
    if (merged.size() < 2)
        return kNaN;
    const double observations = merged.back().count;
    if (!(observations > 0))
        return kNaN;
    double rank = q * observations;
    qsizetype b = 0;
    while (b < merged.size() - 1 && merged[b].count < rank)
        ++b;
    if (b == merged.size() - 1)
        return merged[b - 1].upperBound;
    if (b == 0 && merged[0].upperBound <= 0)
        return merged[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = merged[b].upperBound;
    double count = merged[b].count;
    if (b > 0) {
        bucketStart = merged[b - 1].upperBound;
        count -= merged[b - 1].count;
        rank -= merged[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

QVector<QuantileSample> histogramQuantile(double q, const QString& family, const ParseResult& previous,
                                          const ParseResult& current)
{
    const MetricFamily* now = current.family(family);
    if (!now)
        return {};
    const MetricFamily* then = previous.family(family);
    const QString bucketName = family + QLatin1String("_bucket");
    const QString le = QStringLiteral("le");

    QHash<QString, double> before;
    if (then) {
        for (const Sample& s : then->samples) {
            if (s.name == bucketName)
                before.insert(seriesKey(s.name, s.labels), s.value);
        }
    }

    struct Group
    {
        Labels labels;
        QVector<Bucket> increase;
        QVector<Bucket> absolute;
        bool reset = false;
        bool complete = true; ///< every bucket had an earlier reading
    };
    QVector<Group> groups;
    for (const Sample& s : now->samples) {
        if (s.name != bucketName)
            continue;
        double bound = 0;
        if (!PrometheusTextParser::parseValue(s.label(le).toLatin1(), &bound))
            continue;
        Group* group = nullptr;
        for (Group& g : groups) {
            if (sameLabelsExcept(g.labels, s.labels, le)) {
                group = &g;
                break;
            }
        }
        if (!group) {
            groups.append(Group{labelsWithout(s.labels, le), {}, {}, false, true});
            group = &groups.back();
        }
        group->absolute.append(Bucket{bound, s.value});
        const auto it = before.constFind(seriesKey(s.name, s.labels));
        if (it == before.constEnd()) {
            group->complete = false;
            continue;
        }
        if (s.value < it.value())
            group->reset = true;
        group->increase.append(Bucket{bound, s.value - it.value()});
    }

    QVector<QuantileSample> out;
    for (const Group& g : groups) {
        if (!g.complete && !g.reset)
            continue; // a new series: no interval to speak of yet
        out.append(QuantileSample{g.labels, histogramQuantile(q, g.reset ? g.absolute : g.increase)});
    }
    return out;
}

} // namespace Ops::Metrics::SeriesMath
