#pragma once

#include "models/scaling/scalepolicy.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Ops {

class Session;

/// Edits the active profile's scaling guardrails (ScalePolicy): the largest step up and down, the
/// cool-down, the default replica bounds and per-service bounds. Saving needs a reason and goes to the
/// audit trail with the old and new values; a production profile must be armed first.
class GuardrailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardrailsDialog)

public:
    /// `services`: names offered for per-service bounds (the stack's services).
    GuardrailsDialog(Session& ops, const QStringList& services, QWidget* parent = nullptr);

    /// The policy as edited now.
    ScalePolicy editedPolicy() const;
    void setEditedPolicy(const ScalePolicy& policy);
    void setReason(const QString& reason);
    /// Why Save is refused now (translated), or empty.
    QString problem() const;
    /// Saves through Session::changePolicy; true when stored (the dialog then closes).
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void addServiceRow(const QString& service, const ServiceScaleLimits& limits);

    Session& m_session;
    QStringList m_services;
    QLabel* m_intro;
    QLabel* m_upLabel;
    QDoubleSpinBox* m_up;
    QLabel* m_downLabel;
    QDoubleSpinBox* m_down;
    QLabel* m_cooldownLabel;
    QSpinBox* m_cooldown;
    QLabel* m_defaultsLabel;
    QSpinBox* m_defaultMin;
    QSpinBox* m_defaultMax;
    QTableWidget* m_table;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QPushButton* m_runbook;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace Ops
