#include "app/checkcommand.h"

#include "models/session/consolecontext.h"
#include "models/health/checksuite.h"
#include "models/health/stackalerts.h"
#include "models/net/httpclient.h"
#include "models/profiles/secretstore.h"
#include "models/session/profilesecrets.h"
#include "models/sources/postgressource.h"
#include "models/sources/prometheussource.h"
#include "models/sources/redissource.h"
#include "models/sources/source.h"
#include "models/stack/profileprograms.h"
#include "models/profiles/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTextStream>

namespace Ops {

CheckCommand::CheckCommand(ConsoleContext& context, bool json, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_json(json)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CheckCommand::finish);
}

void CheckCommand::start()
{
    if (!m_context.hasActiveProfile()) {
        QTextStream(stderr) << QCoreApplication::translate("Ops::CheckCommand",
                                                           "No profile: use --profile NAME or --profile-file FILE.")
                            << Qt::endl;
        QCoreApplication::exit(UsageError);
        return;
    }
    // Every source has its own deadline; this one only bounds the whole run (the keychain included).
    m_deadline.start(checkSuiteDeadlineMs());
    const ConnectionProfile profile = m_context.activeProfile();
    // A program the profile names runs only once the operator approved it on this workstation. The
    // checks over HTTP, SQL and Redis still run; the orchestrator's is reported as not run, and the exit
    // code says why (UnapprovedPrograms).
    m_unapproved = ProfilePrograms::unapproved(profile);
    if (!m_unapproved.isEmpty()) {
        QTextStream err(stderr);
        for (const QString& why : std::as_const(m_unapproved))
            err << QCoreApplication::translate("Ops::CheckCommand", "Not run: %1").arg(why) << Qt::endl;
        err << QCoreApplication::translate("Ops::CheckCommand",
                                           "Review and approve the profile's programs with: opsconsole "
                                           "--approve-programs and the same --profile or --profile-file.")
            << Qt::endl;
    }
    // The passwords and tokens live in the keychain, as for the dashboard: read them first, then run
    // every check at once. A missing secret is no error (trust or peer authentication, no token); one
    // entered for another endpoint is not sent, and said so.
    const std::optional<ConnectionProfile> saved = m_context.savedActiveProfile();
    readProfileSecrets(m_context.secrets(), profile, saved ? &*saved : nullptr, this, [this, profile](const ProfileSecrets& secrets) {
        for (const QString& withheld : secrets.withheld)
            QTextStream(stderr) << withheld << Qt::endl;
        auto* http = new HttpClient(this);
        const QString tlsProblem = configureHttpClient(*http, profile, secrets);
        if (!tlsProblem.isEmpty())
            QTextStream(stderr) << tlsProblem << Qt::endl;
        m_sources = createCheckSuite(profile, http, this);
        m_pending = m_sources;
        for (Source* source : std::as_const(m_sources)) {
            if (auto* pg = qobject_cast<PostgresSource*>(source))
                pg->setProfile(profile, secrets.postgresPassword);
            else if (auto* redis = qobject_cast<RedisSource*>(source))
                redis->setPassword(secrets.redisPassword);
            else if (auto* prom = qobject_cast<PrometheusSource*>(source))
                connect(prom, &PrometheusSource::snapshotReady, this,
                        [this](const PrometheusSnapshot& s) { m_prometheus = s; });
            else if (auto* am = qobject_cast<AlertmanagerSource*>(source))
                connect(am, &AlertmanagerSource::snapshotReady, this,
                        [this](const AlertmanagerSnapshot& s) { m_alertmanager = s; });
            connect(source, &Source::checked, this, [this, source] {
                m_pending.removeAll(source);
                if (m_pending.isEmpty())
                    finish();
            });
        }
        if (m_sources.isEmpty()) {
            QTimer::singleShot(0, this, &CheckCommand::finish);
            return;
        }
        for (Source* source : std::as_const(m_sources))
            source->refresh();
    });
}

