#include "widgets/scaling/armcontrol.h"

#include "models/session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Ops {

ArmControl::ArmControl(Session& ops, QWidget* parent)
    : QWidget(parent), m_session(ops), m_label(new QLabel(this)), m_button(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("armState"));
    m_button->setObjectName(QStringLiteral("armButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_session.isArmed())
            m_session.disarm();
        else
            m_session.arm();
    });
    connect(&m_session, &Session::armedChanged, this, &ArmControl::refresh);
    connect(&m_session, &Session::armTick, this, &ArmControl::refresh);
    connect(&m_session, &Session::reset, this, &ArmControl::refresh);
    refresh();
}

void ArmControl::refresh()
{
    const bool production = m_session.isProduction();
    m_button->setVisible(production);
    if (!production) {
        m_label->setText(tr("Not a production profile: actions are enabled."));
        m_label->setStyleSheet(QString());
        return;
    }
    if (m_session.isArmed()) {
        const int left = m_session.armSecondsLeft();
        m_label->setText(
            tr("PRODUCTION — armed, %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        m_label->setStyleSheet(QStringLiteral("color:#c0392b; font-weight:bold"));
        m_button->setText(tr("Disarm", "production arm control: button"));
    } else {
        m_label->setText(tr("PRODUCTION — read-only", "production arm control: label"));
        m_label->setStyleSheet(QStringLiteral("font-weight:bold"));
        m_button->setText(tr("Arm for %n min", "production arm control: button", m_session.armDuration() / 60));
    }
}

void ArmControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Ops
