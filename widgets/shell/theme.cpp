#include "widgets/shell/theme.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>

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
        const QFont regular = box->font();
        QFont title = regular;
        title.setWeight(QFont::DemiBold);
        box->setFont(title);
        const QList<QWidget*> inside = box->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* child : inside)
            if (!child->testAttribute(Qt::WA_SetFont))
                child->setFont(regular);
    }
}

} // namespace Ops::Theme
