#pragma once

#include "models/scaling/gradualdownscale.h"
#include "models/scaling/gradualdownscalestate.h"
#include "widgets/pages/page.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ops {

class ArmControl;
class GuardrailsDialog;
class GradualDownscale;
class RestartDialog;
class ResumeBanner;
class ScaleDialog;
class ScaleOperation;

/// The runbook's Scaling Procedures: every service with running and desired replicas, a guarded
/// "Scale…" per service, quick presets for app, worker-llm and worker-rl, and the emergency downscale
/// (worker-llm=1, worker-rl=1 in one command). Production profiles stay read-only until armed here.
class ScalingPage final : public Page
{
    Q_OBJECT

public:
    explicit ScalingPage(ConsoleContext& context, QWidget* parent = nullptr);

    ScaleDialog* currentDialog() const;
    RestartDialog* currentRestartDialog() const;
    /// Ready once the health monitor has heard from every source (replica counts known).
    bool isReady() const override;
    ArmControl* armControl() const { return m_arm; }
    GradualDownscale* gradualPlan() const { return m_plan; }
    /// Seconds between gradual steps (the page shows minutes; tests use seconds).
    void setGradualIntervalSeconds(int seconds) { m_intervalOverrideS = seconds; }

public Q_SLOTS:
    /// Opens (non-modal, never exec()) the scale dialog for a service; returns it.
    ScaleDialog* openScaleDialog(const QString& service);
    /// Opens (non-modal) the restart dialog for one of the application's services; returns it, or null
    /// for a service the console never restarts.
    RestartDialog* openRestartDialog(const QString& service);
    /// worker-llm=1 and worker-rl=1 in one command, with the reason typed on the page.
    void emergencyDownscale();
    /// Opens (non-modal) the editor of this profile's scaling guardrails.
    GuardrailsDialog* openGuardrails();
    /// Starts the gradual downscale plan with the service, target, interval and reason on the page.
    void startGradual();
    /// Continues the plan a killed console left unfinished (the banner offers it); done steps never run again.
    void resumeSavedGradual(Ops::GradualDownscale::Interrupted interrupted);
    void discardSavedGradual();

public:
    ResumeBanner* resumeBanner() const { return m_banner; }

Q_SIGNALS:
    void emergencyFinished(bool ok, const QString& message);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    QString selectedService() const;
    /// The services the console scales and restarts: the profile's application services.
    bool isApplicationService(const QString& service) const;
    GradualDownscale* ensurePlan();
    void checkSaved();
    void showBanner();

    QLabel* m_title;
    ArmControl* m_arm;
    QPushButton* m_guardrails;
    QTableView* m_table;
    QPushButton* m_scale;
    QPushButton* m_restart;
    QPointer<RestartDialog> m_restartDialog;
    QLabel* m_presetsLabel;
    QList<QPushButton*> m_quick;
    QLabel* m_emergencyLabel;
    QLineEdit* m_emergencyReason;
    QPushButton* m_emergency;
    QLabel* m_status;
    QGroupBox* m_gradualBox;
    QComboBox* m_gradualService;
    QLabel* m_gradualToLabel;
    QSpinBox* m_gradualTo;
    QLabel* m_gradualEveryLabel;
    QSpinBox* m_gradualMinutes;
    QLineEdit* m_gradualReason;
    QPushButton* m_gradualStart;
    QPushButton* m_gradualPause;
    QPushButton* m_gradualAbort;
    QLabel* m_gradualStatus;
    GradualDownscale* m_plan = nullptr;
    ResumeBanner* m_banner;
    std::optional<GradualDownscaleState> m_saved;
    int m_intervalOverrideS = 0;
    QPointer<ScaleDialog> m_dialog;
    QPointer<ScaleOperation> m_emergencyOp;
};

} // namespace Ops
