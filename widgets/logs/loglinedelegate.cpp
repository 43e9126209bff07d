#include "widgets/logs/loglinedelegate.h"

#include "models/logs/logbuffer.h"
#include "models/logs/loglinemodel.h"

#include <QApplication>
#include <QPainter>

namespace Ops {

LogLineDelegate::LogLineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void LogLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QRect r = opt.rect.adjusted(3, 0, -3, 0);
    const QFontMetrics fm(opt.font);
    painter->save();
    painter->setFont(opt.font);
    if (!m_pattern.pattern().isEmpty() && m_pattern.isValid()) {
        auto it = m_pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                break;
            const int x = fm.horizontalAdvance(text.left(m.capturedStart()));
            const int w = fm.horizontalAdvance(m.captured());
            painter->fillRect(QRect(r.left() + x, r.top(), w, r.height()), QColor(0xff, 0xe0, 0x66));
        }
    }
    const auto level = LogLine::Level(index.data(LogLineModel::LevelRole).toInt());
    QColor color =
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    if (level == LogLine::Level::Error)
        color = QColor(0xc0, 0x39, 0x2b);
    else if (level == LogLine::Level::Warn)
        color = QColor(0xb9, 0x77, 0x0e);
    painter->setPen(color);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    painter->restore();
}

} // namespace Ops
