#include "widgets/shell/theme.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>

namespace Ops::Theme {

void styleNavigation(QListWidget* navigation)
{
    QFile theme(QStringLiteral(":/theme/theme.qss"));
    if (theme.open(QIODevice::ReadOnly))
        navigation->setStyleSheet(QString::fromUtf8(theme.readAll()));
}

void stylePage(QWidget* page)
{
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->objectName() == QLatin1String("pageTitle")) {
            QFont font = label->font();
            font.setPointSizeF(16);
            font.setWeight(QFont::DemiBold);
            label->setFont(font);
            label->setContentsMargins(0, 4, 0, 8);
        } else if (label->objectName() == QLatin1String("pageDescription")) {
            QFont font = label->font();
            font.setPointSizeF(10.5);
            label->setFont(font);
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText, QColor(0x4a, 0x55, 0x61));
            label->setPalette(palette);
        }
    }
    // Group box titles in semi-bold; what the box holds keeps the page's font.
    const QList<QGroupBox*> boxes = page->findChildren<QGroupBox*>();
    for (QGroupBox* box : boxes) {
        // The weight set explicitly: a font that only inherits its weight resolves against the box's bold
        // one (the dashboard's alerts table and scaling signals were drawn bold).
        QFont regular = box->font();
        regular.setWeight(regular.weight());
        QFont title = regular;
        title.setWeight(QFont::DemiBold);
        box->setFont(title);
        const QList<QWidget*> inside = box->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* child : inside)
            if (!child->testAttribute(Qt::WA_SetFont))
                child->setFont(regular);
    }
}

void setTextLook(QWidget* widget, const QColor& color, QFont::Weight weight, qreal pointSize)
{
    QFont font = widget->font();
    if (pointSize > 0)
        font.setPointSizeF(pointSize);
    font.setWeight(weight);
    widget->setFont(font);
    QPalette palette = widget->palette();
    const QColor text = color.isValid()
                            ? color
                            : (widget->parentWidget() ? widget->parentWidget()->palette() : QPalette())
                                  .color(QPalette::WindowText);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    widget->setPalette(palette);
}

void paintCard(QPainter& painter, const QRect& rect, qreal radius, const QColor& background,
               const QColor& border, const QColor& band, int bandWidth)
{
    painter.save();
    const QRectF card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5); // the 1-pixel border on whole pixels
    QPainterPath outline;
    outline.addRoundedRect(card, radius, radius);
    // The inside without antialiasing: its edge is under the antialiased border, and an antialiased fill
    // of a whole chart panel took a fifth of the panel's repaint (bench_console, charts).
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(outline, background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (bandWidth > 0) {
        QPainterPath strip;
        strip.addRect(card.left(), card.top(), bandWidth, card.height());
        painter.fillPath(outline.intersected(strip), band);
    }
    painter.strokePath(outline, QPen(border, 1));
    painter.restore();
}

} // namespace Ops::Theme
