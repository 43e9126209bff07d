#include "widgets/rollback/rollbackpage.h"

#include "widgets/rollback/afterpane.h"
#include "widgets/rollback/assesspane.h"
#include "widgets/rollback/backuppane.h"
#include "models/session/consolecontext.h"
#include "models/core/formatting.h"
#include "widgets/rollback/executepane.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"
#include "models/stack/orchestrator.h"
#include "widgets/rollback/reviewpane.h"
#include "models/rollback/backupcatalog.h"
#include "models/rollback/rollbackassessor.h"
#include "models/rollback/rollbackincident.h"
#include "models/rollback/rollbackrecordedrun.h"
#include "models/rollback/rollbackrunner.h"
#include "models/rollback/rollbacktargetversions.h"
#include "models/rollback/rollbackverifier.h"
#include "models/rollback/rollbackwatch.h"
#include "models/rollback/verificationoverride.h"
#include "models/net/apirequest.h"
#include "models/sources/orchestratorsource.h"
#include "widgets/rollback/targetpane.h"
#include "widgets/rollback/verifypane.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ops {

RollbackPage::RollbackPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_session(context.session())
{
    setObjectName(QStringLiteral("rollbackPage"));
    m_session.start();
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("stepIndicator"));
    layout->addWidget(m_steps);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("resumeBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto* bannerRow = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_resume = new QPushButton(m_banner);
    m_resume->setObjectName(QStringLiteral("resume"));
    m_discard = new QPushButton(m_banner);
    m_discard->setObjectName(QStringLiteral("discard"));
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(m_resume);
    bannerRow->addWidget(m_discard);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_assessPane = new AssessPane(m_stack);
    m_targetPane = new TargetPane(m_stack);
    m_backupPane = new BackupPane(m_stack);
    m_reviewPane = new ReviewPane(m_stack);
    m_executePane = new ExecutePane(m_stack);
    m_verifyPane = new VerifyPane(m_stack);
    m_afterPane = new AfterPane(m_stack);
    for (QWidget* w : {static_cast<QWidget*>(m_assessPane), static_cast<QWidget*>(m_targetPane),
                       static_cast<QWidget*>(m_backupPane), static_cast<QWidget*>(m_reviewPane),
                       static_cast<QWidget*>(m_executePane), static_cast<QWidget*>(m_verifyPane),
                       static_cast<QWidget*>(m_afterPane)})
        m_stack->addWidget(w);
    layout->addWidget(m_stack, 1);

    auto* nav = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    nav->addStretch();
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    connect(m_back, &QPushButton::clicked, this, &RollbackPage::back);
    connect(m_next, &QPushButton::clicked, this, &RollbackPage::next);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (!m_saved)
            return;
        if (!m_saved->interruptedDestructive()) {
            resumeSaved(RollbackRunner::Interrupted::Repeat);
            return;
        }
        const RollbackRunState::Step& step = m_saved->steps.at(m_saved->nextStep());
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Resume the rollback", "rollback wizard: dialog title"),
            tr("\"%1\" was running when the console stopped; it may or may not have finished. "
               "Run it again, or continue as if it had finished?")
                .arg(RollbackStep::title(step.kind)),
            QMessageBox::NoButton, this);
        QPushButton* again = box->addButton(tr("Run it again", "rollback wizard: dialog button"), QMessageBox::DestructiveRole);
        QPushButton* done = box->addButton(tr("It finished: continue", "rollback wizard: dialog button"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, again, done](QAbstractButton* b) {
            if (b == again)
                resumeSaved(RollbackRunner::Interrupted::Repeat);
            else if (b == done)
                resumeSaved(RollbackRunner::Interrupted::TreatAsDone);
        });
        box->open();
    });
    connect(m_discard, &QPushButton::clicked, this, &RollbackPage::discardSaved);

    connect(m_assessPane, &AssessPane::changed, this, &RollbackPage::updateNavigation);
    connect(m_targetPane, &TargetPane::changed, this, &RollbackPage::updateNavigation);
    connect(m_backupPane, &BackupPane::changed, this, &RollbackPage::updateNavigation);
    connect(m_reviewPane, &ReviewPane::changed, this, &RollbackPage::updateNavigation);
    connect(m_assessPane, &AssessPane::assessRequested, this, &RollbackPage::assess);
    connect(m_executePane, &ExecutePane::startRequested, this, &RollbackPage::startRun);
    connect(m_executePane, &ExecutePane::retryRequested, this, [this] {
        if (m_runner)
            m_runner->retry();
    });
    connect(m_executePane, &ExecutePane::skipRequested, this, [this](const QString& reason) {
        if (m_runner)
            m_runner->skip(reason);
    });
    connect(m_executePane, &ExecutePane::abortRequested, this, [this] {
        if (m_runner) {
            m_runner->abort();
            updateExecuteMode(tr("Aborting after the running step…"));
        }
    });
    connect(m_verifyPane, &VerifyPane::verifyRequested, this, &RollbackPage::verify);
    connect(m_verifyPane, &VerifyPane::changed, this, &RollbackPage::updateNavigation);
    connect(m_afterPane, &AfterPane::documentIncidentRequested, this, &RollbackPage::documentIncident);

    connect(&m_session, &Session::reset, this, [this] {
        if (m_runner && !m_runner->isActive())
            delete m_runner;
        m_saved.reset();
        checkSaved();
    });
    connect(&m_session, &Session::built, this, &RollbackPage::bindSession);
    bindSession();

    retranslateUi();
    setStep(Step::Assess);
}