namespace {

QString stateKey(AlertEntry::State state)
{
    switch (state) {
    case AlertEntry::State::Pending: return QStringLiteral("pending");
    case AlertEntry::State::Firing: return QStringLiteral("firing");
    case AlertEntry::State::Silenced: return QStringLiteral("silenced");
    case AlertEntry::State::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

} // namespace

void CheckCommand::finish()
{
    if (m_done)
        return;
    m_done = true;
    bool healthy = !m_sources.isEmpty();
    QJsonArray results;
    QTextStream out(stdout);
    const QMetaEnum healthEnum = QMetaEnum::fromType<Health>();
    for (Source* source : std::as_const(m_sources)) {
        CheckResult r = source->lastResult();
        if (m_pending.contains(source)) {
            r.health = Health::Unknown;
            r.reason = QCoreApplication::translate("Ops::CheckCommand", "no answer before the check ended");
        }
        source->stop();
        healthy = healthy && r.health == Health::Ok;
        if (m_json) {
            results.append(QJsonObject{{QStringLiteral("check"), source->id()},
                                       {QStringLiteral("state"), QString::fromLatin1(healthEnum.valueToKey(int(r.health))).toLower()},
                                       {QStringLiteral("ok"), r.health == Health::Ok},
                                       {QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("latencyMs"), r.latencyMs},
                                       {QStringLiteral("checkedAt"), r.checkedAt.toString(Qt::ISODateWithMs)}});
        } else {
            out << QStringLiteral("%1 %2 %3").arg(r.health == Health::Ok ? QStringLiteral("[ OK ]") : QStringLiteral("[FAIL]"),
                                                  source->id().leftJustified(14), healthText(r.health));
            if (!r.reason.isEmpty())
                out << QStringLiteral(" — ") << r.reason;
            out << Qt::endl;
        }
    }

    // The stack's alerts, as the dashboard counts them.
    const QList<AlertEntry> alerts =
        stackAlerts(m_prometheus && m_prometheus->alertsStatus.ok ? &*m_prometheus : nullptr,
                    m_alertmanager ? &*m_alertmanager : nullptr);
    const AlertCounts counts = countAlerts(alerts);
    int code = healthy ? Healthy : ChecksFailed;
    if (code == Healthy && counts.criticalFiring > 0 && !m_ignoreAlerts)
        code = CriticalAlert;
    if (!m_unapproved.isEmpty()) // no program ran: the checks are incomplete whatever they said
        code = UnapprovedPrograms;

    QJsonArray alertList;
    for (const AlertEntry& a : alerts) {
        if (m_json) {
            alertList.append(QJsonObject{{QStringLiteral("name"), a.name},
                                         {QStringLiteral("state"), stateKey(a.state)},
                                         {QStringLiteral("severity"), a.severity},
                                         {QStringLiteral("subject"), a.subject},
                                         {QStringLiteral("labels"), a.labels},
                                         {QStringLiteral("value"), a.value},
                                         {QStringLiteral("summary"), a.summary},
                                         {QStringLiteral("since"), a.since.toString(Qt::ISODateWithMs)}});
        } else {
            const bool decides = a.state == AlertEntry::State::Firing && isCritical(a) && !m_ignoreAlerts;
            out << QStringLiteral("%1 %2 %3 %4, %5")
                       .arg(decides ? QStringLiteral("[ALRT]") : QStringLiteral("[note]"), a.name.leftJustified(14),
                            alertStateText(a.state), alertSeverityText(a.severity), a.value);
            if (!a.subject.isEmpty())
                out << QStringLiteral(" — ") << (a.labels.isEmpty() ? a.subject : a.subject + QStringLiteral(" (") + a.labels + u')');
            if (!a.summary.isEmpty())
                out << QStringLiteral(" — “") << a.summary << QStringLiteral("”");
            out << Qt::endl;
        }
    }

    if (m_json) {
        const QJsonObject root{{QStringLiteral("profile"), m_context.activeProfile().name},
                               {QStringLiteral("healthy"), code == Healthy},
                               {QStringLiteral("unapprovedPrograms"), QJsonArray::fromStringList(m_unapproved)},
                               {QStringLiteral("checksPassed"), healthy},
                               {QStringLiteral("criticalAlertsFiring"), counts.criticalFiring},
                               {QStringLiteral("alertsFiring"), counts.firing},
                               {QStringLiteral("alertsSilenced"), counts.silenced},
                               {QStringLiteral("alertsIgnored"), m_ignoreAlerts},
                               {QStringLiteral("exitCode"), code},
                               {QStringLiteral("checks"), results},
                               {QStringLiteral("alerts"), alertList}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (!m_unapproved.isEmpty()) {
        out << QCoreApplication::translate("Ops::CheckCommand",
                                           "The profile names programs that are not approved on this workstation: "
                                           "none was run.",
                                           "--check output")
            << Qt::endl;
    } else {
        switch (code) {
        case Healthy:
            out << QCoreApplication::translate("Ops::CheckCommand", "All checks passed.", "--check output");
            if (counts.criticalFiring > 0)
                out << u' '
                    << QCoreApplication::translate("Ops::CheckCommand", "%n critical alert(s) firing, ignored (--ignore-alerts).",
                                                   "--check output", counts.criticalFiring);
            break;
        case CriticalAlert:
            out << QCoreApplication::translate("Ops::CheckCommand", "All checks passed, but %n critical alert(s) firing.",
                                               "--check output", counts.criticalFiring);
            break;
        default:
            out << QCoreApplication::translate("Ops::CheckCommand", "Some checks failed.", "--check output");
            break;
        }
        out << Qt::endl;
    }
    QCoreApplication::exit(code);
}

} // namespace Ops
