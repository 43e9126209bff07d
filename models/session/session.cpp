#include "models/session/session.h"

#include "models/core/appsettings.h"
#include "models/health/healthmonitor.h"
#include "models/health/healthschedule.h"
#include "models/health/sourceset.h"
#include "models/incidents/incidentlog.h"
#include "models/incidents/oncallstore.h"
#include "models/net/httpclient.h"
#include "models/net/prometheusclient.h"
#include "models/rollback/rollbackassessor.h"
#include "models/rollback/rollbackrunner.h"
#include "models/rollback/rollbacktargetversions.h"
#include "models/rollback/rollbackverifier.h"
#include "models/rollback/rollbackwatch.h"
#include "models/session/consolecontext.h"
#include "models/session/profilesecrets.h"
#include "models/sources/orchestratorsource.h"
#include "models/sources/postgressource.h"
#include "models/sources/redissource.h"
#include "models/maintenance/maintenanceactivity.h"
#include "models/maintenance/maintenanceflagprobe.h"
#include "models/maintenance/maintenancescheduler.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancestore.h"
#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/scaling/gradualdownscale.h"
#include "models/health/servicestatusmodel.h"
#include "models/scaling/restartoperation.h"
#include "models/scaling/scaleoperation.h"
#include "models/scaling/serviceverification.h"
#include "models/core/logging.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/audit/auditchain.h"
#include "models/store/schemamigrations.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/programapprovals.h"
#include "models/stack/profileprograms.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace Ops {

namespace {

QString policyKey(const QString& profile)
{
    return QStringLiteral("scaling/%1/policy").arg(profile);
}

Orchestrator* makeOrchestrator(const ConnectionProfile& profile, QObject* parent)
{
    Orchestrator* o = nullptr;
    if (profile.orchestrator.isKubernetes())
        o = new KubernetesOrchestrator(parent);
    else
        o = new ComposeOrchestrator(parent);
    o->setSettings(profile.orchestrator);
    return o;
}

} // namespace

