#include "widgets/pages/page.h"

#include <QEvent>

namespace Ops {

Page::Page(ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ops
