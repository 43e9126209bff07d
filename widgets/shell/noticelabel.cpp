#include "widgets/shell/noticelabel.h"

#include "widgets/shell/theme.h"

#include <QPainter>

namespace Ops {

NoticeLabel::NoticeLabel(QWidget* parent) : QLabel(parent)
{
    setLook(m_look);
}

void NoticeLabel::setLook(const Look& look)
{
    m_look = look;
    setContentsMargins(look.padding, look.padding, look.padding, look.padding);
    Theme::setTextLook(this, look.text);
    update();
}

void NoticeLabel::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        Theme::paintCard(painter, rect(), m_look.radius, m_look.background,
                         m_look.border.isValid() ? m_look.border : m_look.background);
    }
    QLabel::paintEvent(event);
}

} // namespace Ops
