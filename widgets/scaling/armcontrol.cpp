#include "widgets/scaling/armcontrol.h"
#include "widgets/shell/theme.h"

#include "models/session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ops {

ArmControl::ArmControl(Session& ops, QWidget* parent)
    : QWidget(parent)
    , m_session(ops)
    , m_label(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_button(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("armState"));
    m_reason->setObjectName(QStringLiteral("armReason"));
    m_button->setObjectName(QStringLiteral("armButton"));
    m_reason->setMaxLength(500);
    m_reason->setMinimumWidth(220);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ArmControl::toggle);
    connect(m_reason, &QLineEdit::returnPressed, this, &ArmControl::toggle);
    connect(m_reason, &QLineEdit::textChanged, this, &ArmControl::refresh);
    connect(&m_session, &Session::armedChanged, this, &ArmControl::refresh);
    connect(&m_session, &Session::armTick, this, &ArmControl::refresh);
    connect(&m_session, &Session::reset, this, &ArmControl::refresh);
    refresh();
}

void ArmControl::toggle()
{
    if (m_session.isArmed()) {
        m_session.disarm();
        return;
    }
    m_problem = m_session.arm(m_reason->text());
    if (m_problem.isEmpty())
        m_reason->clear();
    refresh();
}

void ArmControl::refresh()
{
    const bool production = m_session.isProduction();
    m_button->setVisible(production);
    m_reason->setVisible(production && !m_session.isArmed());
    if (!production) {
        m_label->setText(tr("Not a production profile: actions are enabled."));
        Theme::setTextLook(m_label, QColor());
        return;
    }
    if (m_session.isArmed()) {
        const int left = m_session.armSecondsLeft();
        m_label->setText(
            tr("PRODUCTION — armed, %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        Theme::setTextLook(m_label, QColor(0xc0, 0x39, 0x2b), QFont::Bold);
        m_button->setText(tr("Disarm", "production arm control: button"));
        m_button->setEnabled(true);
        m_label->setToolTip(QString());
        return;
    }
    m_label->setText(tr("PRODUCTION — read-only", "production arm control: label"));
    Theme::setTextLook(m_label, QColor(), QFont::Bold);
    m_label->setToolTip(m_problem);
    m_reason->setPlaceholderText(tr("Why arm? (recorded in the audit trail)", "production arm control: placeholder"));
    m_button->setText(tr("Arm for %n min", "production arm control: button", m_session.armDuration() / 60));
    m_button->setEnabled(!m_reason->text().trimmed().isEmpty());
}

void ArmControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Ops