RollbackPage::~RollbackPage() = default;

void RollbackPage::bindSession()
{
    // The session's rollback services of the active profile: this page shows them.
    m_assessor = m_session.rollbackAssessor();
    m_verifier = m_session.rollbackVerifier();
    m_status = m_session.orchestratorStatus();
    m_targets = m_session.rollbackTargets();
    m_afterPane->setWatch(m_session.rollbackWatch());
    if (m_assessor)
        m_assessor->setRateWindow(m_window);
    if (RollbackWatch* watch = m_session.rollbackWatch())
        watch->setRateWindow(m_window);
    if (m_targets) {
        connect(m_targets, &RollbackTargetVersions::currentVersionChanged, this, [this](const QString& version) {
            m_currentVersion = version;
            m_targetPane->setCurrentVersion(version);
        });
        connect(m_targets, &RollbackTargetVersions::candidatesChanged, m_targetPane, &TargetPane::setCandidates);
    }
    if (!m_assessor || !m_verifier)
        return;
    connect(
        m_assessor, &RollbackAssessor::assessed, this,
        [this](const RollbackEvidence&, const RollbackRecommendation& recommendation) {
            m_assessPane->setBusy(false);
            m_assessPane->setDeployInfo(
                m_assessor->deployedAt().isValid()
                    ? tr("Build %1 deployed at about %2 (Prometheus' build_info); the baseline is the p95 "
                         "one minute before.")
                          .arg(m_assessor->deployedVersion(), Format::utcAndLocal(m_assessor->deployedAt()))
                    : tr("Prometheus does not know when the running build was deployed: no baseline p95."));
            m_assessPane->setRecommendation(recommendation);
            const bool first = !m_assessedOnce;
            m_assessedOnce = true;
            if (first)
                Q_EMIT ready();
        });
    connect(m_verifier, &RollbackVerifier::checkUpdated, m_verifyPane, &VerifyPane::update);
    connect(m_verifier, &RollbackVerifier::finished, this, [this](bool ok) {
        m_verifiedOk = ok;
        m_verifyPane->setSummary(ok ? tr("Verified: the stack runs %1 and is healthy.").arg(m_request.version)
                                    : tr("Verification failed: see the checks below."));
        m_verifyPane->setFailed(!ok);
        for (const RollbackVerifier::Result& r : m_verifier->results()) {
            if (r.check == RollbackVerifier::Check::Health)
                m_afterPane->setChecked(AfterPane::VerifyServices, r.ok);
            if (r.check == RollbackVerifier::Check::ErrorRate)
                m_afterPane->setChecked(AfterPane::ErrorRates, r.ok);
        }
        updateNavigation();
        Q_EMIT verified(ok);
    });
}

void RollbackPage::setRateWindow(const QString& window)
{
    m_window = window;
    if (m_assessor)
        m_assessor->setRateWindow(window);
    if (RollbackWatch* watch = m_session.rollbackWatch())
        watch->setRateWindow(window);
}

void RollbackPage::setVerifyDeadline(int ms, int intervalMs, int minimumObservationMs)
{
    m_minimumObservationMs = minimumObservationMs;
    m_verifyDeadlineMs = ms;
    m_verifyIntervalMs = intervalMs;
    if (m_verifier)
        m_verifier->setDeadline(ms, intervalMs);
}

