#pragma once

#include "models/rollback/rollbackverifier.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Ops {

/// Step 6: the runbook's verification, each check with its live result.
class VerifyPane final : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyPane(QWidget* parent = nullptr);

    void reset(const QList<RollbackVerifier::Check>& checks);
    void update(RollbackVerifier::Check check, bool ok, bool done, const QString& detail);
    void setSummary(const QString& text);
    void retranslateUi();

Q_SIGNALS:
    void verifyRequested();

private:
    QLabel* m_summary;
    QTreeWidget* m_checks;
    QPushButton* m_again;
    QList<RollbackVerifier::Check> m_order;
};

} // namespace Ops
