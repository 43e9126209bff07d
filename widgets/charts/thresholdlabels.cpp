#include "widgets/charts/thresholdlabels.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Ops {

namespace {
constexpr double kPadding = 3; // left and right of the words, inside their backdrop
constexpr double kGap = 1;     // between a label and its line, and between two labels
constexpr double kInset = 4;   // from the plot's right edge

QRectF labelRect(const QString& text, double top, const QRectF& plot, const QFontMetricsF& metrics)
{
    const double width = std::min(plot.width(), metrics.horizontalAdvance(text) + 2 * kPadding);
    return QRectF(plot.right() - kInset - width, top, width, metrics.height());
}

/// Tops for `labels` (ordered by line): each just above its line, or just below it when the label
/// above (or the plot's top) is in the way, or else right under the label above; then, from the
/// bottom up, whatever sticks out of the plot's bottom pushes the labels above it up.
QList<double> place(const QList<ThresholdLabel>& labels, const QRectF& plot, double height)
{
    QList<double> tops;
    for (const ThresholdLabel& label : labels) {
        const double free = tops.isEmpty() ? plot.top() : tops.last() + height + kGap;
        const double above = label.lineY - kGap - height;
        const double below = label.lineY + kGap;
        double top = above;
        if (top < free)
            top = below >= free && below + height <= plot.bottom() ? below : free;
        tops.append(top);
    }
    double limit = plot.bottom();
    for (qsizetype i = tops.size() - 1; i >= 0; --i) {
        tops[i] = std::max(plot.top(), std::min(tops[i], limit - height));
        limit = tops[i] - kGap;
    }
    return tops;
}
} // namespace

QList<ThresholdLabel> layoutThresholdLabels(QList<ThresholdLabel> labels, const QRectF& plot, const QFontMetricsF& metrics)
{
    labels.removeIf([](const ThresholdLabel& l) { return l.text.isEmpty(); });
    std::stable_sort(labels.begin(), labels.end(),
                     [](const ThresholdLabel& a, const ThresholdLabel& b) { return a.lineY < b.lineY; });
    const double height = metrics.height();
    for (;;) {
        const QList<double> tops = place(labels, plot, height);
        // The plot too low for all of them: the first label that still overlaps the one above it
        // joins it ("a · b"), and the rest are placed again.
        qsizetype overlapping = -1;
        for (qsizetype i = 1; i < tops.size() && overlapping < 0; ++i) {
            if (tops[i] < tops[i - 1] + height + kGap - 1e-6)
                overlapping = i;
        }
        if (overlapping < 0) {
            for (qsizetype i = 0; i < labels.size(); ++i)
                labels[i].rect = labelRect(labels[i].text, tops[i], plot, metrics);
            return labels;
        }
        ThresholdLabel& previous = labels[overlapping - 1];
        const ThresholdLabel& label = labels[overlapping];
        previous.text += QStringLiteral(" · ") + label.text;
        if (label.critical && !previous.critical) {
            previous.critical = true;
            previous.colour = label.colour;
        }
        labels.removeAt(overlapping);
    }
}

} // namespace Ops