Session::Session(ConsoleContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_http(new HttpClient(this)), m_activity(new MaintenanceActivity(m_http, this))
{
    // Other consoles plan windows too: the schedule is re-read now and then (the dashboard shows it).
    m_maintenanceRefresh.setInterval(60000);
    connect(&m_maintenanceRefresh, &QTimer::timeout, this, [this] {
        if (m_maintenance)
            m_maintenance->refresh();
    });
    m_migrationRetry.setSingleShot(true);
    m_migrationRetry.setInterval(30000);
    connect(&m_migrationRetry, &QTimer::timeout, this, &Session::migrate);
    m_armTimer.setInterval(1000);
    connect(&m_armTimer, &QTimer::timeout, this, &Session::onArmTick);
    connect(&m_context, &ConsoleContext::activeProfileChanged, this, [this](const ConnectionProfile& p) {
        if (m_started)
            rebuild(p);
    });
}

Session::~Session()
{
    teardown();
}

void Session::start()
{
    if (m_started)
        return;
    m_started = true;
    // Without a profile there is still the local incident log (journal only).
    rebuild(m_context.hasActiveProfile() ? m_context.activeProfile() : ConnectionProfile());
}

QString Session::dataDirectory() const
{
    return m_dataDirectory.isEmpty() ? QFileInfo(AppSettings::settingsFilePath()).absolutePath() : m_dataDirectory;
}

PrometheusClient* Session::prometheus() const
{
    return m_sources ? m_sources->promClient : nullptr;
}

OrchestratorSource* Session::orchestratorStatus() const
{
    return m_sources ? m_sources->orchestrator : nullptr;
}

void Session::teardown()
{
    ++m_generation;
    m_http->releaseHeld(); // what the old profile asked for goes out with its own tokens, not the next one's
    m_migrationRetry.stop();
    m_maintenanceRefresh.stop();
    // The health monitor stops using the sources before they go.
    m_context.health().clear();
    if (m_sources) {
        for (Source* s : m_sources->all())
            delete s;
        delete m_sources->promClient;
        delete m_sources;
        m_sources = nullptr;
    }
    delete m_assessor;
    m_assessor = nullptr;
    delete m_verifier;
    m_verifier = nullptr;
    delete m_targets;
    m_targets = nullptr;
    delete m_watch;
    m_watch = nullptr;
    delete m_incidents;
    m_incidents = nullptr;
    delete m_onCall;
    m_onCall = nullptr;
    m_activity->setStore(nullptr);
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_maintenance;
    m_maintenance = nullptr;
    m_maintenanceJournal.reset();
    // The store and lock reference the worker: they go first.
    delete m_audit;
    m_audit = nullptr;
    delete m_recentReader;
    m_recentReader = nullptr;
    delete m_lock;
    m_lock = nullptr;
    delete m_orchestrator;
    m_orchestrator = nullptr;
    delete m_worker;
    m_worker = nullptr;
    m_journal.reset();
    m_recent.clear();
    m_recordsDue = false;
    m_password.clear();
    m_withheld.clear();
}

void Session::rebuild(const ConnectionProfile& profile)
{
    const bool wasArmed = isArmed();
    if (wasArmed)
        disarm(tr("another profile was opened")); // recorded in the old profile's trail, before it goes
    m_procedures.clear();
    teardown();
    m_profile = profile;
    m_armedUntil = QDateTime();
    m_armTimer.stop();
    if (wasArmed)
        Q_EMIT armedChanged(false);
    Q_EMIT reset();
    if (profile.name.isEmpty()) {
        // No database to write to: incidents go to the local journal until a profile is chosen.
        m_incidents = new IncidentLog(nullptr, dataDirectory() + QStringLiteral("/incidents"), QString(), QString(), this);
        setState(State::Idle);
        Q_EMIT built();
        return;
    }

    const QSettings settings;
    m_policy = ScalePolicy::fromJson(
        QJsonDocument::fromJson(settings.value(policyKey(profile.name)).toByteArray()).object());

    // HTTP: addresses and TLS now, tokens once the keychain answered (prepare); requests made meanwhile
    // (the start page's first queries) wait for them rather than go out without a token.
    const QString tlsProblem = configureHttpClient(*m_http, profile, ProfileSecrets());
    m_http->holdUntilCredentials();
    if (!tlsProblem.isEmpty())
        qCWarning(lcSession) << "TLS files of" << profile.name << "unusable:" << tlsProblem;
    m_schedule = HealthSchedule::load(profile.name);
    m_sources = new SourceSet(createSourceSet(profile, m_schedule, m_http, this));

    m_worker = new DatabaseWorker(this);
    m_worker->holdUntilConfigured(); // until prepare(): the password comes from the keychain
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // One journal per profile and records database, bound to it: replayed only into that database.
    const PostgresConnectionParams records = PostgresConnectionParams::recordsFromProfile(profile, QString());
    const QString target = OfflineJournal::targetOf(records);
    const QString journals = OfflineJournal::directoryFor(base + QStringLiteral("/journal"), profile.name, records);
    const QString earlier = base + QStringLiteral("/journal/") + profile.name; // the layout before issue 15
    m_journal = std::make_unique<OfflineJournal>(journals, target);
    if (!m_journal->adopt(earlier))
        qCWarning(lcSession) << "audit journal of an earlier version not adopted:" << m_journal->errorString();
    m_audit = new AuditStore(m_worker, m_journal.get(), this);
    m_recentReader = new AuditStore(m_worker, nullptr, this);
    m_orchestrator = makeOrchestrator(profile, this);
    m_lock = new OperatorLock(this);
    m_maintenanceJournal = std::make_unique<OfflineJournal>(journals + QStringLiteral("/maintenance"), target);
    if (!m_maintenanceJournal->adopt(earlier + QStringLiteral("/maintenance")))
        qCWarning(lcSession) << "maintenance journal of an earlier version not adopted:"
                             << m_maintenanceJournal->errorString();
    m_maintenance = new MaintenanceStore(m_worker, m_maintenanceJournal.get(), this);
    m_maintenance->setCacheFile(base + QStringLiteral("/maintenance-") + profile.name +
                                QStringLiteral(".json"));
    m_activity->setStore(m_maintenance);
    m_scheduler = new MaintenanceScheduler(m_maintenance, m_audit, profile.name, this);
    m_incidents = new IncidentLog(m_worker, dataDirectory() + QStringLiteral("/incidents"),
                                  journals + QStringLiteral("/incidents"), target, this);
    m_onCall = new OnCallStore(m_worker, dataDirectory() + QStringLiteral("/oncall.json"), this);
    // Commands that start containers pin the version each service runs now.
    connect(m_sources->orchestrator, &OrchestratorSource::snapshotReady, m_orchestrator,
            [orchestrator = m_orchestrator](const OrchestratorSnapshot& s) {
                QMap<QString, QString> tags;
                QMap<QString, QPair<QString, QString>> images;
                for (const ServiceReplicas& r : s.services) {
                    tags.insert(r.service, r.imageTag);
                    if (!r.image.isEmpty())
                        images.insert(r.service, {r.container, r.image});
                }
                orchestrator->setRunningTags(tags);
                // Kubernetes: a rollback sets the tag of each deployment's own image, known from here.
                if (auto* kubernetes = qobject_cast<KubernetesOrchestrator*>(orchestrator))
                    kubernetes->setDeploymentImages(images);
            });
    m_assessor = new RollbackAssessor(m_http, m_sources->orchestrator, this);
    m_assessor->setProfile(profile);
    m_verifier = new RollbackVerifier(m_http, this);
    m_verifier->setProfile(profile);
    m_verifier->setOrchestrator(m_orchestrator);
    // Its own audit reader (its own list() answers), deleted with it, before the worker.
    auto* targetsReader = new AuditStore(m_worker, nullptr);
    m_targets = new RollbackTargetVersions(m_http, m_sources->orchestrator, targetsReader, this);
    targetsReader->setParent(m_targets);
    m_targets->setProfileName(profile.name);
    if (m_sources->promClient)
        m_watch = new RollbackWatch(m_sources->promClient, this);

    const auto pending = [this] { Q_EMIT journalPendingChanged(journalPending()); };
    connect(m_audit, &AuditStore::appended, this, pending);
    connect(m_audit, &AuditStore::journalSynced, this, [this, pending] {
        pending();
        loadRecent();
    });
    connect(m_audit, &AuditStore::journalSyncFailed, this, pending);
    connect(m_audit, &AuditStore::recorded, this, [this](const AuditEntry& entry) {
        noteRecorded(entry);
        if (m_incidents)
            m_incidents->recordAction(entry);
        Q_EMIT actionRecorded(entry);
    });
    connect(m_recentReader, &AuditStore::listed, this, [this](const QList<AuditEntry>& entries) {
        m_recent = entries;
        Q_EMIT recentChanged();
    });

    setState(State::Preparing);
    Q_EMIT built();
    Q_EMIT trustChanged();
    reconfirmUnchangedPrograms();
    const quint64 generation = m_generation;
    const std::optional<ConnectionProfile> saved = m_context.profiles().profileWithId(profile.id);
    readProfileSecrets(
        m_context.secrets(), profile, saved ? &*saved : nullptr, this,
        [this, generation](const ProfileSecrets& secrets) { prepare(secrets, generation); },
        [this, generation](const ProfileSecrets& secrets) { applyTokens(secrets, generation); });
}

QStringList Session::unapprovedPrograms() const
{
    return m_profile.name.isEmpty() ? QStringList() : ProfilePrograms::unapproved(m_profile);
}

void Session::noteApprovalsChanged()
{
    Q_EMIT trustChanged();
    if (m_sources && m_sources->orchestrator)
        m_sources->orchestrator->refresh();
}

void Session::reconfirmUnchangedPrograms()
{
    // An approved program whose file was only touched or reinstalled (same owner, mode and content) stays
    // approved: its new fingerprint is recorded after hashing it off the GUI thread.
    QStringList paths;
    QStringList targets;
    for (const PlannedProgram& p : ProfilePrograms::of(m_profile)) {
        if (ProgramApprovals::find(p.path, p.target) && !ProgramApprovals::startProblem(p.path, p.target).isEmpty()) {
            paths << p.path;
            targets << p.target;
        }
    }
    if (paths.isEmpty())
        return;
    const quint64 generation = m_generation;
    ProgramIdentity::readAsync(paths, this, [this, targets, generation](const QList<ProgramIdentity>& identities) {
        bool any = false;
        for (qsizetype i = 0; i < identities.size() && i < targets.size(); ++i)
            any = ProgramApprovals::refreshUnchanged(identities.at(i), targets.at(i)) || any;
        if (any && generation == m_generation)
            noteApprovalsChanged();
    });
}

void Session::prepare(const ProfileSecrets& secrets, quint64 generation)
{
    if (generation != m_generation || !m_worker)
        return; // another profile meanwhile
    qCDebug(lcSession) << "every secret of the profile read";
    applyTokens(secrets, generation);
    m_password = secrets.postgresPassword;
    if (m_withheld != secrets.withheld) {
        m_withheld = secrets.withheld;
        Q_EMIT trustChanged();
    }
    // The checks start with their secrets: a first answer without them would be a false alarm.
    m_sources->postgres->setProfile(m_profile, secrets.postgresPassword);
    m_sources->redis->setPassword(secrets.redisPassword);
    m_context.health().setSources(*m_sources, m_schedule);
    m_recordsDue = true;
    if (!m_recordsHeld)
        openRecords();
}

void Session::applyTokens(const ProfileSecrets& secrets, quint64 generation)
{
    if (generation != m_generation)
        return;
    // Addresses and TLS files are set since rebuild(): the tokens now, and the requests that waited for
    // them go (again from prepare(), with the same tokens: then nothing waits any more).
    m_http->setBearerToken(HttpService::Api, secrets.apiToken);
    m_http->setBearerToken(HttpService::Prometheus, secrets.prometheusToken);
    if (m_http->isHolding())
        qCDebug(lcSession) << "HTTP tokens read: the held requests go";
    m_http->releaseHeld();
}

void Session::releaseRecords()
{
    m_recordsHeld = false;
    if (m_recordsDue)
        openRecords();
}

void Session::openRecords()
{
    m_recordsDue = false;
    if (!m_worker)
        return;
    // The console's records live in a database of their own (see ConnectionProfile::pgRecordsDatabase).
    m_worker->setConnectionParams(PostgresConnectionParams::recordsFromProfile(m_profile, m_password));
    m_lock->setProfile(m_profile, m_password);
    migrate();
}

void Session::migrate()
{
    if (!m_worker)
        return;
    const quint64 generation = m_generation;
    SchemaMigrations::run(m_worker, this, [this, generation](const DatabaseResult& r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            setState(State::Ready);
        } else {
            setState(State::Degraded, r.error);
            m_migrationRetry.start();
        }
        // Replays what was written while the database was away (retried by the store while it fails);
        // a read-only session writes nothing, not even that.
        if (!m_readOnly)
            m_audit->syncJournal();
        if (m_incidents)
            m_incidents->connectDatabase(m_worker->connectionParams());
        if (m_onCall)
            m_onCall->refresh();
        loadRecent();
        if (m_maintenance) {
            m_maintenance->refresh();
            m_maintenanceRefresh.start();
        }
    });
}

