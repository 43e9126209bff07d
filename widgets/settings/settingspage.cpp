#include "widgets/settings/settingspage.h"

#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/languagemanager.h"
#include "widgets/settings/profileeditor.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "models/session/profilesecrets.h"
#include "models/session/session.h"
#include "widgets/settings/programapprovaldialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace Ops {

SettingsPage::SettingsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent)
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_use(new QPushButton(this))
    , m_programs(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_interface(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_title(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_programs->setObjectName(QStringLiteral("reviewPrograms"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_keychain->setWordWrap(true);
    m_list->setMaximumWidth(220);

    auto* listButtons = new QVBoxLayout;
    for (QPushButton* b : {m_new, m_duplicate, m_delete, m_use, m_programs})
        listButtons->addWidget(b);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editor);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* langRow = new QHBoxLayout(m_interface);
    langRow->addWidget(m_languageLabel);
    langRow->addWidget(m_language, 1);
    // Sized by a length, not by its items: measuring "한국어" in an English interface would load a CJK font
    // (1.7 MB of the console's memory) for a word shown only when the list is opened.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(16);
    m_language->addItem(QString(), QString());
    for (const QString& code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);

    auto* right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);
    right->addWidget(m_keychain);
    right->addWidget(m_interface);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    connect(m_list, &QListWidget::currentTextChanged, this, &SettingsPage::selectProfile);
    connect(m_new, &QPushButton::clicked, this, &SettingsPage::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &SettingsPage::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &SettingsPage::deleteProfile);
    connect(m_use, &QPushButton::clicked, this, &SettingsPage::useProfile);
    connect(m_programs, &QPushButton::clicked, this, &SettingsPage::reviewPrograms);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveCurrent);
    connect(m_editor, &ProfileEditor::edited, m_status, &QLabel::clear);
    connect(&context.profiles(), &ProfileStore::profilesChanged, this, &SettingsPage::reloadList);
    connect(&context.secrets(), &SecretStore::availabilityChanged, this, &SettingsPage::updateKeychainStatus);
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        AppSettings::language().set(code);
        this->context().language().setLanguage(code);
    });

    reloadList();
    if (context.hasActiveProfile()) {
        const auto items = m_list->findItems(context.activeProfile().name, Qt::MatchExactly);
        if (!items.isEmpty())
            m_list->setCurrentItem(items.first());
        else
            m_editor->setProfile(context.activeProfile());
    }
    retranslateUi();
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings", "settings page: title"));
    m_new->setText(tr("New profile", "settings page: button"));
    m_duplicate->setText(tr("Duplicate", "settings page: button"));
    m_delete->setText(tr("Delete…", "settings page: button"));
    m_use->setText(tr("Use this profile", "settings page: button"));
    m_programs->setText(tr("Programs…", "settings page: button that opens the approval of the profile's programs"));
    m_programs->setToolTip(tr("Review the programs this profile runs and approve them on this workstation"));
    m_save->setText(tr("Save profile", "settings page: button"));
    m_interface->setTitle(tr("Interface", "settings page: group box title"));
    m_languageLabel->setText(tr("Language:", "settings page: form label"));
    m_language->setItemText(0, tr("System default", "settings page: choice in a drop-down list"));
    const QString saved = AppSettings::language().get();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));
    updateKeychainStatus();
}

void SettingsPage::updateKeychainStatus()
{
    m_keychain->setText(context().secrets().keychainAvailable()
                            ? tr("Passwords and tokens are kept in the system keychain, never in the settings file.")
                            : tr("The system keychain is unavailable: secrets you type are kept for this run only "
                                 "and asked for again next time."));
}

