#include "widgets/rollback/backuppane.h"

#include "models/core/formatting.h"
#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

BackupPane::BackupPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* row = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("folder"));
    m_reload = new QPushButton(this);
    row->addWidget(m_folderLabel, 1);
    row->addWidget(m_reload);
    layout->addLayout(row);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("backups"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // times with both zones
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backupFile"));
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    connect(m_reload, &QPushButton::clicked, this, &BackupPane::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_file->setText(item->data(0, Qt::UserRole).toString());
    });
    connect(m_file, &QLineEdit::textChanged, this, &BackupPane::runCheck);
    retranslateUi();
}

void BackupPane::setFolder(const QString& folder)
{
    m_folder = folder;
    reload();
}

void BackupPane::reload()
{
    m_tree->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupInfo& b : BackupCatalog::list(m_folder)) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, b.name);
        item->setText(1, Format::bytes(b.size));
        item->setText(2, Format::utcAndLocal(b.modified));
        item->setText(3, BackupCatalog::age(b.modified, now));
        item->setData(0, Qt::UserRole, b.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    retranslateUi();
}

void BackupPane::setFile(const QString& file)
{
    m_file->setText(file);
}

QString BackupPane::file() const
{
    return m_file->text().trimmed();
}

void BackupPane::runCheck()
{
    m_check = file().isEmpty() ? BackupCheck() : BackupCatalog::check(m_folder, file());
    QString text;
    Health h = Health::Unknown;
    const QString folderProblem = m_folder.isEmpty() ? QString() : BackupCatalog::folderProblem(m_folder);
    if (file().isEmpty() && !folderProblem.isEmpty()) {
        // A folder that is a link elsewhere (or that others may write to) lists nothing: say why.
        h = Health::Down;
        text = tr("Refused: %1", "rollback wizard, backup step").arg(folderProblem);
    } else if (file().isEmpty()) {
        text = tr("Choose a backup.", "rollback wizard, backup step");
    } else if (m_check.ok) {
        h = Health::Ok;
        text = tr("Checked: %1 (%2) is a regular file inside the backups folder, not writable by others.")
                   .arg(m_check.canonicalPath, Format::bytes(m_check.size));
    } else {
        h = Health::Down;
        text = tr("Refused: %1", "rollback wizard, backup step").arg(m_check.reason);
    }
    m_result->setText(text);
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, healthColor(h));
    m_result->setPalette(p);
    Q_EMIT changed();
}

void BackupPane::retranslateUi()
{
    m_intro->setText(
        tr("The full rollback restores the database from a backup of this profile's backups folder. "
           "The file is checked before anything runs."));
    m_folderLabel->setText(m_folder.isEmpty() ? tr("This profile has no backups folder (Settings).")
                                              : tr("Backups folder: %1 — %n file(s), newest first", nullptr,
                                                   m_tree->topLevelItemCount())
                                                    .arg(m_folder));
    m_reload->setText(tr("Reload", "rollback wizard, backup step: button"));
    m_tree->setHeaderLabels({tr("File", "rollback wizard, backup step: column header"), tr("Size", "rollback wizard, backup step: column header"), tr("Time", "rollback wizard, backup step: column header"), tr("Age", "rollback wizard, backup step: column header")});
    m_fileLabel->setText(tr("Backup to restore:", "rollback wizard, backup step: form label"));
    runCheck();
}

} // namespace Ops
