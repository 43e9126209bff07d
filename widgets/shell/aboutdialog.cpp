#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/appicons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Ops {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    auto* icon = new QLabel(this);
    icon->setPixmap(AppIcons::console().pixmap(64, 64));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("aboutText"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Operations Console", "about dialog: dialog title"));
    m_text->setText(tr("<h3>Fragrance AI Operations Console</h3>"
                       "<p>Version %1</p>"
                       "<p>The operations runbook as guided, audited flows: health checks, scaling, rollback, "
                       "incident response, monitoring and maintenance.</p>"
                       "<p>Built with Qt %2.</p>")
                        .arg(QStringLiteral(OPSCONSOLE_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace Ops
