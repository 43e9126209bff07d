#include "widgets/rollback/reviewpane.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ops {

ReviewPane::ReviewPane(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_commands = new QPlainTextEdit(this);
    m_commands->setObjectName(QStringLiteral("commands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_commands, 1);
    auto* row = new QHBoxLayout;
    m_confirmLabel = new QLabel(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    row->addWidget(m_confirmLabel);
    row->addWidget(m_confirm, 1);
    layout->addLayout(row);
    connect(m_confirm, &QLineEdit::textChanged, this, &ReviewPane::changed);
    retranslateUi();
}

void ReviewPane::setPlan(const QList<RollbackStep>& steps, const RollbackRequest& request,
                         const QString& fromVersion, const QString& planError)
{
    m_steps = steps;
    m_request = request;
    m_from = fromVersion;
    m_error = planError;
    m_confirm->clear();
    render();
}

QString ReviewPane::commandsText() const
{
    return m_commands->toPlainText();
}

void ReviewPane::setConfirmation(const QString& text)
{
    m_confirm->setText(text);
}

bool ReviewPane::isComplete() const
{
    return !m_steps.isEmpty() && m_confirm->text().trimmed() == m_request.version;
}

void ReviewPane::render()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The plan cannot be built: %1").arg(m_error));
        m_commands->clear();
        return;
    }
    QString summary = tr("%1 from %2 to %3.", "rollback wizard, review step")
                          .arg(RollbackDecisionTree::pathName(m_request.path),
                               m_from.isEmpty() ? tr("(unknown)", "rollback wizard, review step") : m_from, m_request.version);
    if (m_request.path == RollbackPath::Full)
        summary +=
            u' ' + tr("The database %1 is restored from %2.").arg(m_request.database, m_request.backupFile);
    summary += u' ' + tr("These commands run in this order, exactly as shown; a failing step stops the run.");
    m_summary->setText(summary);
    QStringList lines;
    for (int i = 0; i < m_steps.size(); ++i) {
        const RollbackStep& step = m_steps.at(i);
        QString title = QStringLiteral("%1. %2").arg(i + 1).arg(step.title());
        if (step.kind == RollbackStep::Kind::WaitDatabase)
            title += u' ' + tr("(repeated every second until it succeeds, at most 120 s)");
        lines << title;
        for (const OrchestratorCommand& c : step.commands)
            lines << QStringLiteral("   $ ") + RollbackPlan::commandLine(c);
        lines << QString();
    }
    m_commands->setPlainText(lines.join(u'\n'));
}

void ReviewPane::retranslateUi()
{
    m_confirmLabel->setText(tr("Type the target version to confirm:"));
    m_confirm->setPlaceholderText(m_request.version);
    render();
}

} // namespace Ops
