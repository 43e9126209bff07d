#include "widgets/rollback/verifypane.h"

#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"

#include <QHeaderView>
#include <QLabel>
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
    connect(m_again, &QPushButton::clicked, this, &VerifyPane::verifyRequested);
    retranslateUi();
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
}

} // namespace Ops