QString RollbackPage::stateDirectory() const
{
    return m_stateDirectory;
}

void RollbackPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    checkSaved();
    if (!m_assessedOnce && m_assessor && !m_assessor->isBusy() && m_step == Step::Assess)
        assess();
}

void RollbackPage::checkSaved()
{
    if (m_started)
        return;
    const ConnectionProfile& profile = m_session.profile();
    m_saved.reset();
    if (!profile.name.isEmpty()) {
        std::optional<RollbackRunState> saved = RollbackStateFile(profile.name, stateDirectory()).load();
        if (saved && !saved->isEnded())
            m_saved = saved;
    }
    m_banner->setVisible(m_saved.has_value());
    retranslateUi();
}

void RollbackPage::assess()
{
    if (!m_assessor)
        return;
    m_assessPane->setBusy(true);
    m_assessor->assess(m_assessPane->dataCorruption());
    loadVersions();
}

void RollbackPage::loadVersions()
{
    if (m_targets)
        m_targets->refresh();
}

bool RollbackPage::canGoNext() const
{
    switch (m_step) {
    case Step::Assess:
        return m_assessPane->isComplete();
    case Step::Target:
        return m_targetPane->isComplete();
    case Step::Backup:
        return m_backupPane->isComplete();
    case Step::Review:
        return m_reviewPane->isComplete() && m_session.mutationsAllowed();
    case Step::Execute:
        return m_run.phase == RollbackRunState::Phase::Done && m_started &&
               !(m_runner && m_runner->isActive());
    case Step::Verify:
        // A failed verification is passed only by the emergency override with a reason (audited in next()).
        return m_verifier && !m_verifier->isRunning() && !m_recordingOverride &&
               (m_verifiedOk || m_verifyPane->isOverridden());
    case Step::After:
        return false;
    }
    return false;
}

void RollbackPage::next()
{
    if (!canGoNext())
        return;
    switch (m_step) {
    case Step::Assess:
        loadVersions(); // fresh: the audit trail may have answered since the assessment
        setStep(Step::Target);
        break;
    case Step::Target:
        if (m_assessPane->chosenPath() == RollbackPath::Full) {
            m_backupPane->setFolder(m_session.profile().backupsDirectory);
            setStep(Step::Backup);
        } else {
            buildPlan();
            setStep(Step::Review);
        }
        break;
    case Step::Backup:
        buildPlan();
        setStep(Step::Review);
        break;
    case Step::Review: {
        m_run = RollbackRunState::create(m_session.profile().name, m_request, m_plan);
        m_run.recommended = m_assessPane->recommendation().path;
        m_run.decided = m_assessPane->recommendation().decided;
        m_run.missing = m_assessPane->recommendation().missing;
        m_run.reason = m_assessPane->reason();
        m_run.fromVersion = m_currentVersion;
        m_executePane->setState(m_run);
        setStep(Step::Execute);
        updateExecuteMode(tr("Ready: %n step(s). Nothing has run yet.", nullptr, int(m_plan.size())));
        break;
    }
    case Step::Execute:
        setStep(Step::Verify);
        verify();
        break;
    case Step::Verify:
        if (m_verifiedOk)
            setStep(Step::After);
        else
            recordOverride();
        break;
    case Step::After:
        break;
    }
}

void RollbackPage::recordOverride()
{
    AuditStore* audit = m_session.audit();
    if (!audit || !m_verifier) {
        m_verifyPane->setSummary(tr("The override cannot be recorded (the console is not connected to this "
                                    "stack's records), so the wizard stays here."));
        return;
    }
    const AuditEntry entry =
        VerificationOverride::entry(m_session.profile().name, m_run, m_verifier->results(),
                                    m_verifier->measuredFrom(), m_verifier->measuredTo(), m_verifyPane->overrideReason());
    m_recordingOverride = true;
    updateNavigation();
    audit->append(entry, this, [this, entry](bool, const QString& error) {
        m_recordingOverride = false;
        if (!error.isEmpty()) {
            m_verifyPane->setSummary(
                tr("The override could not be recorded, so the wizard stays here: %1").arg(error));
            updateNavigation();
            return;
        }
        Q_EMIT overrideRecorded(entry);
        setStep(Step::After);
    });
}

