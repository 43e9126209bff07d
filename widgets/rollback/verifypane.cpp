#include "widgets/rollback/verifypane.h"

#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

VerifyPane::VerifyPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setColumnCount(3);
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // no result is ever cut
    m_checks->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_checks, 1);
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("verifyAgain"));
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    m_overrideBox = new QWidget(this);
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    auto* box = new QVBoxLayout(m_overrideBox);
    box->setContentsMargins(0, 0, 0, 0);
    m_overrideText = new QLabel(m_overrideBox);
    m_overrideText->setWordWrap(true);
    m_override = new QCheckBox(m_overrideBox);
    m_override->setObjectName(QStringLiteral("override"));
    auto* reasonRow = new QHBoxLayout;
    m_reasonLabel = new QLabel(m_overrideBox);
    m_reason = new QLineEdit(m_overrideBox);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setEnabled(false);
    m_reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    box->addWidget(m_overrideText);
    box->addWidget(m_override);
    box->addLayout(reasonRow);
    layout->addWidget(m_overrideBox);
    m_overrideBox->setVisible(false);
    connect(m_again, &QPushButton::clicked, this, &VerifyPane::verifyRequested);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &VerifyPane::changed);
    retranslateUi();
}

void VerifyPane::setFailed(bool failed)
{
    m_override->setChecked(false);
    m_reason->clear();
    m_overrideBox->setVisible(failed);
    Q_EMIT changed();
}

bool VerifyPane::isOverridden() const
{
    return m_overrideBox->isVisibleTo(this) && m_override->isChecked() && !overrideReason().isEmpty();
}

QString VerifyPane::overrideReason() const
{
    return m_reason->text().trimmed();
}

void VerifyPane::setOverride(bool on, const QString& reason)
{
    m_override->setChecked(on);
    m_reason->setText(reason);
}

void VerifyPane::reset(const QList<RollbackVerifier::Check>& checks)
{
    m_order = checks;
    m_checks->clear();
    for (RollbackVerifier::Check c : checks) {
        auto* item = new QTreeWidgetItem(m_checks);
        item->setText(0, RollbackVerifier::title(c));
        item->setText(1, tr("checking…", "rollback wizard, verify step: result of one check"));
    }
}

void VerifyPane::update(RollbackVerifier::Check check, bool ok, bool done, const QString& detail)
{
    const int row = int(m_order.indexOf(check));
    QTreeWidgetItem* item = m_checks->topLevelItem(row);
    if (!item)
        return;
    item->setText(1, ok ? tr("passed", "rollback wizard, verify step: result of one check") : (done ? tr("FAILED", "rollback wizard, verify step: result of one check") : tr("not yet, trying again", "rollback wizard, verify step: result of one check; the column is narrow")));
    item->setForeground(1, healthColor(ok ? Health::Ok : (done ? Health::Down : Health::Degraded)));
    item->setText(2, detail);
}

void VerifyPane::setSummary(const QString& text)
{
    m_summary->setText(text);
}

void VerifyPane::retranslateUi()
{
    m_checks->setHeaderLabels({tr("Check", "rollback wizard, verify step: column header"), tr("Result", "rollback wizard, verify step: column header"), tr("Detail", "rollback wizard, verify step: column header")});
    m_again->setText(tr("Verify again", "rollback wizard, verify step: button"));
    m_overrideText->setText(tr("The verification failed, so Next stays disabled. To go on anyway, tick the emergency "
                               "override and say why: the reason and the failed figures go into the audit trail."));
    m_override->setText(tr("Emergency override: go on despite the failed verification",
                           "rollback wizard, verify step: check box"));
    m_reasonLabel->setText(tr("Reason:", "rollback wizard, verify step: form label"));
    m_reason->setPlaceholderText(tr("Required: why go on?", "rollback wizard, verify step: placeholder of the override's reason"));
}

} // namespace Ops
