#include "widgets/pages/verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace Ops {

VerticalScrollArea::VerticalScrollArea(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (const QWidget* w = widget()) {
        // Room for the vertical scroll bar too: it appears when the content is taller than the area.
        const int across = w->minimumSizeHint().width() + frameWidth() * 2 +
                           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
        hint.setWidth(std::max(hint.width(), across));
    }
    return hint;
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // QScrollArea filters its widget's events. The content's width changes with its texts (another
    // language, another incident): ask the layout again for this area's minimum.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace Ops