void Session::loadRecent()
{
    if (!m_recentReader)
        return;
    AuditFilter filter;
    filter.profile = m_profile.name;
    filter.action = AuditActions::key(AuditAction::Scale);
    filter.limit = 200;
    m_recentReader->list(filter);
}

void Session::setState(State state, const QString& reason)
{
    m_stateReason = reason;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

AuditStore* Session::createAuditReader(QObject* parent) const
{
    return m_worker ? new AuditStore(m_worker, nullptr, parent) : nullptr;
}

bool Session::verifyAuditChain(QObject* context, const DatabaseCallback& callback) const
{
    if (!m_worker)
        return false;
    m_worker->submit(AuditChain::verifyJob(), context, callback);
    return true;
}

Orchestrator* Session::createOrchestrator(QObject* parent) const
{
    // Needs no database: usable before start() (the Logs page).
    const ConnectionProfile& active = m_context.hasActiveProfile() ? m_context.activeProfile() : m_profile;
    return active.name.isEmpty() ? nullptr : makeOrchestrator(active, parent);
}

ScaleOperation* Session::createScaleOperation(QObject* parent) const
{
    if (!m_orchestrator || m_readOnly)
        return nullptr;
    auto* op = new ScaleOperation(m_orchestrator, m_lock, m_audit, parent);
    op->setProfileName(m_profile.name);
    op->setPolicy(m_policy);
    op->setGate(gate());
    track(op, [op] { return op->isRunning(); }, [] { return tr("a scale"); });
    return op;
}

RestartOperation* Session::createRestartOperation(QObject* parent) const
{
    if (!m_orchestrator)
        return nullptr;
    auto* op = new RestartOperation(m_orchestrator, m_lock, m_audit, parent);
    op->setProfile(m_profile);
    op->setGate(gate());
    track(op, [op] { return op->isRunning(); }, [op] { return tr("a restart of %1").arg(op->service()); });
    return op;
}

RollbackRunner* Session::createRollbackRunner(QObject* parent) const
{
    if (!m_orchestrator || m_readOnly)
        return nullptr;
    auto* runner = new RollbackRunner(m_orchestrator, m_lock, m_audit, parent);
    runner->setProfile(m_profile);
    runner->setGate(gate());
    track(runner, [runner] { return runner->isActive(); },
          [runner] { return tr("the rollback to %1").arg(runner->state().request.version); });
    return runner;
}

GradualDownscale* Session::createGradualDownscale(QObject* parent) const
{
    ScaleOperation* operation = createScaleOperation(nullptr);
    if (!operation)
        return nullptr;
    auto* plan = new GradualDownscale(operation, parent);
    operation->setParent(plan);
    // Saved after every step, so that a killed console offers to resume it (Scaling page).
    plan->setProfileName(m_profile.name);
    plan->setStateFile(GradualDownscaleStateFile(m_profile.name, m_proceduresDirectory));
    HealthMonitor* health = &m_context.health();
    plan->setMetricsSource([health] { return health->scaleMetrics(); });
    plan->setReplicaSource([health](const QString& s) { return health->services()->status(s).running; });
    plan->setLastChangeSource([this](const QString& s) { return lastChangeOf(s); });
    track(plan,
          [plan] {
              const GradualDownscale::State s = plan->state();
              return s == GradualDownscale::State::Scaling || s == GradualDownscale::State::Waiting ||
                     s == GradualDownscale::State::Paused;
          },
          [plan] { return tr("the gradual downscale of %1").arg(plan->service()); });
    return plan;
}

ServiceVerification* Session::createServiceVerification(QObject* parent) const
{
    return new ServiceVerification(&m_context.health(), m_audit, parent);
}

MaintenanceRun* Session::createMaintenanceRun(QObject* parent) const
{
    if (!m_orchestrator || m_readOnly)
        return nullptr;
    auto* run = new MaintenanceRun(m_orchestrator, m_lock, m_audit, m_maintenance, m_http, parent);
    run->setProfile(m_profile);
    run->setGate(gate());
    track(run, [run] { return run->isActive(); }, [] { return tr("a maintenance run"); });
    // Saved after every step, so that a killed console offers to resume it (Maintenance page).
    run->setStateFile(MaintenanceStateFile(m_profile.name, m_proceduresDirectory));
    return run;
}

MaintenanceFlagProbe* Session::createMaintenanceFlagProbe(QObject* parent) const
{
    return m_orchestrator ? new MaintenanceFlagProbe(m_orchestrator, parent) : nullptr;
}

std::optional<MaintenanceRunState> Session::savedMaintenanceRun() const
{
    if (m_profile.name.isEmpty())
        return std::nullopt;
    std::optional<MaintenanceRunState> saved = MaintenanceStateFile(m_profile.name, m_proceduresDirectory).load();
    return saved && !saved->isEnded() ? saved : std::nullopt;
}

std::optional<GradualDownscaleState> Session::savedGradualDownscale() const
{
    if (m_profile.name.isEmpty())
        return std::nullopt;
    std::optional<GradualDownscaleState> saved = GradualDownscaleStateFile(m_profile.name, m_proceduresDirectory).load();
    return saved && !saved->isEnded() ? saved : std::nullopt;
}

void Session::discardSavedGradualDownscale()
{
    if (!m_profile.name.isEmpty())
        GradualDownscaleStateFile(m_profile.name, m_proceduresDirectory).remove();
}

int Session::journalPending() const
{
    return m_journal ? m_journal->count() : 0;
}

QString Session::policyChangeProblem(const ScalePolicy& policy, const QString& reason) const
{
    if (m_profile.name.isEmpty() || !m_audit)
        return tr("No active profile: the guardrails belong to a profile.");
    if (m_readOnly)
        return tr("This console only looks (a screenshot run): it changes nothing.");
    if (!mutationsAllowed())
        return tr("Production profile: arm it before changing its guardrails.");
    if (const QString invalid = policy.validate(); !invalid.isEmpty())
        return invalid;
    if (policy == m_policy)
        return tr("Nothing changed.", "session: session");
    if (reason.trimmed().isEmpty())
        return tr("Say why the guardrails change: the reason goes to the audit trail.");
    return QString();
}

QString Session::changePolicy(const ScalePolicy& policy, const QString& reason)
{
    if (const QString problem = policyChangeProblem(policy, reason); !problem.isEmpty())
        return problem;
    // Loosening a guardrail is an action like any other: who, when, why, from what to what.
    AuditEntry entry = AuditEntry::create(m_profile.name, AuditAction::PolicyChange, QStringLiteral("scale-guardrails"),
                                          reason.trimmed());
    entry.metricsBefore = m_policy.toJson();
    entry.metricsAfter = policy.toJson();
    setPolicy(policy);
    m_audit->append(entry);
    return QString();
}

void Session::setPolicy(const ScalePolicy& policy)
{
    m_policy = policy;
    if (m_profile.name.isEmpty())
        return;
    QSettings settings;
    settings.setValue(policyKey(m_profile.name),
                      QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
}

QDateTime Session::lastChangeOf(const QString& service) const
{
    return ScalePolicy::lastChangeOf(m_recent, service);
}

void Session::noteRecorded(const AuditEntry& entry)
{
    for (const AuditEntry& e : std::as_const(m_recent))
        if (e.id == entry.id)
            return;
    m_recent.prepend(entry);
    Q_EMIT recentChanged();
}

QString Session::mutationRefusal() const
{
    if (mutationsAllowed())
        return QString();
    return tr("%1 is a production profile and is read-only until an operator arms it (with a reason).")
        .arg(m_profile.name);
}

MutationGate Session::gate() const
{
    // Procedures may outlive this profile's services by a moment (owned by pages): a gone session says no.
    return [session = QPointer<const Session>(this)] {
        return session ? session->mutationRefusal() : tr("the profile was closed");
    };
}

void Session::track(QObject* procedure, std::function<bool()> running, std::function<QString()> title) const
{
    m_procedures.removeIf([](const Tracked& t) { return t.procedure.isNull(); });
    m_procedures.append(Tracked{procedure, std::move(running), std::move(title)});
}

QString Session::runningProcedure() const
{
    for (const Tracked& t : m_procedures)
        if (t.procedure && t.running())
            return t.title();
    return QString();
}

QString Session::arm(const QString& reason)
{
    if (!isProduction())
        return tr("this is not a production profile: its actions need no arming");
    if (reason.trimmed().isEmpty())
        return tr("arming needs a reason (it goes into the audit trail)");
    m_armedUntil = QDateTime::currentDateTimeUtc().addSecs(m_armSeconds);
    m_armTimer.start();
    if (m_audit) {
        AuditEntry entry = AuditEntry::create(m_profile.name, AuditAction::Arm, m_profile.name, reason.trimmed());
        entry.metricsAfter = QJsonObject{{QStringLiteral("armedUntil"), m_armedUntil.toString(Qt::ISODate)},
                                         {QStringLiteral("seconds"), m_armSeconds}};
        m_audit->append(entry);
    }
    Q_EMIT armedChanged(true);
    Q_EMIT armTick(armSecondsLeft());
    return QString();
}

void Session::disarm(const QString& reason)
{
    const bool was = m_armedUntil.isValid();
    const QDateTime until = m_armedUntil;
    m_armedUntil = QDateTime();
    m_armTimer.stop();
    if (!was)
        return;
    if (m_audit) {
        AuditEntry entry = AuditEntry::create(m_profile.name, AuditAction::Disarm, m_profile.name,
                                              reason.isEmpty() ? tr("disarmed by the operator") : reason);
        entry.metricsAfter = QJsonObject{{QStringLiteral("wasArmedUntil"), until.toString(Qt::ISODate)}};
        m_audit->append(entry);
    }
    Q_EMIT armedChanged(false);
}

int Session::armSecondsLeft() const
{
    if (!isArmed())
        return 0;
    return int((QDateTime::currentDateTimeUtc().msecsTo(m_armedUntil) + 999) / 1000);
}

void Session::onArmTick()
{
    if (!isArmed()) {
        disarm(tr("arming expired"));
        return;
    }
    Q_EMIT armTick(armSecondsLeft());
}

} // namespace Ops
