#pragma once

#include "models/rollback/backupcatalog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Ops {

/// Step 3 (full rollback): the profile's backups folder, newest first with size, time and age; the chosen
/// file is checked (inside the folder, regular, not empty, not writable by others, under the cap) before
/// anything can run.
class BackupPane final : public QWidget
{
    Q_OBJECT

public:
    explicit BackupPane(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    void reload();
    /// A name from the list or a path typed by the operator.
    void setFile(const QString& file);
    QString file() const;
    BackupCheck check() const { return m_check; }
    bool isComplete() const { return m_check.ok; }
    void retranslateUi();

Q_SIGNALS:
    void changed();

private:
    void runCheck();

    QLabel* m_intro;
    QLabel* m_folderLabel;
    QPushButton* m_reload;
    QTreeWidget* m_tree;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QLabel* m_result;
    QString m_folder;
    BackupCheck m_check;
};

} // namespace Ops
