#include "models/session/operationscenter.h"

#include "models/session/consolecontext.h"
#include "models/maintenance/maintenanceactivity.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancestore.h"
#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/scaling/scaleoperation.h"
#include "models/profiles/secretstore.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"

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
    if (profile.orchestrator.kind == OrchestratorSettings::Kind::Kubernetes)
        o = new KubernetesOrchestrator(parent);
    else
        o = new ComposeOrchestrator(parent);
    o->setSettings(profile.orchestrator);
    return o;
}

} // namespace

OperationsCenter::OperationsCenter(ConsoleContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_activity(new MaintenanceActivity(this))
{
    // Other consoles plan windows too: the schedule is re-read now and then (the dashboard shows it).
    m_maintenanceRefresh.setInterval(60000);
    connect(&m_maintenanceRefresh, &QTimer::timeout, this, [this] {
        if (m_maintenance)
            m_maintenance->refresh();
    });
    m_migrationRetry.setSingleShot(true);
    m_migrationRetry.setInterval(30000);
    connect(&m_migrationRetry, &QTimer::timeout, this, &OperationsCenter::migrate);
    m_armTimer.setInterval(1000);
    connect(&m_armTimer, &QTimer::timeout, this, &OperationsCenter::onArmTick);
    connect(&m_context, &ConsoleContext::activeProfileChanged, this, [this](const ConnectionProfile& p) {
        if (m_started)
            rebuild(p);
    });
}

OperationsCenter::~OperationsCenter()
{
    teardown();
}

void OperationsCenter::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_context.hasActiveProfile())
        rebuild(m_context.activeProfile());
}

void OperationsCenter::teardown()
{
    ++m_generation;
    m_migrationRetry.stop();
    m_maintenanceRefresh.stop();
    m_activity->setStore(nullptr);
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
    m_password.clear();
}

void OperationsCenter::rebuild(const ConnectionProfile& profile)
{
    const bool wasArmed = isArmed();
    teardown();
    m_profile = profile;
    m_armedUntil = QDateTime();
    m_armTimer.stop();
    if (wasArmed)
        Q_EMIT armedChanged(false);
    Q_EMIT reset();
    if (profile.name.isEmpty()) {
        setState(State::Idle);
        return;
    }

    const QSettings settings;
    m_policy = ScalePolicy::fromJson(
        QJsonDocument::fromJson(settings.value(policyKey(profile.name)).toByteArray()).object());

    m_worker = new DatabaseWorker(this);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_journal = std::make_unique<OfflineJournal>(base + QStringLiteral("/journal/") + profile.name);
    m_audit = new AuditStore(m_worker, m_journal.get(), this);
    m_recentReader = new AuditStore(m_worker, nullptr, this);
    m_orchestrator = makeOrchestrator(profile, this);
    m_lock = new OperatorLock(this);
    m_maintenanceJournal = std::make_unique<OfflineJournal>(base + QStringLiteral("/journal/") +
                                                            profile.name + QStringLiteral("/maintenance"));
    m_maintenance = new MaintenanceStore(m_worker, m_maintenanceJournal.get(), this);
    m_maintenance->setCacheFile(base + QStringLiteral("/maintenance-") + profile.name +
                                QStringLiteral(".json"));
    m_activity->setAlertmanagerUrl(QUrl(profile.alertmanagerUrl.trimmed()));
    m_activity->setStore(m_maintenance);

    const auto pending = [this] { Q_EMIT journalPendingChanged(journalPending()); };
    connect(m_audit, &AuditStore::appended, this, pending);
    connect(m_audit, &AuditStore::journalSynced, this, [this, pending] {
        pending();
        loadRecent();
    });
    connect(m_audit, &AuditStore::journalSyncFailed, this, pending);
    connect(m_audit, &AuditStore::recorded, this, [this](const AuditEntry& entry) {
        noteRecorded(entry);
        Q_EMIT actionRecorded(entry);
    });
    connect(m_recentReader, &AuditStore::listed, this, [this](const QList<AuditEntry>& entries) {
        m_recent = entries;
        Q_EMIT recentChanged();
    });

    setState(State::Preparing);
    const quint64 generation = m_generation;
    SecretStore::whenDone(m_context.secrets().read(ConnectionProfile::secretKey(
                              profile.name, ConnectionProfile::Secret::PostgresPassword)),
                          this, [this, generation](const SecretResult& r) {
                              prepare(r.ok() ? r.value : QString(), generation);
                          });
}

void OperationsCenter::prepare(const QString& password, quint64 generation)
{
    if (generation != m_generation || !m_worker)
        return; // another profile meanwhile
    m_password = password;
    m_worker->setConnectionParams(PostgresConnectionParams::fromProfile(m_profile, password));
    m_lock->setProfile(m_profile, password);
    migrate();
}

