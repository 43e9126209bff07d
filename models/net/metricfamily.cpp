#include "models/net/metricfamily.h"

namespace Ops::Metrics {

QString Sample::label(const QString& name) const
{
    for (const auto& pair : labels) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

const MetricFamily* ParseResult::family(const QString& name) const
{
    for (const MetricFamily& f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

int ParseResult::sampleCount() const
{
    int n = 0;
    for (const MetricFamily& f : families)
        n += int(f.samples.size());
    return n;
}

bool sameLabelsExcept(const Labels& a, const Labels& b, const QString& ignored)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && a[i].first == ignored)
            ++i;
        while (j < b.size() && b[j].first == ignored)
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i] != b[j])
            return false;
        ++i;
        ++j;
    }
}

Labels labelsWithout(const Labels& labels, const QString& ignored)
{
    Labels out;
    out.reserve(labels.size());
    for (const auto& pair : labels) {
        if (pair.first != ignored)
            out.append(pair);
    }
    return out;
}

} // namespace Ops::Metrics
