#include "app/checkcommand.h"

#include "models/session/consolecontext.h"
#include "models/health/checksuite.h"
#include "models/net/httpclient.h"
#include "models/profiles/secretstore.h"
#include "models/session/profilesecrets.h"
#include "models/sources/postgressource.h"
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
        QCoreApplication::exit(2);
        return;
    }
    // Every source has its own deadline; this one only bounds the whole run (the keychain included).
    m_deadline.start(checkSuiteDeadlineMs());
    const ConnectionProfile profile = m_context.activeProfile();
    // A program the profile names runs only once the operator approved it on this workstation. The
    // checks over HTTP, SQL and Redis still run; the orchestrator's is reported as not run, and the exit
    // code says why (kExitUnapproved).
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
    if (m_json) {
        const QJsonObject root{{QStringLiteral("profile"), m_context.activeProfile().name},
                               {QStringLiteral("healthy"), healthy && m_unapproved.isEmpty()},
                               {QStringLiteral("unapprovedPrograms"), QJsonArray::fromStringList(m_unapproved)},
                               {QStringLiteral("checks"), results}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (!m_unapproved.isEmpty()) {
        out << QCoreApplication::translate("Ops::CheckCommand",
                                           "The profile names programs that are not approved on this workstation: "
                                           "none was run.",
                                           "--check output")
            << Qt::endl;
    } else {
        out << (healthy ? QCoreApplication::translate("Ops::CheckCommand", "All checks passed.", "--check output")
                        : QCoreApplication::translate("Ops::CheckCommand", "Some checks failed.", "--check output"))
            << Qt::endl;
    }
    QCoreApplication::exit(!m_unapproved.isEmpty() ? kExitUnapproved : healthy ? 0 : 1);
}

} // namespace Ops
