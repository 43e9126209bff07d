#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ops {

class ArmControl;
class ConsoleContext;
class RestartOperation;
class Session;
class ServiceVerification;
struct AuditEntry;
struct OrchestratorResult;

/// The runbook's first P0 mitigation for one service, from its dashboard tile or the Scaling page: what
/// will run (the exact command), a reason, production arming, then the restart under the operator lock
/// and the check that the service answers healthy again, each step said in words.
class RestartDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Editing, Running, Verifying, Done, Failed, Refused };
    Q_ENUM(Phase)

    RestartDialog(ConsoleContext& context, const QString& service, QWidget* parent = nullptr);
    ~RestartDialog() override;

    QString service() const { return m_service; }
    Phase phase() const { return m_phase; }
    void setReason(const QString& reason);
    /// Why Restart is disabled now (translated), or empty.
    QString blockedReason() const;
    bool canStart() const { return blockedReason().isEmpty(); }
    /// The command that will run, as shown.
    QString commandText() const;
    QString statusText() const;
    /// Verification deadline (default 90 s).
    void setVerifyTimeout(int ms) { m_verifyTimeoutMs = ms; }

public Q_SLOTS:
    void startRestart();

Q_SIGNALS:
    /// The restart ran and was verified (true), or failed or could not be verified (false).
    void completed(bool ok);
    void refused(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reevaluate();
    void setPhase(Phase phase, const QString& text);
    void onFinished(const Ops::OrchestratorResult& result, const Ops::AuditEntry& entry, bool journaled,
                    const QString& auditError);

    ConsoleContext& m_context;
    Session& m_session;
    QString m_service;
    QPointer<RestartOperation> m_operation;
    ServiceVerification* m_verification = nullptr;
    Phase m_phase = Phase::Editing;
    int m_verifyTimeoutMs = 90000;
    int m_replicasBefore = -1;
    QString m_statusText;

    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_commandLabel;
    QLabel* m_command;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    ArmControl* m_arm;
    QPlainTextEdit* m_output;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_close;
};

} // namespace Ops
