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
} // namespace

QList<ThresholdLabel> layoutThresholdLabels(QList<ThresholdLabel> labels, const QRectF& plot, const QFontMetricsF& metrics)
{
    labels.removeIf([](const ThresholdLabel& l) { return l.text.isEmpty(); });
    std::stable_sort(labels.begin(), labels.end(),
                     [](const ThresholdLabel& a, const ThresholdLabel& b) { return a.lineY < b.lineY; });
    const double height = metrics.height();
    QList<ThresholdLabel> placed;
    for (ThresholdLabel& label : labels) {
        const double above = label.lineY - kGap - height;
        const double below = label.lineY + kGap;
        const double free = placed.isEmpty() ? plot.top() : placed.last().rect.bottom() + kGap;
        double top = above;
        if (top < free)
            top = below >= free ? below : free;
        if (top + height <= plot.bottom() || placed.isEmpty()) {
            // The only label always stays, at worst against the plot's bottom.
            top = std::max(plot.top(), std::min(top, plot.bottom() - height));
            label.rect = labelRect(label.text, top, plot, metrics);
            placed.append(label);
            continue;
        }
        // No room left below: one label says both, rather than one written over the other.
        ThresholdLabel& previous = placed.last();
        previous.text += QStringLiteral(" · ") + label.text;
        if (label.critical && !previous.critical) {
            previous.critical = true;
            previous.colour = label.colour;
        }
        previous.rect = labelRect(previous.text, previous.rect.top(), plot, metrics);
    }
    return placed;
}

} // namespace Ops