void SettingsPage::reloadList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& name : context().profiles().names()) {
        auto* item = new QListWidgetItem(name, m_list);
        if (context().hasActiveProfile() && context().activeProfile().name == name) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    const auto items = m_list->findItems(current, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void SettingsPage::selectProfile(const QString& name)
{
    if (name.isEmpty() || !context().profiles().contains(name))
        return;
    m_editor->setProfile(context().profiles().profile(name));
    m_status->clear();
}

void SettingsPage::newProfile()
{
    ConnectionProfile p;
    QString name = QStringLiteral("profile");
    for (int i = 2; context().profiles().contains(name); ++i)
        name = QStringLiteral("profile-%1").arg(i);
    p.name = name;
    p.id = ConnectionProfile::newId();
    m_list->clearSelection();
    m_editor->setProfile(p);
    m_status->setText(tr("New profile: fill it in and save."));
}

void SettingsPage::duplicateProfile()
{
    ConnectionProfile p = m_editor->profile();
    p.name += QStringLiteral("-copy");
    p.id = ConnectionProfile::newId(); // a copy has keychain entries of its own (none yet)
    m_editor->setProfile(p);
    m_status->setText(tr("Copy of the profile: rename it and save."));
}

void SettingsPage::deleteProfile()
{
    const QString name = m_editor->profile().name;
    if (!context().profiles().contains(name))
        return;
    if (QMessageBox::question(this, tr("Delete profile", "settings page: dialog title"), tr("Delete the profile \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    removeProfileSecrets(context().secrets(), context().profiles().profile(name));
    context().profiles().remove(name);
    m_status->setText(tr("Profile \"%1\" deleted.", "settings page: status text").arg(name));
}

void SettingsPage::useProfile()
{
    if (!saveCurrent())
        return;
    context().activateProfile(m_editor->profile().name);
    reloadList();
    m_status->setText(tr("Now using \"%1\".", "settings page: status text").arg(m_editor->profile().name));
}

bool SettingsPage::saveCurrent()
{
    const ConnectionProfile p = m_editor->profile();
    const QList<ProfileIssue> issues = ProfileValidator::validate(p);
    m_editor->showIssues(issues);
    if (!issues.isEmpty()) {
        m_status->setText(tr("Not saved: %n problem(s) to fix.", nullptr, int(issues.size())));
        return false;
    }
    if (!context().profiles().save(p)) {
        m_status->setText(tr("Not saved: the settings file could not be written."));
        return false;
    }
    const ConnectionProfile saved = context().profiles().profile(p.name);
    m_editor->setProfileId(saved.id);
    const bool typedAny = !m_editor->typedSecrets().isEmpty();
    storeSecrets(saved);
    if (!typedAny)
        m_status->setText(tr("Saved \"%1\".", "settings page: status text").arg(p.name));
    confirmMovedSecrets(saved);
    const auto items = m_list->findItems(p.name, Qt::MatchExactly);
    if (!items.isEmpty()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(items.first());
    }
    return true;
}

void SettingsPage::confirmMovedSecrets(const ConnectionProfile& profile)
{
    // Secrets stay bound to the endpoint they were entered for: after an edit that moves the profile
    // elsewhere, the operator decides whether they follow.
    QPointer<SettingsPage> self(this);
    findSecretMismatches(context().secrets(), profile, this, [self, profile](const QList<SecretMismatch>& moved) {
        if (!self || moved.isEmpty())
            return;
        QStringList lines;
        for (const SecretMismatch& m : moved)
            lines << QStringLiteral("• ") + m.describe();
        const auto answer = QMessageBox::question(
            self, tr("Secrets of the profile", "settings page: dialog title"),
            tr("The profile now points elsewhere than these secrets were entered for:\n\n%1\n\nSend them to the new "
               "addresses? With No they are not sent anywhere until you enter them again.")
                .arg(lines.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            self->m_status->setText(tr("Saved; the secrets entered for the old addresses are not sent to the new ones."));
            return;
        }
        rebindProfileSecrets(self->context().secrets(), profile, moved, self,
                             [self, profile](bool ok, const QString& reason) {
                                 if (!self)
                                     return;
                                 self->m_status->setText(ok ? tr("Saved; the secrets were confirmed for the new addresses.")
                                                            : tr("The secrets could not be stored: %1").arg(reason));
                                 // The active profile's session reads its secrets again.
                                 if (ok && !self->context().activeProfileIsTransient() &&
                                     self->context().activeProfile().id == profile.id)
                                     self->context().activateProfile(self->context().activeProfile().name);
                             });
    });
}

void SettingsPage::reviewPrograms()
{
    const ConnectionProfile p = m_editor->profile();
    const QList<ProfileIssue> issues = ProfileValidator::validate(p);
    m_editor->showIssues(issues);
    if (!issues.isEmpty()) {
        m_status->setText(tr("Fix the profile first: %n problem(s).", nullptr, int(issues.size())));
        return;
    }
    auto* dialog = new ProgramApprovalDialog(p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProgramApprovalDialog::approved, this, [this] { context().session().noteApprovalsChanged(); });
    dialog->open();
}

void SettingsPage::storeSecrets(const ConnectionProfile& profile)
{
    const auto secrets = m_editor->typedSecrets();
    m_editor->clearSecrets();
    if (secrets.isEmpty())
        return;
    // Counts the answers of this save's writes; the last one announces the outcome.
    struct Batch
    {
        int pending = 0;
        bool ok = true;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(secrets.size());
    QPointer<SettingsPage> self(this);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const ConnectionProfile::Secret which = it.key();
        const QString value = it.value();
        // Bound to the endpoint the profile has now: the secret goes there and nowhere else.
        SecretStore::whenDone(writeProfileSecret(context().secrets(), profile, which, value), this,
                              [self, profile, which, value, batch](const SecretResult& result) {
            if (!self)
                return;
            if (result.ok()) {
                self->m_status->setText(tr("Saved; secrets stored in the system keychain."));
            } else {
                // The keychain failed: keep the secret for this run only, and say so.
                batch->ok = false;
                rememberProfileSecretForThisRun(self->context().secrets(), profile, which, value);
                self->m_status->setText(
                    tr("Saved, but the secret could not be stored (%1). It is kept for this run only.")
                        .arg(result.reason));
            }
            if (--batch->pending == 0)
                Q_EMIT self->secretsStored(batch->ok);
        });
    }
}

} // namespace Ops
