#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QFontMetricsF;

namespace Ops {

/// A threshold's words on a panel: where its line is, and where the words go.
struct ThresholdLabel
{
    double lineY = 0; ///< the dashed line, in viewport pixels
    QString text;
    QColor colour;
    bool critical = false;
    QRectF rect; ///< set by layoutThresholdLabels(): where the words are drawn
};

/// Places the thresholds' words at the right end of `plot`, right-aligned, never on top of one another:
/// each goes just above its line, or just below it when the plot's top or the label above leaves no room
/// there, or else right under the label above; labels pushed out at the bottom push the ones above them
/// up. Only when the plot is too low for all of them is a label merged into the one above it ("a · b",
/// in the colour of the more critical one). Labels with no text are dropped; the result is ordered
/// from top to bottom.
QList<ThresholdLabel> layoutThresholdLabels(QList<ThresholdLabel> labels, const QRectF& plot, const QFontMetricsF& metrics);

} // namespace Ops
