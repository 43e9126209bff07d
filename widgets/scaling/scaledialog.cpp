#include "widgets/scaling/scaledialog.h"
#include "widgets/shell/theme.h"

#include "models/core/formatting.h"

#include "models/scaling/serviceverification.h"

#include "models/session/consolecontext.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "widgets/scaling/metricstable.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"
#include "models/store/operatorlock.h"
#include "models/stack/orchestrator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ops {

using namespace Qt::StringLiterals;

namespace {

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ScaleDialog::ScaleDialog(ConsoleContext& context, const QString& service, QWidget* parent)
    : QDialog(parent), m_context(context), m_session(context.session()), m_service(service)
{
    setObjectName(QStringLiteral("scaleDialog"));
    m_session.start();
    m_operation = m_session.createScaleOperation(this);
    m_verification = m_session.createServiceVerification(this);
    buildUi();

    if (m_operation) {
        connect(m_operation, &ScaleOperation::stageChanged, this, &ScaleDialog::onStage);
        connect(m_operation, &ScaleOperation::refused, this, &ScaleDialog::refuse);
        connect(m_operation, &ScaleOperation::finished, this, &ScaleDialog::onFinished);
        connect(m_operation, &ScaleOperation::proceedingWithoutLock, this,
                [this](const QString& warning) { m_output->appendPlainText(u"⚠ "_s + warning); });
    }
    if (Orchestrator* o = m_session.orchestrator())
        connect(o, &Orchestrator::outputLine, this, [this](const QByteArray& line) {
            if (m_phase == Phase::Running)
                m_output->appendPlainText(QString::fromUtf8(line).trimmed());
        });
    connect(&m_session, &Session::reset, this, [this] {
        refuse(tr("Another profile became active; this dialog no longer applies."));
        m_operation.clear();
        reevaluate();
    });
    connect(&m_session, &Session::armedChanged, this, &ScaleDialog::reevaluate);
    connect(&m_session, &Session::recentChanged, this, &ScaleDialog::reevaluate);

    ServiceStatusModel* services = m_context.health().services();
    connect(services, &QAbstractItemModel::dataChanged, this, &ScaleDialog::reevaluate);
    connect(services, &QAbstractItemModel::rowsInserted, this, &ScaleDialog::reevaluate);
    connect(services, &QAbstractItemModel::modelReset, this, &ScaleDialog::reevaluate);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ScaleDialog::reevaluate); // cool-down and arming countdowns
    m_tick.start();
    connect(m_verification, &ServiceVerification::verified, this, [this](int running) {
        m_metrics->setAfter(m_verification->metricsAfter());
        m_stage->setText(tr("Done.", "scale dialog: label"));
        setPhase(Phase::Done, tr("%1 now runs %2 replicas.", "scale dialog").arg(m_service).arg(running));
        Q_EMIT completed(true);
    });
    connect(m_verification, &ServiceVerification::failed, this, [this](const QString& reason) {
        m_metrics->setAfter(m_verification->metricsAfter());
        setPhase(Phase::Failed, reason);
        Q_EMIT completed(false);
    });

    m_metrics->setBefore(m_context.health().scaleMetrics());
    const int now = currentReplicas();
    m_target->setValue(now >= 0 ? now : 1);
    retranslateUi();
    reevaluate();
}

ScaleDialog::~ScaleDialog() = default;

void ScaleDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_serviceLabel = new QLabel(this);
    m_serviceLabel->setObjectName(QStringLiteral("service"));
    QFont bold = m_serviceLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_serviceLabel->setFont(bold);
    layout->addWidget(m_serviceLabel);
    m_runningLabel = new QLabel(this);
    m_runningLabel->setObjectName(QStringLiteral("running"));
    layout->addWidget(m_runningLabel);

    auto* targetRow = new QHBoxLayout;
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setRange(0, 500);
    targetRow->addWidget(m_target);
    // Presets relative to what runs now: ÷2, −1, +1, ×2, and stop.
    const QList<std::function<int(int)>> presets = {[](int n) { return n / 2; }, [](int n) { return n - 1; },
                                                    [](int n) { return n + 1; }, [](int n) { return n * 2; },
                                                    [](int) { return 0; }};
    for (const auto& f : presets) {
        auto* b = new QPushButton(this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, f] {
            const int now = currentReplicas();
            m_target->setValue(std::max(0, f(now >= 0 ? now : 0)));
        });
        targetRow->addWidget(b);
        m_presets << b;
    }
    targetRow->addStretch();
    m_targetLabel = new QLabel(this);
    form->addRow(m_targetLabel, targetRow);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    form->addRow(m_reasonLabel, m_reason);
    m_override = new QCheckBox(this);
    m_override->setObjectName(QStringLiteral("override"));
    form->addRow(QString(), m_override);
    m_confirmLabel = new QLabel(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    form->addRow(m_confirmLabel, m_confirm);
    layout->addLayout(form);

    m_commandTitle = new QLabel(this);
    layout->addWidget(m_commandTitle);
    m_command = new QLabel(this);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    layout->addWidget(m_command);

    m_guardTitle = new QLabel(this);
    layout->addWidget(m_guardTitle);
    m_guardrails = new QLabel(this);
    m_guardrails->setObjectName(QStringLiteral("guardrails"));
    m_guardrails->setWordWrap(true);
    m_guardrails->setTextFormat(Qt::RichText);
    layout->addWidget(m_guardrails);

    m_metricsTitle = new QLabel(this);
    layout->addWidget(m_metricsTitle);
    m_metrics = new MetricsTable(this);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    layout->addWidget(m_metrics);

    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    layout->addWidget(m_stage);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(2000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumHeight(120);
    layout->addWidget(m_output);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_scale = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_scale->setObjectName(QStringLiteral("scaleButton"));
    connect(m_scale, &QPushButton::clicked, this, &ScaleDialog::startScale);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // Editing after a refusal or a finished run starts a new request.
    const auto edited = [this] {
        if (m_phase == Phase::Refused || m_phase == Phase::Failed || m_phase == Phase::Done)
            setPhase(Phase::Editing);
        else
            reevaluate();
    };
    connect(m_target, &QSpinBox::valueChanged, this, edited);
    connect(m_reason, &QLineEdit::textChanged, this, edited);
    connect(m_override, &QCheckBox::toggled, this, edited);
    connect(m_confirm, &QLineEdit::textChanged, this, edited);
}

void ScaleDialog::retranslateUi()
{
    setWindowTitle(tr("Scale %1", "scale dialog: dialog title").arg(m_service));
    m_targetLabel->setText(tr("Target replicas", "scale dialog: label"));
    const QStringList presetTexts = {tr("÷2", "halve replicas"), tr("−1", "scale dialog"), tr("+1", "scale dialog"),
                                     tr("×2", "double replicas"), tr("Stop (0)", "scale dialog")};
    for (int i = 0; i < m_presets.size(); ++i)
        m_presets.at(i)->setText(presetTexts.value(i));
    m_reasonLabel->setText(tr("Reason", "scale dialog: label"));
    m_reason->setPlaceholderText(tr("Why, in words (required; goes into the audit trail)"));
    m_override->setText(
        tr("Emergency override: guardrails are reported but do not block (recorded as an override)"));
    m_confirmLabel->setText(tr("Type %1 to confirm", "scale dialog: label").arg(m_service));
    m_commandTitle->setText(tr("Command that will run:"));
    m_guardTitle->setText(tr("Guardrails:", "scale dialog: form label"));
    m_metricsTitle->setText(tr("Metrics before and after:"));
    m_scale->setText(tr("Scale", "scale dialog: button"));
    reevaluate();
}

void ScaleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

int ScaleDialog::currentReplicas() const
{
    const ServiceStatus s = m_context.health().services()->status(m_service);
    return s.running;
}

int ScaleDialog::target() const
{
    return m_target->value();
}

void ScaleDialog::setTarget(int replicas)
{
    m_target->setValue(replicas);
}

void ScaleDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void ScaleDialog::setOverride(bool on)
{
    m_override->setChecked(on);
}

void ScaleDialog::setConfirmation(const QString& text)
{
    m_confirm->setText(text);
}

ScaleRequest ScaleDialog::request() const
{
    ScaleRequest r;
    r.service = m_service;
    r.current = currentReplicas();
    r.target = target();
    r.reason = m_reason->text().trimmed();
    r.override = m_override->isChecked();
    r.lastChange = m_session.lastChangeOf(m_service);
    return r;
}

ScaleDecision ScaleDialog::decision() const
{
    return m_session.policy().evaluate(request());
}

QList<QStringList> ScaleDialog::commandArgv() const
{
    QList<QStringList> out;
    if (const Orchestrator* o = m_session.orchestrator())
        for (const OrchestratorCommand& c : o->scaleCommands({{m_service, target()}}))
            out << c.argv();
    return out;
}

QString ScaleDialog::blockedReason() const
{
    if (m_phase == Phase::Running || m_phase == Phase::Verifying)
        return tr("A scale is running.");
    if (!Orchestrator::isValidServiceName(m_service))
        return tr("\"%1\" is not a valid service name: names start with a letter or digit and contain only "
                  "letters, digits, '.', '_' and '-'.")
            .arg(m_service);
    if (!m_operation || !m_session.orchestrator())
        return tr("No active profile.", "scale dialog");
    if (!m_session.mutationsAllowed())
        return tr("Profile %1 is production and read-only: arm it on the Scaling page first.")
            .arg(m_session.profile().name);
    if (currentReplicas() < 0)
        return tr("The number of running replicas of %1 is not known yet.").arg(m_service);
    const ScaleDecision d = decision();
    if (!d.allowed)
        return d.summary();
    if (isDestructive() && m_confirm->text() != m_service)
        return tr("Scaling to 0 stops %1: type its name to confirm.").arg(m_service);
    return QString();
}

bool ScaleDialog::canStart() const
{
    return blockedReason().isEmpty();
}

void ScaleDialog::reevaluate()
{
    if (!m_scale)
        return;
    const ServiceStatus s = m_context.health().services()->status(m_service);
    m_serviceLabel->setText(m_service);
    if (s.running < 0)
        m_runningLabel->setText(tr("Replicas running now: not known yet (waiting for the orchestrator)."));
    else
        m_runningLabel->setText(tr("Replicas running now: %1 (desired %2)").arg(s.running).arg(s.desired));

    QStringList lines;
    if (const Orchestrator* o = m_session.orchestrator())
        for (const OrchestratorCommand& c : o->scaleCommands({{m_service, target()}}))
            lines << c.displayLine();
    m_command->setText(lines.isEmpty() ? tr("—", "no command") : lines.join(QLatin1Char('\n')));

    // The guardrails in words: the rules that apply, then what this request breaks.
    const ScalePolicy policy = m_session.policy();
    const ScaleRequest r = request();
    const ScaleDecision d = policy.evaluate(r);
    const ServiceScaleLimits limits = policy.limitsFor(m_service);
    QStringList rules;
    if (r.current >= 0)
        rules << tr("One step: up to %1 (at most %2), down to %3 (at least %4).", "%1 and %3 are factors: 2×, 0.5×")
                     .arg(Format::factor(policy.maxUpFactor))
                     .arg(policy.maxStepUp(r.current))
                     .arg(Format::factor(policy.maxDownFactor))
                     .arg(policy.minStepDown(r.current));
    rules << tr("Bounds for %1: %2 to %3 replicas.")
                 .arg(m_service)
                 .arg(limits.minReplicas)
                 .arg(limits.maxReplicas);
    if (r.lastChange.isValid()) {
        const qint64 left = policy.cooldownSeconds - r.lastChange.secsTo(QDateTime::currentDateTimeUtc());
        const QString last = Format::utcAndLocal(r.lastChange, Format::Precision::Minutes);
        rules << (left > 0 ? tr("Cool-down: %1 left (last change %2).").arg(minutesSeconds(left), last)
                           : tr("Cool-down: over (last change %1).").arg(last));
    } else {
        rules << tr("Cool-down: no recent change of %1.").arg(m_service);
    }
    rules << tr("A reason is required.");
    QString html = QStringLiteral("<ul>");
    for (const QString& rule : std::as_const(rules))
        html += QStringLiteral("<li>") + rule.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    for (const ScaleDecision::Violation& v : d.violations)
        html += QStringLiteral("<div style=\"color:#c0392b\">✖ ") + v.message.toHtmlEscaped() +
                QStringLiteral("</div>");
    if (d.allowed && d.override)
        html += QStringLiteral("<div style=\"color:#d35400\">⚠ ") +
                tr("Allowed only as an emergency override: the audit entry says so.").toHtmlEscaped() +
                QStringLiteral("</div>");
    else if (d.allowed)
        html += QStringLiteral("<div style=\"color:#27ae60\">✔ ") +
                tr("Within the guardrails.", "scale dialog").toHtmlEscaped() + QStringLiteral("</div>");
    m_guardrails->setText(html);

    const bool destructive = isDestructive();
    m_confirmLabel->setVisible(destructive);
    m_confirm->setVisible(destructive);
    const QString blocked = blockedReason();
    m_scale->setEnabled(blocked.isEmpty());
    m_scale->setToolTip(blocked);
    const bool editing = m_phase != Phase::Running && m_phase != Phase::Verifying;
    m_target->setEnabled(editing);
    m_reason->setEnabled(editing);
    m_override->setEnabled(editing);
    if (editing && m_phase == Phase::Editing)
        m_status->setText(blocked);
}

void ScaleDialog::setPhase(Phase phase, const QString& message)
{
    m_phase = phase;
    if (!message.isEmpty() || phase == Phase::Editing)
        m_status->setText(message);
    QColor color;
    if (phase == Phase::Failed || phase == Phase::Refused)
        color = QColor(0xc0, 0x39, 0x2b);
    else if (phase == Phase::Done)
        color = QColor(0x27, 0xae, 0x60);
    Theme::setTextLook(m_status, color);
    reevaluate();
    Q_EMIT phaseChanged(phase);
}

QString ScaleDialog::statusText() const
{
    return m_status->text();
}

QJsonObject ScaleDialog::metricsBefore() const
{
    return m_metrics->before();
}

QJsonObject ScaleDialog::metricsAfter() const
{
    return m_metrics->after();
}

void ScaleDialog::refuse(const QString& reason)
{
    setPhase(Phase::Refused, reason);
    Q_EMIT refused(reason);
}

void ScaleDialog::startScale()
{
    const QString blocked = blockedReason();
    if (!blocked.isEmpty()) {
        refuse(blocked);
        return;
    }
    m_output->clear();
    m_metrics->setBefore(m_context.health().scaleMetrics());
    m_metrics->setAfter(QJsonObject());
    m_scaledTo = target();
    setPhase(Phase::Running,
             tr("Scaling %1 from %2 to %3…").arg(m_service).arg(currentReplicas()).arg(m_scaledTo));
    m_operation->setPolicy(m_session.policy());
    m_operation->start({request()}, m_metrics->before());
}

void ScaleDialog::onStage(ScaleOperation::Stage stage)
{
    switch (stage) {
    case ScaleOperation::Stage::Idle:
        break;
    case ScaleOperation::Stage::Locking:
        m_stage->setText(tr("1/4 Taking the operator lock…"));
        break;
    case ScaleOperation::Stage::Running:
        m_stage->setText(tr("2/4 Running the command…"));
        break;
    case ScaleOperation::Stage::Recording:
        m_stage->setText(tr("3/4 Writing the audit entry…"));
        break;
    case ScaleOperation::Stage::Releasing:
        m_stage->setText(tr("4/4 Releasing the lock…"));
        break;
    }
}

void ScaleDialog::onFinished(const OrchestratorResult& result, const AuditEntry& entry, bool journaled,
                             const QString& auditError)
{
    m_entry = entry;
    m_session.noteRecorded(entry);
    if (!result.output.isEmpty() && m_output->document()->isEmpty())
        m_output->appendPlainText(QString::fromUtf8(result.output).trimmed());
    if (!result.stderrText.isEmpty())
        m_output->appendPlainText(result.stderrText.trimmed());
    QString audit;
    if (!auditError.isEmpty())
        audit = tr("The audit entry could not be recorded: %1").arg(auditError);
    else if (journaled)
        audit = tr("PostgreSQL is unreachable: the audit entry waits in the local journal.");
    if (!result.ok) {
        setPhase(Phase::Failed,
                 (result.error.isEmpty() ? tr("The command failed (exit code %1).").arg(result.exitCode)
                                         : result.error) +
                     (audit.isEmpty() ? QString() : QLatin1Char('\n') + audit));
        Q_EMIT completed(false);
        return;
    }
    m_stage->setText(tr("Verifying that %1 replicas of %2 are running…").arg(m_scaledTo).arg(m_service));
    setPhase(Phase::Verifying, audit);
    m_verification->setTimeout(m_verifyTimeoutMs);
    m_verification->start(entry, AuditAction::ScaleVerify, {m_service, m_scaledTo, false}, m_metrics->before());
}

} // namespace Ops
