#pragma once

#include "models/rollback/rollbackplan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ops {

/// Step 4: every command that will run, in order, exactly as it will run; the operator types the target
/// version to confirm.
class ReviewPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPane(QWidget* parent = nullptr);

    void setPlan(const QList<RollbackStep>& steps, const RollbackRequest& request, const QString& fromVersion,
                 const QString& planError);
    QString commandsText() const;
    void setConfirmation(const QString& text);
    bool isComplete() const;
    void retranslateUi();

Q_SIGNALS:
    void changed();

private:
    void render();

    QLabel* m_summary;
    QPlainTextEdit* m_commands;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QList<RollbackStep> m_steps;
    RollbackRequest m_request;
    QString m_from;
    QString m_error;
};

} // namespace Ops
