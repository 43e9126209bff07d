#include "widgets/scaling/scalingpage.h"

#include "widgets/scaling/restartdialog.h"

#include "widgets/scaling/armcontrol.h"
#include "models/session/consolecontext.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/scaling/gradualdownscale.h"
#include "models/session/session.h"
#include "models/scaling/scaleoperation.h"
#include "widgets/scaling/guardrailsdialog.h"
#include "widgets/scaling/scaledialog.h"
#include "widgets/pages/resumebanner.h"
#include "models/core/formatting.h"

#include <QMessageBox>

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Ops {

ScalingPage::ScalingPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_title(new QLabel(this)), m_arm(new ArmControl(context.session(), this)),
      m_guardrails(new QPushButton(this)),
      m_table(new QTableView(this)), m_scale(new QPushButton(this)), m_restart(new QPushButton(this)),
      m_presetsLabel(new QLabel(this)),
      m_emergencyLabel(new QLabel(this)), m_emergencyReason(new QLineEdit(this)),
      m_emergency(new QPushButton(this)), m_status(new QLabel(this)), m_gradualBox(new QGroupBox(this)),
      m_gradualService(new QComboBox(this)), m_gradualToLabel(new QLabel(this)),
      m_gradualTo(new QSpinBox(this)), m_gradualEveryLabel(new QLabel(this)),
      m_gradualMinutes(new QSpinBox(this)), m_gradualReason(new QLineEdit(this)),
      m_gradualStart(new QPushButton(this)), m_gradualPause(new QPushButton(this)),
      m_gradualAbort(new QPushButton(this)), m_gradualStatus(new QLabel(this)), m_banner(new ResumeBanner(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title);
    header->addStretch();
    m_guardrails->setObjectName(QStringLiteral("guardrails"));
    connect(m_guardrails, &QPushButton::clicked, this, &ScalingPage::openGuardrails);
    header->addWidget(m_guardrails);
    header->addWidget(m_arm);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    connect(m_banner, &ResumeBanner::resumeClicked, this, [this] {
        if (!m_saved)
            return;
        if (!m_saved->interrupted()) {
            resumeSavedGradual(GradualDownscale::Interrupted::Repeat);
            return;
        }
        const int target = m_saved->steps.at(m_saved->nextStep()).target;
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Resume the gradual downscale", "scaling page: dialog title"),
            tr("Scaling %1 to %2 was running when the console stopped; it may or may not have happened "
               "(the Replicas column shows what runs now). Scale to %2 again, or continue as if it had happened?")
                .arg(m_saved->service)
                .arg(target),
            QMessageBox::NoButton, this);
        QPushButton* again = box->addButton(tr("Scale again", "scaling page: dialog button"), QMessageBox::DestructiveRole);
        QPushButton* done = box->addButton(tr("It happened: continue", "scaling page: dialog button"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, again, done](QAbstractButton* b) {
            if (b == again)
                resumeSavedGradual(GradualDownscale::Interrupted::Repeat);
            else if (b == done)
                resumeSavedGradual(GradualDownscale::Interrupted::TreatAsDone);
        });
        box->open();
    });
    connect(m_banner, &ResumeBanner::otherClicked, this, &ScalingPage::discardSavedGradual);

    m_table->setObjectName(QStringLiteral("services"));
    m_table->setModel(context.health().services());
    for (int c = 0; c < ServiceStatusModel::ColumnCount; ++c)
        m_table->setColumnHidden(
            c, c != ServiceStatusModel::ServiceColumn && c != ServiceStatusModel::StateColumn &&
                   c != ServiceStatusModel::ReplicasColumn && c != ServiceStatusModel::ReasonColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long service names (postgres_exporter) and states in either language are never cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openScaleDialog(selectedService()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScalingPage::updateActions);

    auto* actions = new QHBoxLayout;
    m_scale->setObjectName(QStringLiteral("scaleSelected"));
    connect(m_scale, &QPushButton::clicked, this, [this] { openScaleDialog(selectedService()); });
    actions->addWidget(m_scale);
    m_restart->setObjectName(QStringLiteral("restartSelected"));
    connect(m_restart, &QPushButton::clicked, this, [this] { openRestartDialog(selectedService()); });
    actions->addWidget(m_restart);
    actions->addSpacing(24);
    actions->addWidget(m_presetsLabel);
    // Only the application's services are scaled (PostgreSQL, Redis, NGINX and monitoring never are).
    for (const QString& s : context.activeProfile().applicationServices) {
        auto* b = new QPushButton(s, this);
        b->setObjectName(QStringLiteral("quick-") + s);
        connect(b, &QPushButton::clicked, this, [this, s] { openScaleDialog(s); });
        actions->addWidget(b);
        m_quick << b;
    }
    actions->addStretch();
    layout->addLayout(actions);

    auto* emergency = new QHBoxLayout;
    emergency->addWidget(m_emergencyLabel);
    m_emergencyReason->setObjectName(QStringLiteral("emergencyReason"));
    emergency->addWidget(m_emergencyReason, 1);
    m_emergency->setObjectName(QStringLiteral("emergencyDownscale"));
    connect(m_emergency, &QPushButton::clicked, this, &ScalingPage::emergencyDownscale);
    connect(m_emergencyReason, &QLineEdit::textChanged, this, &ScalingPage::updateActions);
    emergency->addWidget(m_emergency);
    layout->addLayout(emergency);
    m_status->setObjectName(QStringLiteral("scalingStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The runbook's Gradual Downscale: one replica at a time, metrics checked before each step.
    auto* gradual = new QVBoxLayout(m_gradualBox);
    auto* gradualRow = new QHBoxLayout;
    for (const QString& s : context.activeProfile().applicationServices)
        m_gradualService->addItem(s, s);
    m_gradualService->setObjectName(QStringLiteral("gradualService"));
    m_gradualTo->setObjectName(QStringLiteral("gradualTo"));
    m_gradualTo->setRange(0, 100);
    m_gradualTo->setValue(2);
    m_gradualMinutes->setRange(1, 120);
    m_gradualMinutes->setValue(5);
    m_gradualReason->setObjectName(QStringLiteral("gradualReason"));
    m_gradualStart->setObjectName(QStringLiteral("gradualStart"));
    m_gradualPause->setObjectName(QStringLiteral("gradualPause"));
    m_gradualAbort->setObjectName(QStringLiteral("gradualAbort"));
    m_gradualStatus->setObjectName(QStringLiteral("gradualStatus"));
    gradualRow->addWidget(m_gradualService);
    gradualRow->addWidget(m_gradualToLabel);
    gradualRow->addWidget(m_gradualTo);
    gradualRow->addWidget(m_gradualEveryLabel);
    gradualRow->addWidget(m_gradualMinutes);
    gradualRow->addWidget(m_gradualReason, 1);
    gradualRow->addWidget(m_gradualStart);
    gradualRow->addWidget(m_gradualPause);
    gradualRow->addWidget(m_gradualAbort);
    gradual->addLayout(gradualRow);
    gradual->addWidget(m_gradualStatus);
    layout->addWidget(m_gradualBox);
    connect(m_gradualStart, &QPushButton::clicked, this, &ScalingPage::startGradual);
    connect(m_gradualReason, &QLineEdit::textChanged, this, &ScalingPage::updateActions);
    connect(m_gradualPause, &QPushButton::clicked, this, [this] {
        if (!m_plan)
            return;
        if (m_plan->state() == GradualDownscale::State::Paused)
            m_plan->resume();
        else
            m_plan->pause();
    });
    connect(m_gradualAbort, &QPushButton::clicked, this, [this] {
        if (m_plan)
            m_plan->abort();
    });

    connect(&context.health(), &HealthMonitor::firstDataArrived, this, &Page::ready);

    Session& ops = context.session();
    connect(&ops, &Session::reset, this, [this] {
        if (m_plan)
            m_plan->abort();
        delete m_plan; // and its scale operation
        m_plan = nullptr;
        m_saved.reset();
        m_banner->setVisible(false);
    });
    connect(&ops, &Session::built, this, [this] {
        if (isVisible())
            checkSaved();
    });
    connect(&ops, &Session::armedChanged, this, &ScalingPage::updateActions);
    connect(&ops, &Session::reset, this, &ScalingPage::updateActions);
    retranslateUi();
}

void ScalingPage::showEvent(QShowEvent* event)
{
    context().session().start();
    Page::showEvent(event);
    checkSaved();
}

void ScalingPage::checkSaved()
{
    const GradualDownscale::State st = m_plan ? m_plan->state() : GradualDownscale::State::Idle;
    if (st == GradualDownscale::State::Scaling || st == GradualDownscale::State::Waiting ||
        st == GradualDownscale::State::Paused)
        return;
    m_saved = context().session().savedGradualDownscale();
    showBanner();
    updateActions();
}

void ScalingPage::showBanner()
{
    if (!m_saved) {
        m_banner->setVisible(false);
        return;
    }
    const GradualDownscaleState& s = *m_saved;
    const int next = s.nextStep();
    const int done = next;
    QString text = tr("A gradual downscale of %1 from %2 to %3 started %4 did not finish: %5 of %6 steps done. "
                      "Finished steps will not run again.")
                       .arg(s.service)
                       .arg(s.from)
                       .arg(s.steps.isEmpty() ? s.from : s.steps.last().target)
                       .arg(Format::utcAndLocal(s.startedAt, Format::Precision::Minutes))
                       .arg(done)
                       .arg(s.steps.size());
    if (next < s.steps.size()) {
        text += u' ' + (s.interrupted()
                            ? tr("Scaling to %1 was running when the console stopped: you will be asked whether "
                                 "it happened.")
                                  .arg(s.steps.at(next).target)
                            : tr("Next: %1 to %2.").arg(s.service).arg(s.steps.at(next).target));
    }
    m_banner->setText(text);
    m_banner->setButtonTexts(tr("Resume", "scaling page: button"), tr("Discard", "scaling page: button"));
    m_banner->otherButton()->setToolTip(tr("Forget the remaining steps; nothing is changed on the stack."));
    m_banner->setVisible(true);
}

void ScalingPage::resumeSavedGradual(GradualDownscale::Interrupted interrupted)
{
    if (!m_saved)
        return;
    Session& ops = context().session();
    if (!ops.mutationsAllowed()) {
        m_gradualStatus->setText(tr("Production profile: arm it first (button at the top right)."));
        return;
    }
    if (ops.state() == Session::State::Preparing || ops.state() == Session::State::Idle) {
        m_gradualStatus->setText(tr("Connecting to the stack's database…", "scaling page"));
        connect(&ops, &Session::stateChanged, this, [this, interrupted] { resumeSavedGradual(interrupted); },
                Qt::SingleShotConnection);
        return;
    }
    GradualDownscale* plan = ensurePlan();
    if (!plan)
        return;
    const GradualDownscaleState saved = *m_saved;
    m_saved.reset();
    m_banner->setVisible(false);
    plan->operation()->setPolicy(ops.policy());
    m_gradualStatus->setText(tr("Resuming the gradual downscale of %1…").arg(saved.service));
    plan->resumeSaved(saved, interrupted);
    updateActions();
}

void ScalingPage::discardSavedGradual()
{
    if (!m_saved)
        return;
    context().session().discardSavedGradualDownscale();
    m_saved.reset();
    m_banner->setVisible(false);
    updateActions();
}

void ScalingPage::retranslateUi()
{
    m_title->setText(tr("Scaling", "scaling page: title"));
    m_scale->setText(tr("Scale…", "scaling page: button"));
    m_restart->setText(tr("Restart…", "scaling page: button"));
    m_guardrails->setText(tr("Guardrails…", "scaling page: button"));
    m_guardrails->setToolTip(tr("Step limits, cool-down and replica bounds of this profile"));
    m_presetsLabel->setText(tr("Quick:", "scaling page: form label"));
    m_emergencyLabel->setText(tr("Emergency downscale (worker-llm=1, worker-rl=1) — reason:"));
    m_emergencyReason->setPlaceholderText(tr("System overloaded: …", "scaling page: placeholder text in an empty field"));
    m_emergency->setText(tr("Emergency downscale", "scaling page: button"));
    m_gradualBox->setTitle(tr("Gradual downscale (one replica per step, metrics checked before each step)"));
    m_gradualToLabel->setText(tr("down to", "scaling page: label"));
    m_gradualEveryLabel->setText(tr("every", "scaling page: label"));
    m_gradualMinutes->setSuffix(tr(" min", "scaling page"));
    m_gradualReason->setPlaceholderText(tr("Reason (required)", "scaling page: placeholder text in an empty field"));
    m_gradualStart->setText(tr("Start plan", "scaling page: button"));
    m_gradualAbort->setText(tr("Abort", "scaling page: button"));
    updateActions();
    if (m_saved)
        showBanner();
}

GuardrailsDialog* ScalingPage::openGuardrails()
{
    QStringList services;
    const ServiceStatusModel* model = context().health().services();
    for (int row = 0; row < model->rowCount(); ++row)
        services << model->index(row, 0).data(ServiceStatusModel::ServiceRole).toString();
    auto* dialog = new GuardrailsDialog(context().session(), services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ScalingPage::selectedService() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(ServiceStatusModel::ServiceRole).toString();
}

void ScalingPage::updateActions()
{
    const bool allowed = context().session().mutationsAllowed();
    const QString why =
        allowed ? QString() : tr("Production profile: arm it first (button at the top right).");
    const QString selected = selectedService();
    const QString notApplication =
        selected.isEmpty() || isApplicationService(selected)
            ? QString()
            : tr("The console scales and restarts only the application's services (%1); %2 is not one of them.")
                  .arg(context().activeProfile().applicationServices.join(QStringLiteral(", ")), selected);
    m_scale->setEnabled(allowed && !selected.isEmpty() && notApplication.isEmpty());
    m_scale->setToolTip(allowed ? notApplication : why);
    // The restart dialog arms by itself: it opens for any application service.
    m_restart->setEnabled(!selected.isEmpty() && notApplication.isEmpty());
    m_restart->setToolTip(notApplication);
    for (QPushButton* b : std::as_const(m_quick)) {
        b->setEnabled(allowed);
        b->setToolTip(why);
    }
    m_emergency->setEnabled(allowed && !m_emergencyReason->text().trimmed().isEmpty() && !m_emergencyOp);
    m_emergency->setToolTip(why);
    const GradualDownscale::State st = m_plan ? m_plan->state() : GradualDownscale::State::Idle;
    const bool planActive = st == GradualDownscale::State::Scaling ||
                            st == GradualDownscale::State::Waiting || st == GradualDownscale::State::Paused;
    m_gradualStart->setEnabled(allowed && !planActive && !m_saved && !m_gradualReason->text().trimmed().isEmpty());
    m_gradualStart->setToolTip(why);
    m_gradualPause->setEnabled(planActive);
    m_gradualPause->setText(st == GradualDownscale::State::Paused ? tr("Resume", "scaling page: button") : tr("Pause", "scaling page: button"));
    m_gradualAbort->setEnabled(planActive);
}

void ScalingPage::startGradual()
{
    Session& ops = context().session();
    ops.start();
    if (!ops.mutationsAllowed())
        return;
    if (m_saved) {
        m_gradualStatus->setText(tr("A plan that did not finish is waiting: resume or discard it first."));
        return;
    }
    if (!ensurePlan())
        return;
    m_plan->operation()->setPolicy(ops.policy());
    const QString service = m_gradualService->currentData().toString();
    const int now = context().health().services()->status(service).running;
    if (now < 0) {
        m_gradualStatus->setText(tr("The number of running replicas of %1 is not known yet.").arg(service));
        return;
    }
    m_plan->setIntervalSeconds(m_intervalOverrideS > 0 ? m_intervalOverrideS
                                                       : m_gradualMinutes->value() * 60);
    m_plan->start(service, now, m_gradualTo->value(), m_gradualReason->text().trimmed());
    updateActions();
}

GradualDownscale* ScalingPage::ensurePlan()
{
    Session& ops = context().session();
    if (!m_plan) {
        m_plan = ops.createGradualDownscale(this);
        if (!m_plan)
            return nullptr;
        connect(m_plan, &GradualDownscale::stateChanged, this, &ScalingPage::updateActions);
        connect(m_plan, &GradualDownscale::stepStarted, this, [this](int index, int target) {
            m_gradualStatus->setText(tr("Step %1 of %2: %3 to %4…")
                                         .arg(index + 1)
                                         .arg(m_plan->steps().size())
                                         .arg(m_plan->service())
                                         .arg(target));
        });
        connect(m_plan, &GradualDownscale::stepFinished, this,
                [this](int, int, bool) { context().health().checkNow(); });
        connect(m_plan, &GradualDownscale::waiting, this, [this](int left) {
            m_gradualStatus->setText(tr("Next step (%1 to %2) in %3:%4; watching the metrics.")
                                         .arg(m_plan->service())
                                         .arg(m_plan->steps().value(m_plan->nextStep()))
                                         .arg(left / 60)
                                         .arg(left % 60, 2, 10, QLatin1Char('0')));
        });
        // Arming expired (or the lock went) between steps: the plan holds and says why.
        connect(m_plan, &GradualDownscale::held, this, [this](const QString& reason) {
            m_gradualStatus->setText(tr("Held before the next step: %1").arg(reason));
        });
        connect(
            m_plan, &GradualDownscale::finished, this,
            [this](GradualDownscale::State, const QString& message) { m_gradualStatus->setText(message); });
    }
    return m_plan;
}

bool ScalingPage::isReady() const
{
    return context().health().hasFirstData();
}

ScaleDialog* ScalingPage::currentDialog() const
{
    return m_dialog;
}

RestartDialog* ScalingPage::currentRestartDialog() const
{
    return m_restartDialog;
}

bool ScalingPage::isApplicationService(const QString& service) const
{
    return context().activeProfile().applicationServices.contains(service);
}

RestartDialog* ScalingPage::openRestartDialog(const QString& service)
{
    if (!isApplicationService(service)) {
        m_status->setText(tr("%1 is not restarted from the console: only the application's services are (%2).")
                              .arg(service, context().activeProfile().applicationServices.join(QStringLiteral(", "))));
        return nullptr;
    }
    if (m_restartDialog && m_restartDialog->phase() != RestartDialog::Phase::Running &&
        m_restartDialog->phase() != RestartDialog::Phase::Verifying)
        m_restartDialog->close();
    else if (m_restartDialog)
        return m_restartDialog; // one restart at a time: the running one stays in front
    auto* dialog = new RestartDialog(context(), service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_restartDialog = dialog;
    dialog->open();
    return dialog;
}

ScaleDialog* ScalingPage::openScaleDialog(const QString& service)
{
    if (service.isEmpty() || !isApplicationService(service))
        return nullptr;
    if (m_dialog && m_dialog->phase() != ScaleDialog::Phase::Running &&
        m_dialog->phase() != ScaleDialog::Phase::Verifying)
        m_dialog->close();
    auto* dialog = new ScaleDialog(context(), service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ScalingPage::emergencyDownscale()
{
    Session& ops = context().session();
    ops.start();
    if (!ops.mutationsAllowed() || m_emergencyOp)
        return;
    auto* op = ops.createScaleOperation(this);
    if (!op)
        return;
    m_emergencyOp = op;
    const QString reason = m_emergencyReason->text().trimmed();
    QList<ScaleRequest> requests;
    for (const QString& s : {QStringLiteral("worker-llm"), QStringLiteral("worker-rl")}) {
        ScaleRequest r;
        r.service = s;
        r.current = context().health().services()->status(s).running;
        r.target = 1;
        r.reason = reason;
        r.override = true; // the runbook's emergency: guardrails are reported, not blocking
        r.lastChange = ops.lastChangeOf(s);
        if (r.current == r.target)
            continue; // already there: nothing to change (and "no change" is never allowed)
        requests << r;
    }
    if (requests.isEmpty()) {
        op->deleteLater();
        m_emergencyOp.clear();
        const QString message = tr("worker-llm and worker-rl already run 1 replica each.");
        m_status->setText(message);
        Q_EMIT emergencyFinished(true, message);
        return;
    }
    const auto done = [this, op](bool ok, const QString& message) {
        m_status->setText(message);
        op->deleteLater();
        m_emergencyOp.clear();
        updateActions();
        Q_EMIT emergencyFinished(ok, message);
    };
    connect(op, &ScaleOperation::refused, this, [done](const QString& reason) { done(false, reason); });
    connect(op, &ScaleOperation::proceedingWithoutLock, m_status, &QLabel::setText);
    connect(op, &ScaleOperation::finished, this,
            [this, done](const OrchestratorResult& result, const AuditEntry& entry, bool, const QString&) {
                context().session().noteRecorded(entry);
                context().health().checkNow();
                done(result.ok, result.ok ? tr("Emergency downscale done: worker-llm=1, worker-rl=1.")
                                          : tr("Emergency downscale failed: %1", "scaling page").arg(result.error));
            });
    m_status->setText(tr("Emergency downscale running…", "scaling page: status text"));
    updateActions();
    op->start(requests, ops.isStarted() ? context().health().scaleMetrics() : QJsonObject());
}

} // namespace Ops
