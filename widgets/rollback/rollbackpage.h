#pragma once

#include "models/audit/auditentry.h"
#include "models/incidents/incident.h"
#include "widgets/pages/page.h"
#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunner.h"
#include "models/rollback/rollbackrunstate.h"
#include "models/rollback/rollbackverifier.h"

#include <QPointer>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Ops {

class AfterPane;
class AssessPane;
class AuditStore;
class BackupPane;
class ExecutePane;
class Session;
class OrchestratorSource;
class ReviewPane;
class RollbackAssessor;
class RollbackTargetVersions;
class RollbackVerifier;
class TargetPane;
class VerifyPane;

/// The runbook's Rollback Procedures as a wizard: Assess (decision tree on live data) → Target version →
/// Backup (full rollback) → Review (every command, typed confirmation) → Execute (step by step, retry /
/// skip / abort) → Verify → After (post-rollback checklist). The run is saved after every step; a run
/// left unfinished by a crash is offered for resuming when the page opens.
class RollbackPage final : public Page
{
    Q_OBJECT

public:
    enum class Step
    {
        Assess,
        Target,
        Backup,
        Review,
        Execute,
        Verify,
        After
    };
    Q_ENUM(Step)

    explicit RollbackPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~RollbackPage() override;

    /// Ready once the first assessment arrived.
    bool isReady() const override { return m_assessedOnce; }
    Step currentStep() const { return m_step; }
    bool canGoNext() const;
    RollbackRunner* runner() const { return m_runner; }
    RollbackRunState run() const { return m_run; }

    AssessPane* assessPane() const { return m_assessPane; }
    TargetPane* targetPane() const { return m_targetPane; }
    BackupPane* backupPane() const { return m_backupPane; }
    ReviewPane* reviewPane() const { return m_reviewPane; }
    ExecutePane* executePane() const { return m_executePane; }
    VerifyPane* verifyPane() const { return m_verifyPane; }
    AfterPane* afterPane() const { return m_afterPane; }

    /// Where runs are saved (default: the console's data folder); for tests.
    void setStateDirectory(const QString& directory) { m_stateDirectory = directory; }
    /// rate() window of the assessment, the verification and the watch (default 5m); for tests.
    void setRateWindow(const QString& window);
    /// How long each verification check may try, how often, and how long the error rate is measured
    /// since the rollback finished before it is judged; for tests.
    void setVerifyDeadline(int ms, int intervalMs, int minimumObservationMs = 30000);
    /// The saved, unfinished run of this profile (checked when the page opens).
    bool hasSavedRun() const { return m_saved.has_value(); }

public Q_SLOTS:
    void assess();
    void next();
    void back();
    /// Starts the reviewed plan (the Execute page's Start button).
    void startRun();
    /// Resumes the saved run; an interrupted destructive step runs again only with Repeat.
    void resumeSaved(Ops::RollbackRunner::Interrupted interrupted);
    void discardSaved();
    void verify();
    /// Opens (through the main window) a new incident prefilled with the rollback's timeline.
    void documentIncident();
    /// Drives the wizard to `step` with live data, for --screenshot rollback:STEP; from Execute on it
    /// shows a recorded run of the reviewed plan (nothing runs, nothing is audited).
    void prepareScreenshot(const QString& step);

Q_SIGNALS:
    void incidentRequested(const Ops::Incident& incident);
    void stepChanged(Ops::RollbackPage::Step step);
    void runFinished(const Ops::RollbackRunState& state);
    void verified(bool ok);
    /// A failed verification was overridden with a reason and `entry` is in the audit trail (database or
    /// journal); the wizard moved on to After.
    void overrideRecorded(const Ops::AuditEntry& entry);
    /// prepareScreenshot() reached its step.
    void screenshotReady();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void setStep(Step step);
    void updateNavigation();
    /// Records the override of a failed verification, then moves on; stays when it cannot be recorded.
    void recordOverride();
    void checkSaved();
    void ensureRunner();
    void buildPlan();
    void loadVersions();
    void bindSession();
    void updateExecuteMode(const QString& message = QString());
    QString stateDirectory() const;
    QList<RollbackVerifier::Check> verificationChecks() const;
    /// --screenshot rollback:execute|verify|after: the reviewed plan as a recorded run, up to `step`.
    void showRecordedRun(const QString& step);

    Session& m_session;
    Step m_step = Step::Assess;
    QLabel* m_title;
    QLabel* m_steps;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_resume;
    QPushButton* m_discard;
    QStackedWidget* m_stack;
    AssessPane* m_assessPane;
    TargetPane* m_targetPane;
    BackupPane* m_backupPane;
    ReviewPane* m_reviewPane;
    ExecutePane* m_executePane;
    VerifyPane* m_verifyPane;
    AfterPane* m_afterPane;
    QPushButton* m_back;
    QPushButton* m_next;

    QPointer<RollbackAssessor> m_assessor;
    QPointer<RollbackVerifier> m_verifier;
    QPointer<OrchestratorSource> m_status;
    QPointer<RollbackTargetVersions> m_targets;
    int m_verifyDeadlineMs = 180000;
    int m_verifyIntervalMs = 3000;
    int m_minimumObservationMs = 30000;
    bool m_recordingOverride = false;
    QPointer<RollbackRunner> m_runner;
    QList<RollbackStep> m_plan;
    RollbackRequest m_request;
    RollbackRunState m_run;
    std::optional<RollbackRunState> m_saved;
    QString m_currentVersion;
    QString m_stateDirectory;
    QString m_window = QStringLiteral("5m");
    bool m_assessedOnce = false;
    bool m_started = false;
    bool m_verifiedOk = false;
    bool m_holdAfterRun = false;
};

} // namespace Ops
