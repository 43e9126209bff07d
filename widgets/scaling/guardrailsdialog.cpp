#include "widgets/scaling/guardrailsdialog.h"
#include "widgets/shell/theme.h"

#include "models/session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ops {

namespace {
enum Column { ServiceColumn, MinColumn, MaxColumn };
}

GuardrailsDialog::GuardrailsDialog(Session& ops, const QStringList& services, QWidget* parent)
    : QDialog(parent)
    , m_session(ops)
    , m_services(services)
    , m_intro(new QLabel(this))
    , m_upLabel(new QLabel(this))
    , m_up(new QDoubleSpinBox(this))
    , m_downLabel(new QLabel(this))
    , m_down(new QDoubleSpinBox(this))
    , m_cooldownLabel(new QLabel(this))
    , m_cooldown(new QSpinBox(this))
    , m_defaultsLabel(new QLabel(this))
    , m_defaultMin(new QSpinBox(this))
    , m_defaultMax(new QSpinBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_addRow(new QPushButton(this))
    , m_removeRow(new QPushButton(this))
    , m_runbook(new QPushButton(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("guardrailsDialog"));
    m_intro->setWordWrap(true);
    m_up->setObjectName(QStringLiteral("maxUp"));
    m_up->setRange(1.1, 10.0);
    m_up->setSingleStep(0.5);
    m_up->setDecimals(1);
    m_up->setPrefix(QStringLiteral("×"));
    m_down->setObjectName(QStringLiteral("maxDown"));
    m_down->setRange(0.1, 0.9);
    m_down->setSingleStep(0.1);
    m_down->setDecimals(2);
    m_down->setPrefix(QStringLiteral("×"));
    m_cooldown->setObjectName(QStringLiteral("cooldown"));
    m_cooldown->setRange(0, 24 * 60);
    m_defaultMin->setRange(0, 1000);
    m_defaultMax->setRange(0, 1000);
    m_table->setObjectName(QStringLiteral("serviceLimits"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reason->setObjectName(QStringLiteral("guardrailsReason"));
    m_problem->setObjectName(QStringLiteral("guardrailsProblem"));
    m_problem->setWordWrap(true);
    Theme::setTextLook(m_problem, QColor(0xb3, 0x26, 0x1e));

    auto* form = new QFormLayout;
    form->addRow(m_upLabel, m_up);
    form->addRow(m_downLabel, m_down);
    form->addRow(m_cooldownLabel, m_cooldown);
    auto* defaults = new QHBoxLayout;
    defaults->addWidget(m_defaultMin);
    defaults->addWidget(new QLabel(QStringLiteral("–"), this));
    defaults->addWidget(m_defaultMax);
    defaults->addStretch();
    form->addRow(m_defaultsLabel, defaults);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    rowButtons->addWidget(m_runbook);
    auto* reason = new QHBoxLayout;
    reason->addWidget(m_reasonLabel);
    reason->addWidget(m_reason, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(reason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addServiceRow(QString(), m_session.policy().defaults);
        updateState();
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateState();
    });
    connect(m_runbook, &QPushButton::clicked, this, [this] { setEditedPolicy(ScalePolicy{}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GuardrailsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox* box : {m_up, m_down})
        connect(box, &QDoubleSpinBox::valueChanged, this, &GuardrailsDialog::updateState);
    for (QSpinBox* box : {m_cooldown, m_defaultMin, m_defaultMax})
        connect(box, &QSpinBox::valueChanged, this, &GuardrailsDialog::updateState);
    connect(m_table, &QTableWidget::cellChanged, this, &GuardrailsDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &GuardrailsDialog::updateState);
    connect(&m_session, &Session::armedChanged, this, &GuardrailsDialog::updateState);

    retranslateUi();
    setEditedPolicy(m_session.policy());
    resize(620, 560);
}

void GuardrailsDialog::addServiceRow(const QString& service, const ServiceScaleLimits& limits)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // An editable combo: the stack's services offered, any valid name accepted.
    auto* name = new QComboBox(m_table);
    name->setEditable(true);
    name->addItems(m_services);
    name->setCurrentText(service);
    connect(name, &QComboBox::currentTextChanged, this, &GuardrailsDialog::updateState);
    m_table->setCellWidget(row, ServiceColumn, name);
    for (int column : {MinColumn, MaxColumn}) {
        auto* box = new QSpinBox(m_table);
        box->setRange(0, 1000);
        box->setValue(column == MinColumn ? limits.minReplicas : limits.maxReplicas);
        connect(box, &QSpinBox::valueChanged, this, &GuardrailsDialog::updateState);
        m_table->setCellWidget(row, column, box);
    }
}

void GuardrailsDialog::setEditedPolicy(const ScalePolicy& policy)
{
    m_up->setValue(policy.maxUpFactor);
    m_down->setValue(policy.maxDownFactor);
    m_cooldown->setValue(policy.cooldownSeconds / 60);
    m_defaultMin->setValue(policy.defaults.minReplicas);
    m_defaultMax->setValue(policy.defaults.maxReplicas);
    m_table->setRowCount(0);
    QStringList names = policy.services.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        addServiceRow(name, policy.services.value(name));
    updateState();
}

ScalePolicy GuardrailsDialog::editedPolicy() const
{
    ScalePolicy policy;
    policy.maxUpFactor = m_up->value();
    policy.maxDownFactor = m_down->value();
    // Minutes on screen; seconds in the policy. An existing odd number of seconds is kept when unchanged.
    policy.cooldownSeconds = m_cooldown->value() == m_session.policy().cooldownSeconds / 60 ? m_session.policy().cooldownSeconds
                                                                                        : m_cooldown->value() * 60;
    policy.defaults = {m_defaultMin->value(), m_defaultMax->value()};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* name = qobject_cast<QComboBox*>(m_table->cellWidget(row, ServiceColumn));
        const auto* min = qobject_cast<QSpinBox*>(m_table->cellWidget(row, MinColumn));
        const auto* max = qobject_cast<QSpinBox*>(m_table->cellWidget(row, MaxColumn));
        if (name && min && max)
            policy.services.insert(name->currentText().trimmed(), {min->value(), max->value()});
    }
    return policy;
}

void GuardrailsDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString GuardrailsDialog::problem() const
{
    // What only the table can get wrong; the rest is the operations center's rule.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* name = qobject_cast<QComboBox*>(m_table->cellWidget(row, ServiceColumn));
        if (name && name->currentText().trimmed().isEmpty())
            return tr("Row %1 has no service name.").arg(row + 1);
    }
    const ScalePolicy policy = editedPolicy();
    if (policy.services.size() < m_table->rowCount())
        return tr("A service is listed twice.");
    return m_session.policyChangeProblem(policy, m_reason->text());
}

void GuardrailsDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    m_removeRow->setEnabled(m_table->rowCount() > 0);
}

bool GuardrailsDialog::save()
{
    if (!problem().isEmpty())
        return false;
    const QString refused = m_session.changePolicy(editedPolicy(), m_reason->text());
    if (!refused.isEmpty()) {
        m_problem->setText(refused);
        return false;
    }
    accept();
    return true;
}

void GuardrailsDialog::retranslateUi()
{
    setWindowTitle(tr("Scaling guardrails — %1", "scaling guardrails dialog: dialog title").arg(m_session.profile().name));
    m_intro->setText(tr("The runbook's scaling best practices for this profile: how far one step may go, how long "
                        "to wait between changes of a service, and each service's bounds. A scale that breaks "
                        "them needs an emergency override with a reason."));
    m_upLabel->setText(tr("Largest step up (increase):"));
    m_downLabel->setText(tr("Largest step down (decrease):"));
    m_cooldownLabel->setText(tr("Cool-down between changes of a service:"));
    m_cooldown->setSuffix(tr(" min", "scaling guardrails dialog"));
    m_defaultsLabel->setText(tr("Replicas of other services:"));
    m_table->setHorizontalHeaderLabels({tr("Service", "scaling guardrails dialog: column header"), tr("Minimum", "scaling guardrails dialog: column header"), tr("Maximum", "scaling guardrails dialog: column header")});
    m_addRow->setText(tr("Add service", "scaling guardrails dialog: button"));
    m_removeRow->setText(tr("Remove", "scaling guardrails dialog: button"));
    m_runbook->setText(tr("Runbook defaults", "scaling guardrails dialog: button"));
    m_reasonLabel->setText(tr("Reason:", "scaling guardrails dialog: form label"));
    m_reason->setPlaceholderText(tr("Why the guardrails change (audited)"));
    updateState();
}

void GuardrailsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ops
