#include "widgets/shell/trustbanner.h"

#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "widgets/settings/programapprovaldialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Ops {

TrustBanner::TrustBanner(ConsoleContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_text(new QLabel(this))
    , m_review(new QPushButton(this))
    , m_settings(new QPushButton(this))
{
    setObjectName(QStringLiteral("trustBanner"));
    setStyleSheet(QStringLiteral("#trustBanner { background:#fdecea; border-bottom:1px solid #e6a19b; } "
                                 "#trustBanner QLabel { color:#7f1d1d; }"));
    m_text->setObjectName(QStringLiteral("trustBannerText"));
    m_text->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewProgramsBanner"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(m_text, 1);
    row->addWidget(m_review, 0, Qt::AlignVCenter);
    row->addWidget(m_settings, 0, Qt::AlignVCenter);
    connect(m_review, &QPushButton::clicked, this, &TrustBanner::reviewPrograms);
    connect(m_settings, &QPushButton::clicked, this, &TrustBanner::settingsRequested);
    connect(&context.session(), &Session::trustChanged, this, &TrustBanner::refresh);
    connect(&context, &ConsoleContext::activeProfileChanged, this, &TrustBanner::refresh);
    refresh();
}

QString TrustBanner::text() const
{
    return isVisible() || !isHidden() ? m_text->text() : QString();
}

void TrustBanner::refresh()
{
    const QStringList programs = m_context.session().unapprovedPrograms();
    const QStringList secrets = m_context.session().withheldSecrets();
    QStringList lines;
    if (!programs.isEmpty())
        lines << tr("This profile names programs that are not approved on this workstation: the console watches the "
                    "stack but runs nothing (no status command, no procedure). %1")
                     .arg(programs.join(QLatin1Char(' ')));
    for (const QString& s : secrets)
        lines << tr("Secret not sent: %1.").arg(s);
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_review->setText(tr("Review and approve…", "trust banner: button"));
    m_settings->setText(tr("Open Settings", "trust banner: button"));
    m_review->setVisible(!programs.isEmpty());
    m_settings->setVisible(!secrets.isEmpty());
    setVisible(!lines.isEmpty());
}

void TrustBanner::reviewPrograms()
{
    if (!m_context.hasActiveProfile())
        return;
    auto* dialog = new ProgramApprovalDialog(m_context.session().profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProgramApprovalDialog::approved, this, [this] { m_context.session().noteApprovalsChanged(); });
    dialog->open();
}

void TrustBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace Ops
