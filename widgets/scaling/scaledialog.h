#pragma once

#include "models/audit/auditentry.h"
#include "models/stack/orchestratorcommand.h"
#include "models/scaling/scaleoperation.h"
#include "models/scaling/scalepolicy.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Ops {

class ConsoleContext;
class MetricsTable;
class ServiceVerification;
class Session;

/// The guarded one-click scale of one service: replicas running now (live), the target (spin box and
/// presets), the exact command that will run, the runbook's guardrails evaluated live in words, the
/// metrics before (and after), then the stages and output of the ScaleOperation and a verification
/// that the new count runs. Never blocks: open() it, and listen to its signals.
class ScaleDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Phase
    {
        Editing,
        Running,   ///< lock, command, audit
        Verifying, ///< waiting for the health monitor to see the new count
        Done,
        Failed,
        Refused,
    };
    Q_ENUM(Phase)

    ScaleDialog(ConsoleContext& context, const QString& service, QWidget* parent = nullptr);
    ~ScaleDialog() override;

    QString service() const { return m_service; }
    /// Replicas running now (-1 unknown).
    int currentReplicas() const;
    int target() const;
    void setTarget(int replicas);
    void setReason(const QString& reason);
    void setOverride(bool on);
    /// What the operator typed to confirm a destructive change.
    void setConfirmation(const QString& text);
    /// Deadline of the verification (default 60 s).
    void setVerifyTimeout(int ms) { m_verifyTimeoutMs = ms; }

    ScaleDecision decision() const;
    /// The argv of every command that will run.
    QList<QStringList> commandArgv() const;
    bool canStart() const;
    /// Why the Scale button is disabled, in words; empty when it is enabled.
    QString blockedReason() const;
    Phase phase() const { return m_phase; }
    /// The last message shown to the operator (refusal, failure, success).
    QString statusText() const;
    QJsonObject metricsBefore() const;
    QJsonObject metricsAfter() const;
    AuditEntry auditEntry() const { return m_entry; }

public Q_SLOTS:
    /// Runs the scale if everything allows it, else refused() says why.
    void startScale();

Q_SIGNALS:
    void phaseChanged(Ops::ScaleDialog::Phase phase);
    void refused(const QString& reason);
    /// The command ran and was audited; `ok` whether it succeeded and the new count is running.
    void completed(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void reevaluate();
    void setPhase(Phase phase, const QString& message = QString());
    void refuse(const QString& reason);
    void onStage(Ops::ScaleOperation::Stage stage);
    void onFinished(const Ops::OrchestratorResult& result, const Ops::AuditEntry& entry, bool journaled,
                    const QString& auditError);
    ScaleRequest request() const;
    bool isDestructive() const { return target() == 0; }

    ConsoleContext& m_context;
    Session& m_session;
    QString m_service;
    QPointer<ScaleOperation> m_operation;
    ServiceVerification* m_verification = nullptr;
    Phase m_phase = Phase::Editing;
    int m_verifyTimeoutMs = 60000;
    QTimer m_tick;
    AuditEntry m_entry;
    int m_scaledTo = -1;

    QLabel* m_serviceLabel = nullptr;
    QLabel* m_runningLabel = nullptr;
    QLabel* m_targetLabel = nullptr;
    QSpinBox* m_target = nullptr;
    QList<QPushButton*> m_presets;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_override = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_commandTitle = nullptr;
    QLabel* m_command = nullptr;
    QLabel* m_guardTitle = nullptr;
    QLabel* m_guardrails = nullptr;
    QLabel* m_metricsTitle = nullptr;
    MetricsTable* m_metrics = nullptr;
    QLabel* m_stage = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_scale = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Ops
