#include "widgets/rollback/assesspane.h"

#include "widgets/dashboard/healthstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ops {

AssessPane::AssessPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* row = new QHBoxLayout;
    m_assess = new QPushButton(this);
    m_assess->setObjectName(QStringLiteral("assess"));
    m_corruption = new QCheckBox(this);
    m_corruption->setObjectName(QStringLiteral("dataCorruption"));
    row->addWidget(m_assess);
    row->addWidget(m_corruption);
    row->addStretch();
    layout->addLayout(row);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("branches"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    m_deploy = new QLabel(this);
    m_deploy->setObjectName(QStringLiteral("deployInfo"));
    m_deploy->setWordWrap(true);
    layout->addWidget(m_deploy);
    m_recommended = new QLabel(this);
    m_recommended->setObjectName(QStringLiteral("recommended"));
    m_recommended->setWordWrap(true);
    QFont bold = m_recommended->font();
    bold.setBold(true);
    m_recommended->setFont(bold);
    layout->addWidget(m_recommended);
    m_choose = new QLabel(this);
    layout->addWidget(m_choose);
    m_group = new QButtonGroup(this);
    m_quick = new QRadioButton(this);
    m_quick->setObjectName(QStringLiteral("pathQuick"));
    m_full = new QRadioButton(this);
    m_full->setObjectName(QStringLiteral("pathFull"));
    m_workers = new QRadioButton(this);
    m_workers->setObjectName(QStringLiteral("pathWorkers"));
    m_group->addButton(m_quick, int(RollbackPath::Quick));
    m_group->addButton(m_full, int(RollbackPath::Full));
    m_group->addButton(m_workers, int(RollbackPath::WorkersOnly));
    layout->addWidget(m_quick);
    layout->addWidget(m_full);
    layout->addWidget(m_workers);
    auto* reasonRow = new QHBoxLayout;
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    connect(m_assess, &QPushButton::clicked, this, [this] { Q_EMIT assessRequested(dataCorruption()); });
    connect(m_corruption, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT assessRequested(on); });
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            render();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &AssessPane::changed);
    retranslateUi();
}

bool AssessPane::dataCorruption() const
{
    return m_corruption->isChecked();
}

RollbackPath AssessPane::chosenPath() const
{
    const int id = m_group->checkedId();
    return id < 0 ? RollbackPath::None : RollbackPath(id);
}

void AssessPane::choosePath(RollbackPath path)
{
    if (QAbstractButton* b = m_group->button(int(path)))
        b->setChecked(true);
}

QString AssessPane::reason() const
{
    return m_reason->text().trimmed();
}

void AssessPane::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

bool AssessPane::isComplete() const
{
    const RollbackPath chosen = chosenPath();
    if (chosen == RollbackPath::None)
        return false;
    return (m_recommendation.decided && chosen == m_recommendation.path) || !reason().isEmpty();
}

void AssessPane::setDeployInfo(const QString& text)
{
    m_deploy->setText(text);
}

void AssessPane::setBusy(bool busy)
{
    m_busy = busy;
    m_assess->setEnabled(!busy);
    render();
}

void AssessPane::setRecommendation(const RollbackRecommendation& recommendation)
{
    m_recommendation = recommendation;
    m_assessed = true;
    // An undecided verdict preselects nothing: whatever the operator chooses needs a reason.
    if (recommendation.decided && recommendation.path != RollbackPath::None)
        choosePath(recommendation.path);
    render();
}

void AssessPane::render()
{
    m_tree->clear();
    for (const RollbackBranch& b : std::as_const(m_recommendation.branches)) {
        auto* item = new QTreeWidgetItem(m_tree);
        const Health h = !b.known ? Health::Unknown : (b.triggered ? Health::Down : Health::Ok);
        item->setText(0, b.triggered ? tr("fires", "decision tree branch")
                                     : (b.known ? tr("no", "rollback wizard, assess step (decision tree)") : tr("unknown", "rollback wizard, assess step (decision tree)")));
        item->setForeground(0, healthColor(h));
        item->setText(1, b.condition);
        item->setText(2, b.evidence);
        item->setText(3,
                      RollbackDecisionTree::pathName(b.path) +
                          (b.id == RollbackBranch::Id::DataCorruption ? tr(" + investigation", "rollback wizard, assess step (decision tree)") : QString()));
    }
    if (m_busy)
        m_recommended->setText(tr("Looking at the live stack…"));
    else if (!m_assessed)
        m_recommended->setText(QString());
    else if (!m_recommendation.decided)
        m_recommended->setText(
            tr("Cannot decide: the decision tree is missing %1. Choose a path only with a reason.",
               "rollback wizard, assess step (decision tree): verdict; %1 lists the branches that could not be evaluated and why")
                .arg(m_recommendation.missing.join(QStringLiteral("; "))));
    else if (m_recommendation.path == RollbackPath::None)
        m_recommended->setText(tr("No branch of the decision tree fires: no rollback is recommended."));
    else
        m_recommended->setText(
            tr("Recommended: %1", "rollback wizard, assess step (decision tree)").arg(RollbackDecisionTree::pathName(m_recommendation.path)) +
            (m_recommendation.investigate ? tr(" and an investigation", "rollback wizard, assess step (decision tree)") : QString()));
    const bool undecided = m_assessed && !m_recommendation.decided;
    const bool other = chosenPath() != RollbackPath::None && (chosenPath() != m_recommendation.path || undecided);
    m_reasonLabel->setEnabled(other);
    m_reason->setEnabled(other);
    m_reason->setPlaceholderText(!other ? QString()
                                 : undecided ? tr("Required: why this path, without the missing evidence?")
                                             : tr("Required: why not the recommended path?"));
    Q_EMIT changed();
}

void AssessPane::retranslateUi()
{
    m_intro->setText(
        tr("The runbook's rollback decision tree, evaluated on the live stack. The evidence stands next "
           "to each branch; the recommended path is preselected."));
    m_assess->setText(tr("Assess again", "rollback wizard, assess step (decision tree): button"));
    m_corruption->setText(tr("Data corruption detected (declared by the operator)"));
    m_tree->setHeaderLabels({tr("Fires", "rollback wizard, assess step (decision tree): column header"), tr("Branch", "rollback wizard, assess step (decision tree): column header"), tr("Evidence", "rollback wizard, assess step (decision tree): column header"), tr("Leads to", "rollback wizard, assess step (decision tree): column header")});
    m_choose->setText(tr("Rollback path:", "rollback wizard, assess step (decision tree): form label"));
    m_quick->setText(RollbackDecisionTree::pathName(RollbackPath::Quick));
    m_full->setText(RollbackDecisionTree::pathName(RollbackPath::Full));
    m_workers->setText(RollbackDecisionTree::pathName(RollbackPath::WorkersOnly));
    m_reasonLabel->setText(tr("Reason:", "rollback wizard, assess step (decision tree): form label"));
    render();
}

} // namespace Ops
