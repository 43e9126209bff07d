#pragma once

#include "pages/page.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ops {

class ArmControl;
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

    ScaleDialog* currentDialog() const { return m_dialog; }
    ArmControl* armControl() const { return m_arm; }

public Q_SLOTS:
    /// Opens (non-modal, never exec()) the scale dialog for a service; returns it.
    ScaleDialog* openScaleDialog(const QString& service);
    /// worker-llm=1 and worker-rl=1 in one command, with the reason typed on the page.
    void emergencyDownscale();

Q_SIGNALS:
    void emergencyFinished(bool ok, const QString& message);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    QString selectedService() const;

    QLabel* m_title;
    ArmControl* m_arm;
    QTableView* m_table;
    QPushButton* m_scale;
    QLabel* m_presetsLabel;
    QList<QPushButton*> m_quick;
    QLabel* m_emergencyLabel;
    QLineEdit* m_emergencyReason;
    QPushButton* m_emergency;
    QLabel* m_status;
    QPointer<ScaleDialog> m_dialog;
    QPointer<ScaleOperation> m_emergencyOp;
};

} // namespace Ops