void OperationsCenter::migrate()
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
        // Replays what was written while the database was away (retried by the store while it fails).
        m_audit->syncJournal();
        loadRecent();
        if (m_maintenance) {
            m_maintenance->refresh();
            m_maintenanceRefresh.start();
        }
    });
}

void OperationsCenter::loadRecent()
{
    if (!m_recentReader)
        return;
    AuditFilter filter;
    filter.profile = m_profile.name;
    filter.action = QStringLiteral("scale");
    filter.limit = 200;
    m_recentReader->list(filter);
}

void OperationsCenter::setState(State state, const QString& reason)
{
    m_stateReason = reason;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

AuditStore* OperationsCenter::createAuditReader(QObject* parent) const
{
    return m_worker ? new AuditStore(m_worker, nullptr, parent) : nullptr;
}

Orchestrator* OperationsCenter::createOrchestrator(QObject* parent) const
{
    // Needs no database: usable before start() (the Logs page).
    const ConnectionProfile& active = m_context.hasActiveProfile() ? m_context.activeProfile() : m_profile;
    return active.name.isEmpty() ? nullptr : makeOrchestrator(active, parent);
}

ScaleOperation* OperationsCenter::createScaleOperation(QObject* parent) const
{
    if (!m_orchestrator)
        return nullptr;
    auto* op = new ScaleOperation(m_orchestrator, m_lock, m_audit, parent);
    op->setProfileName(m_profile.name);
    op->setPolicy(m_policy);
    return op;
}

MaintenanceRun* OperationsCenter::createMaintenanceRun(QObject* parent) const
{
    if (!m_orchestrator)
        return nullptr;
    auto* run = new MaintenanceRun(m_orchestrator, m_lock, m_audit, m_maintenance, parent);
    run->setProfile(m_profile);
    return run;
}

int OperationsCenter::journalPending() const
{
    return m_journal ? m_journal->count() : 0;
}

QString OperationsCenter::policyChangeProblem(const ScalePolicy& policy, const QString& reason) const
{
    if (m_profile.name.isEmpty() || !m_audit)
        return tr("No active profile: the guardrails belong to a profile.");
    if (!mutationsAllowed())
        return tr("Production profile: arm it before changing its guardrails.");
    if (const QString invalid = policy.validate(); !invalid.isEmpty())
        return invalid;
    if (policy == m_policy)
        return tr("Nothing changed.");
    if (reason.trimmed().isEmpty())
        return tr("Say why the guardrails change: the reason goes to the audit trail.");
    return QString();
}

QString OperationsCenter::changePolicy(const ScalePolicy& policy, const QString& reason)
{
    if (const QString problem = policyChangeProblem(policy, reason); !problem.isEmpty())
        return problem;
    // Loosening a guardrail is an action like any other: who, when, why, from what to what.
    AuditEntry entry = AuditEntry::create(m_profile.name, QStringLiteral("policy-change"), QStringLiteral("scale-guardrails"),
                                          reason.trimmed());
    entry.metricsBefore = m_policy.toJson();
    entry.metricsAfter = policy.toJson();
    setPolicy(policy);
    m_audit->append(entry);
    return QString();
}

void OperationsCenter::setPolicy(const ScalePolicy& policy)
{
    m_policy = policy;
    if (m_profile.name.isEmpty())
        return;
    QSettings settings;
    settings.setValue(policyKey(m_profile.name),
                      QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
}

QDateTime OperationsCenter::lastChangeOf(const QString& service) const
{
    return ScalePolicy::lastChangeOf(m_recent, service);
}

void OperationsCenter::noteRecorded(const AuditEntry& entry)
{
    for (const AuditEntry& e : std::as_const(m_recent))
        if (e.id == entry.id)
            return;
    m_recent.prepend(entry);
    Q_EMIT recentChanged();
}

void OperationsCenter::arm()
{
    m_armedUntil = QDateTime::currentDateTimeUtc().addSecs(m_armSeconds);
    m_armTimer.start();
    Q_EMIT armedChanged(true);
    Q_EMIT armTick(armSecondsLeft());
}

void OperationsCenter::disarm()
{
    const bool was = m_armedUntil.isValid();
    m_armedUntil = QDateTime();
    m_armTimer.stop();
    if (was)
        Q_EMIT armedChanged(false);
}

int OperationsCenter::armSecondsLeft() const
{
    if (!isArmed())
        return 0;
    return int((QDateTime::currentDateTimeUtc().msecsTo(m_armedUntil) + 999) / 1000);
}

void OperationsCenter::onArmTick()
{
    if (!isArmed()) {
        disarm();
        return;
    }
    Q_EMIT armTick(armSecondsLeft());
}

} // namespace Ops