void RollbackPage::back()
{
    if (m_started || m_step == Step::Assess)
        return;
    switch (m_step) {
    case Step::Target:
        setStep(Step::Assess);
        break;
    case Step::Backup:
        setStep(Step::Target);
        break;
    case Step::Review:
        setStep(m_request.path == RollbackPath::Full ? Step::Backup : Step::Target);
        break;
    case Step::Execute:
        setStep(Step::Review);
        break;
    default:
        break;
    }
}

void RollbackPage::buildPlan()
{
    m_request = RollbackRequest();
    m_request.path = m_assessPane->chosenPath();
    m_request.version = m_targetPane->version();
    m_request.databaseUser = m_session.profile().pgUser;
    m_request.database = m_session.profile().pgDatabase;
    if (m_request.path == RollbackPath::Full)
        m_request.backupFile = m_backupPane->check().canonicalPath;
    if (m_status)
        m_request.applicationReplicas =
            RollbackPlan::applicationReplicas(m_session.profile().applicationServices, m_status->lastSnapshot());
    QString error;
    m_plan.clear();
    if (Orchestrator* o = m_session.orchestrator())
        m_plan = RollbackPlan::build(m_request, *o, &error);
    else
        error = tr("the console is not connected to this stack");
    m_reviewPane->setPlan(m_plan, m_request, m_currentVersion, error);
}

void RollbackPage::ensureRunner()
{
    if (m_runner)
        return;
    m_runner = m_session.createRollbackRunner(this);
    if (!m_runner)
        return;
    m_runner->setStateFile(RollbackStateFile(m_session.profile().name, stateDirectory()));
    connect(m_runner, &RollbackRunner::stateChanged, this, [this](const RollbackRunState& s) {
        m_run = s;
        m_executePane->setState(s);
    });
    connect(m_runner, &RollbackRunner::stepStarted, this, [this](int index) {
        m_executePane->appendOutput(
            QStringLiteral("▶ %1. %2").arg(index + 1).arg(m_runner->steps().at(index).title()));
        for (const OrchestratorCommand& c : m_runner->steps().at(index).commands)
            m_executePane->appendOutput(QStringLiteral("$ ") + RollbackPlan::commandLine(c));
        updateExecuteMode(tr("Running step %1 of %2…").arg(index + 1).arg(m_run.steps.size()));
    });
    connect(m_runner, &RollbackRunner::stepOutput, this,
            [this](int, const QByteArray& line) { m_executePane->appendOutput(QString::fromUtf8(line)); });
    connect(m_runner, &RollbackRunner::stepProgress, m_executePane,
            [this](int, qint64 w, qint64 t) { m_executePane->setProgress(w, t); });
    connect(m_runner, &RollbackRunner::stepFailed, this, [this](int index, const QString& reason) {
        m_executePane->appendOutput(tr("✖ step %1 failed: %2", "rollback wizard").arg(index + 1).arg(reason));
        updateExecuteMode(tr("Step %1 failed: %2. Retry it, skip it (with a reason) or abort the rollback.")
                              .arg(index + 1)
                              .arg(reason));
    });
    connect(m_runner, &RollbackRunner::refused, this, [this](const QString& reason) {
        m_started = false;
        updateExecuteMode(tr("Not started: %1", "rollback wizard").arg(reason));
    });
    connect(m_runner, &RollbackRunner::finished, this, [this](const RollbackRunState& s) {
        m_run = s;
        m_executePane->setState(s);
        updateExecuteMode(s.phase == RollbackRunState::Phase::Done
                              ? tr("The rollback ran. Next: verify it.")
                              : tr("The rollback was aborted; what ran is in the audit trail."));
        Q_EMIT runFinished(s);
        if (s.phase == RollbackRunState::Phase::Done && m_step == Step::Execute && !m_holdAfterRun)
            next();
    });
}

void RollbackPage::startRun()
{
    if (m_started || m_plan.isEmpty())
        return;
    if (!m_session.mutationsAllowed()) {
        updateExecuteMode(tr("This production profile is read-only until it is armed (Scaling page)."));
        return;
    }
    if (m_session.state() == Session::State::Preparing ||
        m_session.state() == Session::State::Idle) {
        // The lock's connection is set up once the keychain and the migrations have answered.
        updateExecuteMode(tr("Connecting to the stack's database…"));
        connect(&m_session, &Session::stateChanged, this, &RollbackPage::startRun,
                Qt::SingleShotConnection);
        return;
    }
    ensureRunner();
    m_started = true;
    m_banner->setVisible(false);
    updateExecuteMode(tr("Taking the operator lock…"));
    m_runner->start(m_run);
}

