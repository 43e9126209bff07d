#include "widgets/scaling/restartdialog.h"

#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/scaling/restartoperation.h"
#include "models/scaling/serviceverification.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "models/stack/orchestrator.h"
#include "widgets/scaling/armcontrol.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ops {

RestartDialog::RestartDialog(ConsoleContext& context, const QString& service, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(context.session())
    , m_service(service)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_commandLabel(new QLabel(this))
    , m_command(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_arm(new ArmControl(context.session(), this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("restartDialog"));
    m_session.start();
    m_operation = m_session.createRestartOperation(this);
    m_verification = m_session.createServiceVerification(this);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_explanation->setWordWrap(true);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(500);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("restartButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    auto* form = new QFormLayout;
    form->addRow(m_commandLabel, m_command);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);
    layout->addWidget(m_arm);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &RestartDialog::startRestart);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_reason, &QLineEdit::textChanged, this, &RestartDialog::reevaluate);
    connect(&m_session, &Session::armedChanged, this, &RestartDialog::reevaluate);
    connect(&m_session, &Session::reset, this, [this] {
        m_operation.clear();
        if (m_phase == Phase::Editing)
            setPhase(Phase::Refused, tr("Another profile became active; this dialog no longer applies."));
    });
    if (m_operation) {
        connect(m_operation, &RestartOperation::refused, this, [this](const QString& why) {
            setPhase(Phase::Refused, why);
            Q_EMIT refused(why);
        });
        connect(m_operation, &RestartOperation::finished, this, &RestartDialog::onFinished);
        connect(m_operation, &RestartOperation::stageChanged, this, [this](RestartOperation::Stage stage) {
            if (stage == RestartOperation::Stage::Locking)
                m_output->appendPlainText(tr("Taking the operator lock…"));
            else if (stage == RestartOperation::Stage::Running)
                m_output->appendPlainText(tr("Restarting %1…").arg(m_service));
            else if (stage == RestartOperation::Stage::Recording)
                m_output->appendPlainText(tr("Recording it in the audit trail…"));
        });
    }
    if (Orchestrator* o = m_session.orchestrator())
        connect(o, &Orchestrator::outputLine, this, [this](const QByteArray& line) {
            if (m_phase == Phase::Running)
                m_output->appendPlainText(QString::fromUtf8(line).trimmed());
        });
    connect(m_verification, &ServiceVerification::verified, this, [this](int running) {
        setPhase(Phase::Done, tr("%1 was restarted and answers healthy again (%n replica(s) running).", nullptr, running)
                                  .arg(m_service));
        Q_EMIT completed(true);
    });
    connect(m_verification, &ServiceVerification::failed, this, [this](const QString& why) {
        setPhase(Phase::Failed, why);
        Q_EMIT completed(false);
    });
    resize(640, 420);
    retranslateUi();
}

RestartDialog::~RestartDialog() = default;

void RestartDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString RestartDialog::commandText() const
{
    if (const Orchestrator* o = m_session.orchestrator(); o && Orchestrator::isValidServiceName(m_service))
        return o->restartServiceCommand(m_service).displayLine();
    return QString();
}

QString RestartDialog::statusText() const
{
    return m_statusText;
}

QString RestartDialog::blockedReason() const
{
    if (m_phase == Phase::Running || m_phase == Phase::Verifying)
        return tr("The restart is running.");
    if (!m_operation)
        return tr("The console is not connected to this stack.");
    return m_operation->problem(m_service, m_reason->text());
}

void RestartDialog::reevaluate()
{
    const QString why = blockedReason();
    m_start->setEnabled(why.isEmpty());
    m_start->setToolTip(why);
    // While editing, the status line says what is missing; afterwards, what happened.
    m_status->setText(m_phase == Phase::Editing ? why : m_statusText);
}

void RestartDialog::startRestart()
{
    if (const QString why = blockedReason(); !why.isEmpty()) {
        setPhase(Phase::Refused, why);
        Q_EMIT refused(why);
        return;
    }
    const ServiceStatus before = m_context.health().services()->status(m_service);
    m_replicasBefore = before.running;
    m_output->clear();
    setPhase(Phase::Running, tr("Restarting %1…").arg(m_service));
    m_operation->start(m_service, m_reason->text(), m_context.health().scaleMetrics());
}

void RestartDialog::onFinished(const OrchestratorResult& result, const AuditEntry& entry, bool journaled,
                               const QString& auditError)
{
    if (!auditError.isEmpty())
        m_output->appendPlainText(tr("⚠ Not recorded in the audit trail: %1").arg(auditError));
    else if (journaled)
        m_output->appendPlainText(tr("Recorded in the offline journal (PostgreSQL is unreachable); it goes to "
                                     "the audit trail when the database is back."));
    if (!result.ok) {
        setPhase(Phase::Failed, tr("The restart failed: %1").arg(result.error));
        Q_EMIT completed(false);
        return;
    }
    // Healthy again means: as many replicas as before, and a health answer given after the restart.
    setPhase(Phase::Verifying, tr("Restarted; waiting until %1 answers healthy…").arg(m_service));
    m_verification->setTimeout(m_verifyTimeoutMs);
    m_verification->start(entry, AuditAction::RestartVerify,
                          {m_service, m_replicasBefore >= 1 ? m_replicasBefore : -1, true},
                          entry.metricsBefore);
}

void RestartDialog::setPhase(Phase phase, const QString& text)
{
    m_phase = phase;
    m_statusText = text;
    m_status->setText(text);
    m_reason->setEnabled(phase == Phase::Editing || phase == Phase::Refused || phase == Phase::Failed);
    reevaluate();
}

void RestartDialog::retranslateUi()
{
    setWindowTitle(tr("Restart %1", "restart dialog: window title").arg(m_service));
    m_title->setText(tr("Restart %1", "restart dialog: title").arg(m_service));
    m_explanation->setText(tr("The runbook's first mitigation of a P0: every container of %1 is restarted on "
                              "the version it runs now, with the same number of replicas. The console takes "
                              "the operator lock, records the restart in the audit trail and then waits "
                              "until %1 answers healthy again.")
                               .arg(m_service));
    m_commandLabel->setText(tr("Command:", "restart dialog: form label"));
    const QString command = commandText();
    m_command->setText(command.isEmpty() ? tr("—", "no command") : command);
    m_reasonLabel->setText(tr("Reason:", "restart dialog: form label"));
    m_reason->setPlaceholderText(tr("e.g. P0: the API answers 502 (incident 14:02 UTC)", "restart dialog: placeholder"));
    m_start->setText(tr("Restart", "restart dialog: button"));
    m_close->setText(tr("Close", "restart dialog: button"));
    reevaluate();
}

void RestartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ops
