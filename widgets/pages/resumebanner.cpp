#include "widgets/pages/resumebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Ops {

ResumeBanner::ResumeBanner(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_resume(new QPushButton(this)), m_other(new QPushButton(this))
{
    setObjectName(QStringLiteral("resumeBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("resumeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_resume->setObjectName(QStringLiteral("resume"));
    m_other->setObjectName(QStringLiteral("resumeOther"));
    auto* row = new QHBoxLayout(this);
    row->addWidget(m_text, 1);
    row->addWidget(m_resume);
    row->addWidget(m_other);
    connect(m_resume, &QPushButton::clicked, this, &ResumeBanner::resumeClicked);
    connect(m_other, &QPushButton::clicked, this, &ResumeBanner::otherClicked);
    setVisible(false);
}

void ResumeBanner::setText(const QString& text)
{
    m_text->setText(text);
}

QString ResumeBanner::text() const
{
    return m_text->text();
}

void ResumeBanner::setButtonTexts(const QString& resume, const QString& other)
{
    m_resume->setText(resume);
    m_other->setText(other);
}

} // namespace Ops
