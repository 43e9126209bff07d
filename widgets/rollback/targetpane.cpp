#include "widgets/rollback/targetpane.h"

#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/stack/orchestrator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ops {

TargetPane::TargetPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentVersion"));
    layout->addWidget(m_current);
    m_listLabel = new QLabel(this);
    layout->addWidget(m_listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("candidates"));
    layout->addWidget(m_list, 1);
    auto* form = new QFormLayout;
    m_versionLabel = new QLabel(this);
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("targetVersion"));
    form->addRow(m_versionLabel, m_version);
    layout->addLayout(form);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setWordWrap(true);
    layout->addWidget(m_validation);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            m_version->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_version, &QLineEdit::textChanged, this, &TargetPane::validate);
    retranslateUi();
}

void TargetPane::setCurrentVersion(const QString& version)
{
    m_currentVersion = version;
    retranslateUi();
}

void TargetPane::setCandidates(const QList<QPair<QString, QString>>& candidates)
{
    m_list->clear();
    for (const auto& [version, source] : candidates) {
        auto* item = new QListWidgetItem(tr("%1 — %2", "rollback wizard, target version step").arg(version, source), m_list);
        item->setData(Qt::UserRole, version);
    }
}

QString TargetPane::version() const
{
    return m_version->text().trimmed();
}

void TargetPane::setVersion(const QString& version)
{
    m_version->setText(version);
}

bool TargetPane::isComplete() const
{
    return Orchestrator::isValidVersion(version()) && version() != m_currentVersion;
}

void TargetPane::validate()
{
    const QString v = version();
    QString text;
    Health h = Health::Ok;
    if (v.isEmpty()) {
        h = Health::Unknown;
    } else if (!Orchestrator::isValidVersion(v)) {
        h = Health::Down;
        text = tr("\"%1\" is not a valid version: letters, digits, '.', '_' and '-' (a tag like 0.1.0), or "
                  "sha256: and 64 hex digits.")
                   .arg(v);
    } else if (v == m_currentVersion) {
        h = Health::Degraded;
        text = tr("%1 is the version running now.").arg(v);
    } else {
        text = tr("Roll back from %1 to %2.")
                   .arg(m_currentVersion.isEmpty() ? tr("(unknown)", "rollback wizard, target version step") : m_currentVersion, v);
    }
    m_validation->setText(text);
    QPalette p = m_validation->palette();
    p.setColor(QPalette::WindowText, healthColor(h));
    m_validation->setPalette(p);
    Q_EMIT changed();
}

void TargetPane::retranslateUi()
{
    m_intro->setText(
        tr("The version to go back to. Offered: the versions deployed before, from the audit trail of "
           "deployments and rollbacks and from the running containers' image tags."));
    m_current->setText(tr("Running now (/version): %1", "rollback wizard, target version step: label")
                           .arg(m_currentVersion.isEmpty() ? tr("unknown (no answer)", "rollback wizard, target version step") : m_currentVersion));
    m_listLabel->setText(tr("Versions deployed before:", "rollback wizard, target version step: form label"));
    m_versionLabel->setText(tr("Target version:", "rollback wizard, target version step: form label"));
    m_version->setPlaceholderText(tr("e.g. 0.1.0", "rollback wizard, target version step: placeholder text in an empty field"));
    validate();
}

} // namespace Ops
