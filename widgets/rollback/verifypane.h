#pragma once

#include "models/rollback/rollbackverifier.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Ops {

/// Step 6: the runbook's verification, each check with its live result. When it failed, going on needs
/// the emergency override ticked and a reason (the page records both with the failed figures).
class VerifyPane final : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyPane(QWidget* parent = nullptr);

    void reset(const QList<RollbackVerifier::Check>& checks);
    void update(RollbackVerifier::Check check, bool ok, bool done, const QString& detail);
    void setSummary(const QString& text);
    /// Shows the override (unticked, no reason) after a failed verification; hides it otherwise.
    void setFailed(bool failed);
    /// The override is ticked and has a reason: the operator may go on despite the failure.
    bool isOverridden() const;
    QString overrideReason() const;
    void setOverride(bool on, const QString& reason);
    void retranslateUi();

Q_SIGNALS:
    void verifyRequested();
    /// The override or its reason changed.
    void changed();

private:
    QLabel* m_summary;
    QWidget* m_overrideBox;
    QLabel* m_overrideText;
    QCheckBox* m_override;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QTreeWidget* m_checks;
    QPushButton* m_again;
    QList<RollbackVerifier::Check> m_order;
};

} // namespace Ops
