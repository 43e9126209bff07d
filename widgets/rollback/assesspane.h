#pragma once

#include "models/rollback/rollbackdecision.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Ops {

/// Step 1: the runbook's decision tree on live data, the evidence next to each branch, the recommended
/// path preselected; another path needs a reason.
class AssessPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessPane(QWidget* parent = nullptr);

    void setBusy(bool busy);
    /// When the running build was deployed (the baseline's source), in words.
    void setDeployInfo(const QString& text);
    void setRecommendation(const RollbackRecommendation& recommendation);
    RollbackRecommendation recommendation() const { return m_recommendation; }
    bool hasAssessment() const { return m_assessed; }
    bool dataCorruption() const;
    RollbackPath chosenPath() const;
    void choosePath(RollbackPath path);
    QString reason() const;
    void setReason(const QString& reason);
    /// A path is chosen, and a reason given when it is not the recommended one.
    bool isComplete() const;
    void retranslateUi();

Q_SIGNALS:
    void assessRequested(bool dataCorruption);
    void changed();

private:
    void render();

    QLabel* m_intro;
    QPushButton* m_assess;
    QCheckBox* m_corruption;
    QTreeWidget* m_tree;
    QLabel* m_deploy;
    QLabel* m_recommended;
    QLabel* m_choose;
    QButtonGroup* m_group;
    QRadioButton* m_quick;
    QRadioButton* m_full;
    QRadioButton* m_workers;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    RollbackRecommendation m_recommendation;
    bool m_assessed = false;
    bool m_busy = false;
};

} // namespace Ops
