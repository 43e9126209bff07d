#include "widgets/settings/profileimportdialog.h"

#include "models/profiles/profilestore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

ProfileImportDialog::ProfileImportDialog(ProfileStore& store, const QList<ConnectionProfile>& incoming, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_plan(ProfileImport::plan(store.profiles(), incoming))
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_import(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("profileImportDialog"));
    m_intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("importPlan"));
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_import->setObjectName(QStringLiteral("importChosen"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_import, &QPushButton::clicked, this, &ProfileImportDialog::importChosen);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    retranslateUi();
}

void ProfileImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import profiles", "profile import: dialog title"));
    m_intro->setText(tr("Tick the profiles to save. A saved profile is replaced only when you tick it after reading "
                        "its changes; an import never turns production off. Programs a profile names still run only "
                        "after you approve them (Settings ▸ Programs…)."));
    m_tree->setHeaderLabels({tr("Profile", "profile import: column"), tr("What changes", "profile import: column")});
    m_import->setText(tr("Import ticked", "profile import: button"));
    m_cancel->setText(tr("Cancel", "profile import: button"));
    fill();
}

void ProfileImportDialog::fill()
{
    // Keeps the operator's ticks across a language change.
    QHash<QString, Qt::CheckState> ticks;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        ticks.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString(), m_tree->topLevelItem(i)->checkState(0));
    m_tree->clear();
    for (const ImportItem& item : std::as_const(m_plan)) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, item.incoming.name);
        top->setData(0, Qt::UserRole, item.incoming.name);
        switch (item.kind) {
        case ImportItem::Kind::New:
            top->setText(1, tr("new profile", "profile import: status"));
            top->setCheckState(0, ticks.value(item.incoming.name, Qt::Checked));
            break;
        case ImportItem::Kind::Unchanged:
            top->setText(1, tr("the same as the saved profile: nothing to do", "profile import: status"));
            top->setFlags(top->flags() & ~Qt::ItemIsEnabled);
            break;
        case ImportItem::Kind::Changed:
            top->setText(1, tr("replaces the saved profile: %n field(s) change", "profile import: status",
                               int(item.changes.size())));
            top->setCheckState(0, ticks.value(item.incoming.name, Qt::Unchecked));
            top->setForeground(1, QColor(QStringLiteral("#b3261e")));
            for (const QString& line : ProfileImport::describe(item)) {
                auto* child = new QTreeWidgetItem(top);
                child->setText(1, line);
            }
            top->setExpanded(true);
            break;
        }
        if (item.kind == ImportItem::Kind::New && item.incoming.production) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(1, tr("production: read-only until armed"));
        }
    }
}

void ProfileImportDialog::setChosen(const QString& name, bool chosen)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name && (item->flags() & Qt::ItemIsEnabled))
            item->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
    }
}

void ProfileImportDialog::importChosen()
{
    m_imported.clear();
    QStringList failed;
    for (int i = 0; i < m_tree->topLevelItemCount() && i < m_plan.size(); ++i) {
        const QTreeWidgetItem* row = m_tree->topLevelItem(i);
        const ImportItem& item = m_plan.at(i);
        if (item.kind == ImportItem::Kind::Unchanged || row->checkState(0) != Qt::Checked)
            continue;
        if (m_store.save(item.incoming))
            m_imported << item.incoming.name;
        else
            failed << item.incoming.name;
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not save: %1").arg(failed.join(QStringLiteral(", "))));
    accept();
}

} // namespace Ops
