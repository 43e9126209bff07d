#pragma once

#include "models/profiles/profileimport.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Ops {

class ProfileStore;

/// What an import of a profile file would change, profile by profile and field by field. New profiles
/// are ticked; a profile that would change a saved one is not, so nothing is overwritten unless the
/// operator ticks it after reading its changes. `production` is never cleared by an import.
class ProfileImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileImportDialog(ProfileStore& store, const QList<ConnectionProfile>& incoming, QWidget* parent = nullptr);

    /// Ticks or unticks the profile `name` (tests).
    void setChosen(const QString& name, bool chosen);
    /// The names saved by the last accept().
    QStringList importedNames() const { return m_imported; }
    QTreeWidget* tree() const { return m_tree; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void importChosen();

    ProfileStore& m_store;
    QList<ImportItem> m_plan;
    QStringList m_imported;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QPushButton* m_import;
    QPushButton* m_cancel;
};

} // namespace Ops
