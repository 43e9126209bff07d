#pragma once

#include "models/maintenance/maintenancerun.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Ops {

/// The guided run as it happens: every step with its state (colour, symbol and words) and progress,
/// the output of the selected step, and the operator's buttons — Continue (a step that waits for them,
/// or ending the monitoring early), Retry (the failed step) and Abort (back to normal mode).
class MaintenanceRunView final : public QWidget
{
    Q_OBJECT

public:
    explicit MaintenanceRunView(QWidget* parent = nullptr);

    /// Not owned; null shows nothing running.
    void setRun(MaintenanceRun* run);
    MaintenanceRun* run() const { return m_run; }
    /// Shows the steps of a mode before anything runs.
    void showPlan(MaintenanceRun::Mode mode);

Q_SIGNALS:
    void startRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshStep(int index);
    void refreshButtons();
    void showOutput();

    QPointer<MaintenanceRun> m_run;
    QLabel* m_title;
    QLabel* m_state;
    QTreeWidget* m_steps;
    QProgressBar* m_progress;
    QPlainTextEdit* m_output;
    QLineEdit* m_note;
    QPushButton* m_start;
    QPushButton* m_confirm;
    QPushButton* m_retry;
    QPushButton* m_abort;
    QList<QMetaObject::Connection> m_connections;
    MaintenanceRun::Mode m_planMode = MaintenanceRun::Mode::Scheduled;
};

} // namespace Ops