void RollbackPage::resumeSaved(RollbackRunner::Interrupted interrupted)
{
    if (!m_saved || m_started)
        return;
    m_run = *m_saved;
    m_request = m_run.request;
    m_saved.reset();
    m_banner->setVisible(false);
    if (m_session.state() == Session::State::Preparing ||
        m_session.state() == Session::State::Idle) {
        m_saved = m_run;
        connect(
            &m_session, &Session::stateChanged, this, [this, interrupted] { resumeSaved(interrupted); },
            Qt::SingleShotConnection);
        return;
    }
    ensureRunner();
    m_started = true;
    m_executePane->setState(m_run);
    setStep(Step::Execute);
    updateExecuteMode(tr("Resuming…", "rollback wizard"));
    m_runner->resume(m_run, interrupted);
}

void RollbackPage::discardSaved()
{
    if (!m_saved)
        return;
    RollbackStateFile(m_session.profile().name, stateDirectory()).remove();
    m_saved.reset();
    m_banner->setVisible(false);
}

void RollbackPage::verify()
{
    if (!m_verifier)
        return;
    m_verifier->setDeadline(m_verifyDeadlineMs, m_verifyIntervalMs);
    m_verifier->setMinimumObservation(m_minimumObservationMs);
    // The error rate counts from the end of the rollback, never the spike before it.
    m_verifier->setMeasuredSince(m_run.finishedAt);
    m_verifier->setBackupFile(m_request.path == RollbackPath::Full ? m_request.backupFile : QString());
    const QList<RollbackVerifier::Check> checks = verificationChecks();
    m_verifiedOk = false;
    m_verifyPane->setFailed(false);
    m_verifyPane->reset(checks);
    m_verifyPane->setSummary(tr("Verifying the rollback to %1…").arg(m_request.version));
    m_verifier->verify(m_request.version);
    updateNavigation();
}

QList<RollbackVerifier::Check> RollbackPage::verificationChecks() const
{
    QList<RollbackVerifier::Check> checks = {RollbackVerifier::Check::Health, RollbackVerifier::Check::Version};
    if (m_request.path == RollbackPath::Full)
        checks << RollbackVerifier::Check::Tables;
    checks << RollbackVerifier::Check::SmokeTest << RollbackVerifier::Check::ErrorRate;
    return checks;
}

void RollbackPage::documentIncident()
{
    Q_EMIT incidentRequested(RollbackIncident::create(m_run));
}

void RollbackPage::updateExecuteMode(const QString& message)
{
    const bool active = m_runner && m_runner->isActive();
    const bool deciding = active && m_runner->stage() == RollbackRunner::Stage::WaitingForDecision;
    m_executePane->setMode(!m_started && !m_plan.isEmpty(), active && !deciding, deciding, message);
    updateNavigation();
}

void RollbackPage::setStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    retranslateUi();
    Q_EMIT stepChanged(step);
}

void RollbackPage::updateNavigation()
{
    m_next->setEnabled(canGoNext());
    m_back->setEnabled(!m_started && m_step != Step::Assess && m_step != Step::Execute);
    m_next->setVisible(m_step != Step::After);
}

void RollbackPage::prepareScreenshot(const QString& step)
{
    // Each page as an operator sees it, with live data: the assessment, then the choices of a quick (for
    // the backup page: full) rollback to 0.1.0 and its plan for the real stack. Execute, Verify and After
    // show that plan as a recorded run: a picture changes nothing — no command, no lock, no audit row.
    const auto shot = [this] { QTimer::singleShot(100, this, [this] { Q_EMIT screenshotReady(); }); };
    const auto driveTo = [this, step, shot] {
        if (step == QLatin1String("assess"))
            return shot();
        if (step == QLatin1String("backup"))
            m_assessPane->choosePath(RollbackPath::Full);
        else if (m_assessPane->chosenPath() != RollbackPath::Quick)
            m_assessPane->choosePath(RollbackPath::Quick);
        if (m_assessPane->chosenPath() != m_assessPane->recommendation().path)
            m_assessPane->setReason(tr("screenshot of the wizard"));
        next();
        m_targetPane->setVersion(QStringLiteral("0.1.0"));
        if (step == QLatin1String("target"))
            return QTimer::singleShot(1500, this, shot); // the audit trail's versions
        next();
        if (step == QLatin1String("backup")) {
            const QList<BackupInfo> backups = BackupCatalog::list(m_session.profile().backupsDirectory);
            if (!backups.isEmpty())
                m_backupPane->setFile(backups.first().path);
            return shot();
        }
        m_reviewPane->setConfirmation(m_request.version);
        if (step == QLatin1String("review"))
            return shot();
        showRecordedRun(step);
        if (step == QLatin1String("execute") || step == QLatin1String("verify"))
            return shot();
        m_afterPane->startWatch(); // reads Prometheus only
        QTimer::singleShot(1500, this, shot);
    };
    if (m_assessedOnce)
        driveTo();
    else
        connect(this, &Page::ready, this, driveTo, Qt::SingleShotConnection);
}

