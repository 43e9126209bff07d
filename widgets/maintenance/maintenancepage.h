#pragma once

#include "models/maintenance/maintenanceflagprobe.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancerunstate.h"
#include "models/maintenance/maintenancewindow.h"
#include "widgets/pages/page.h"

#include <QMap>
#include <QPointer>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Ops {

class MaintenanceRunView;
class ResumeBanner;
class MaintenanceStore;

/// The runbook's Maintenance Windows: the schedule (UTC and local time; the recommended Sunday
/// 02:00–04:00 UTC offered for a new window), the window's editor, the pre-maintenance checklist with
/// who ticked what when, and the guided procedure (MaintenanceRunView), scheduled or emergency.
/// Works read-only from the local copy while PostgreSQL is down; edits then go to the journal.
class MaintenancePage final : public Page
{
    Q_OBJECT

public:
    explicit MaintenancePage(ConsoleContext& context, QWidget* parent = nullptr);
    ~MaintenancePage() override;

    bool isReady() const override { return m_ready; }
    MaintenanceStore* store() const;
    MaintenanceRun* run() const;
    MaintenanceRunView* runView() const { return m_runView; }
    /// The window in the editor (what Save would write).
    MaintenanceWindow editedWindow() const;
    QUuid selectedWindowId() const { return m_selected; }
    /// The run the page starts (made on first use; tests shorten its waits through it).
    MaintenanceRun* prepareRun() { return ensureRun(); }

public Q_SLOTS:
    /// A new window in the editor, prefilled with the runbook's recommended time.
    void newWindow();
    void saveWindow();
    void selectWindow(const QUuid& id);
    /// Starts the scheduled run of the selected window (the checklist or the override reason gates it).
    void startRun();
    /// Creates an emergency window now and starts the runbook's short path.
    void startEmergency();
    /// The run a killed console left unfinished (the banner offers it): resumed with the lock taken again,
    /// or aborted (normal mode restored when the site may be behind the maintenance page, recorded).
    void resumeSaved(Ops::MaintenanceRun::Interrupted interrupted);
    void abortSaved();

public:
    ResumeBanner* resumeBanner() const { return m_banner; }
    /// What the banner knows of NGINX's flag (Unknown until the probe answered).
    MaintenanceFlagProbe::Flag savedRunFlag() const { return m_savedFlag; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void bind();
    void showWindows();
    void showChecklist();
    void updateLocalTimes();
    void setStatus(const QString& text);
    MaintenanceRun* ensureRun();
    void checkSaved();
    void showBanner();
    /// Runs `then` once the session can take the lock; false when the profile is not armed.
    bool whenSessionReady(const std::function<void()>& then);

    QPointer<MaintenanceStore> m_store;
    QPointer<MaintenanceRun> m_run;
    QUuid m_selected;
    bool m_ready = false;
    bool m_showing = false;
    std::optional<MaintenanceRunState> m_saved;
    QPointer<MaintenanceFlagProbe> m_probe;
    MaintenanceFlagProbe::Flag m_savedFlag = MaintenanceFlagProbe::Flag::Unknown;
    QString m_savedFlagDetail;
    ResumeBanner* m_banner;

    QLabel* m_title;
    QLabel* m_status;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QPushButton* m_emergency;
    QGroupBox* m_editorBox;
    QLabel* m_titleLabel;
    QLineEdit* m_windowTitle;
    QLabel* m_ownerLabel;
    QLineEdit* m_owner;
    QLabel* m_startLabel;
    QDateTimeEdit* m_start;
    QLabel* m_startLocal;
    QLabel* m_endLabel;
    QDateTimeEdit* m_end;
    QLabel* m_endLocal;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QGroupBox* m_checklistBox;
    QMap<QString, QCheckBox*> m_checks;
    QMap<QString, QLabel*> m_checkWho;
    QLineEdit* m_override;
    MaintenanceRunView* m_runView;
};

} // namespace Ops
