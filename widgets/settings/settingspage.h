#pragma once

#include "widgets/pages/page.h"

#include "models/profiles/connectionprofile.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QGroupBox;

namespace Ops {

class ProfileEditor;

/// Settings: the connection profiles (edit, validate, save; secrets to the keychain),
/// which one is active, and the interface language.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleContext& context, QWidget* parent = nullptr);

    ProfileEditor* editor() const { return m_editor; }
    /// Validates and saves what the editor shows; returns false and shows the issues when it is invalid.
    bool saveCurrent();

Q_SIGNALS:
    /// The secrets typed with the last save have all been written (`ok`) or kept for this run only.
    void secretsStored(bool ok);

protected:
    void retranslateUi() override;

private:
    void reloadList();
    void selectProfile(const QString& name);
    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void useProfile();
    void storeSecrets(const ConnectionProfile& profile);
    void confirmMovedSecrets(const ConnectionProfile& profile);
    void reviewPrograms();
    void updateKeychainStatus();

    QListWidget* m_list;
    ProfileEditor* m_editor;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_use;
    QPushButton* m_programs;
    QPushButton* m_save;
    QLabel* m_status;
    QLabel* m_keychain;
    QGroupBox* m_interface;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_title;
};

} // namespace Ops