void RollbackPage::showRecordedRun(const QString& step)
{
    // The wizard as it stands after the reviewed plan ran — without running it: no runner is made.
    setStep(Step::Execute);
    m_run = RollbackRecordedRun::run(m_session.profile().name, m_request, m_plan, m_currentVersion);
    m_run.recommended = m_assessPane->recommendation().path;
    m_run.decided = m_assessPane->recommendation().decided;
    m_run.missing = m_assessPane->recommendation().missing;
    m_run.reason = m_assessPane->reason();
    m_started = true;
    m_executePane->setState(m_run);
    for (const QString& line : RollbackRecordedRun::output(m_run))
        m_executePane->appendOutput(line);
    updateExecuteMode(tr("The rollback ran. Next: verify it."));
    if (step == QLatin1String("execute"))
        return;
    setStep(Step::Verify);
    const QList<RollbackVerifier::Check> checks = verificationChecks();
    m_verifyPane->reset(checks);
    for (const RollbackVerifier::Result& r : RollbackRecordedRun::verification(checks, m_request))
        m_verifyPane->update(r.check, r.ok, r.done, r.detail);
    m_verifiedOk = true;
    m_verifyPane->setSummary(tr("Verified: the stack runs %1 and is healthy.").arg(m_request.version));
    m_afterPane->setChecked(AfterPane::VerifyServices, true);
    m_afterPane->setChecked(AfterPane::ErrorRates, true);
    updateNavigation();
    if (step == QLatin1String("verify"))
        return;
    setStep(Step::After);
}

void RollbackPage::retranslateUi()
{
    m_title->setText(tr("Rollback", "rollback wizard: title"));
    const QStringList names = {tr("Assess", "rollback wizard"),  tr("Target version", "rollback wizard"), tr("Backup", "rollback wizard"), tr("Review", "rollback wizard"),
                               tr("Execute", "rollback wizard"), tr("Verify", "rollback wizard"),         tr("After", "rollback wizard")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(names.at(i).toHtmlEscaped());
        parts << (i == int(m_step) ? QStringLiteral("<b>") + text + QStringLiteral("</b>") : text);
    }
    m_steps->setText(parts.join(QStringLiteral(" › ")));
    m_back->setText(tr("Back", "rollback wizard: button"));
    m_next->setText(m_step == Step::Review ? tr("Continue to execution", "rollback wizard: button") : tr("Next", "rollback wizard: button"));
    m_resume->setText(tr("Resume", "rollback wizard: button"));
    m_discard->setText(tr("Discard", "rollback wizard: button"));
    if (m_saved) {
        const int next = m_saved->nextStep();
        const QString at =
            next < m_saved->steps.size() ? RollbackStep::title(m_saved->steps.at(next).kind) : tr("the end", "rollback wizard");
        m_bannerText->setText(
            tr("A rollback to %1 (%2) started %3 did not finish: it stopped at step %4 of %5, \"%6\". "
               "Completed steps will not run again.")
                .arg(m_saved->request.version, RollbackDecisionTree::pathName(m_saved->request.path),
                     Format::utcAndLocal(m_saved->startedAt, Format::Precision::Minutes))
                .arg(next + 1)
                .arg(m_saved->steps.size())
                .arg(at));
    }
    m_assessPane->retranslateUi();
    m_targetPane->retranslateUi();
    m_backupPane->retranslateUi();
    m_reviewPane->retranslateUi();
    m_executePane->retranslateUi();
    m_verifyPane->retranslateUi();
    m_afterPane->retranslateUi();
    updateNavigation();
}

} // namespace Ops
