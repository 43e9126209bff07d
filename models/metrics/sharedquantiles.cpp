#include "models/metrics/sharedquantiles.h"

#include "models/metrics/seriesmath.h"

#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Ops::Metrics::SharedQuantiles {

namespace {

/// Index of the parenthesis closing the one at `open`, skipping string literals; -1 when unbalanced.
qsizetype closingParen(const QString& s, qsizetype open)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == u'\\' && quote != u'`')
                ++i; // an escaped character inside "…" or '…'
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`')
            quote = c;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return i;
    }
    return -1;
}

/// PromQL's float syntax for an "le" value: "+Inf", "Inf", "0.25", "1e3".
std::optional<double> parseBound(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(u"+Inf", Qt::CaseInsensitive) == 0 || t.compare(u"Inf", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    if (t.compare(u"-Inf", Qt::CaseInsensitive) == 0)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<Split> split(const QString& promql)
{
    static const QRegularExpression head(
        QStringLiteral(R"(^\s*histogram_quantile\s*\(\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*,)"));
    const QRegularExpressionMatch m = head.match(promql);
    if (!m.hasMatch())
        return std::nullopt;
    const qsizetype open = promql.indexOf(u'(');
    const qsizetype close = closingParen(promql, open);
    if (close < 0 || !promql.mid(close + 1).trimmed().isEmpty())
        return std::nullopt; // more after the call: `histogram_quantile(…) * 1000`, not a plain quantile
    bool ok = false;
    const double phi = m.captured(1).toDouble(&ok);
    const QString inner = promql.mid(m.capturedEnd(0), close - m.capturedEnd(0)).trimmed();
    if (!ok || inner.isEmpty())
        return std::nullopt;
    return Split{phi, inner};
}

QVector<Group> groups(const QList<PanelQuery>& queries)
{
    // `sum by (le)`, `sum by (le, handler)`, `sum without…` is not: its groups could be as many as the
    // scraped series, and then the buckets' answer would be far larger than the quantiles'.
    static const QRegularExpression bucketSum(QStringLiteral(R"(^sum\s+by\s*\(([^)]*)\))"));
    QVector<Group> out;
    for (int i = 0; i < queries.size(); ++i) {
        const std::optional<Split> s = split(queries.at(i).promql);
        if (!s)
            continue;
        const QRegularExpressionMatch by = bucketSum.match(s->inner);
        if (!by.hasMatch())
            continue;
        bool hasLe = false;
        for (const QString& label : by.captured(1).split(u','))
            hasLe = hasLe || label.trimmed() == u"le";
        if (!hasLe)
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const Group& g) { return g.inner == s->inner; });
        if (it == out.end()) {
            out.append(Group{s->inner, {}, {}});
            it = out.end() - 1;
        }
        it->queries.append(i);
        it->phis.append(s->phi);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Group& g) { return g.queries.size() < 2; }),
              out.end());
    return out;
}

QVector<PromSeries> quantiles(double phi, const QVector<PromSeries>& buckets)
{
    // Label set without "le" → time → that step's buckets. Times are the step grid's, the same double
    // for every bucket series of one answer. Groups in the order of their labels, as Prometheus sorts.
    struct GroupSteps
    {
        PromLabels labels;
        QMap<double, QVector<SeriesMath::Bucket>> steps;
    };
    QMap<QString, GroupSteps> byGroup; // key: the labels, joined
    for (const PromSeries& series : buckets) {
        const auto le = series.labels.constFind(QStringLiteral("le"));
        if (le == series.labels.cend())
            continue;
        const std::optional<double> bound = parseBound(*le);
        if (!bound)
            continue;
        PromLabels labels = series.labels;
        labels.remove(QStringLiteral("le"));
        labels.remove(QStringLiteral("__name__"));
        QString key;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            key += it.key() + QChar(0x1f) + it.value() + QChar(0x1e);
        GroupSteps& group = byGroup[key];
        group.labels = labels;
        for (const QPointF& p : series.points)
            group.steps[p.x()].append(SeriesMath::Bucket{*bound, p.y()});
    }
    QVector<PromSeries> out;
    out.reserve(byGroup.size());
    for (const GroupSteps& group : std::as_const(byGroup)) {
        PromSeries series{group.labels, {}};
        series.points.reserve(group.steps.size());
        for (auto step = group.steps.cbegin(); step != group.steps.cend(); ++step)
            series.points.append(QPointF(step.key(), SeriesMath::histogramQuantile(phi, step.value())));
        out.append(std::move(series));
    }
    return out;
}

} // namespace Ops::Metrics::SharedQuantiles
