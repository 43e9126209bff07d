#pragma once

#include "models/rollback/rollbackrunstate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Ops {

/// Step 5: each step with its state, duration and live output; a restore shows its progress in bytes.
/// A failing step stops the run and offers retry, skip (with a reason) or abort; abort is possible
/// between steps.
class ExecutePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ExecutePane(QWidget* parent = nullptr);

    void setState(const RollbackRunState& state);
    void appendOutput(const QString& line);
    void setProgress(qint64 written, qint64 total);
    /// running: a step runs; deciding: a step failed and waits for the operator; idle otherwise.
    void setMode(bool canStart, bool running, bool deciding, const QString& message);
    QString skipReason() const;
    void setSkipReason(const QString& reason);
    void retranslateUi();

Q_SIGNALS:
    void startRequested();
    void retryRequested();
    void skipRequested(const QString& reason);
    void abortRequested();

private:
    QLabel* m_message;
    QTreeWidget* m_steps;
    QProgressBar* m_progress;
    QPlainTextEdit* m_output;
    QPushButton* m_start;
    QPushButton* m_retry;
    QLineEdit* m_skipReason;
    QPushButton* m_skip;
    QPushButton* m_abort;
    RollbackRunState m_state;
};

} // namespace Ops
