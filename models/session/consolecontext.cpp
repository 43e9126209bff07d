#include "models/session/consolecontext.h"

#include "models/core/appsettings.h"
#include "models/health/healthmonitor.h"
#include "models/core/languagemanager.h"
#include "models/session/session.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"

namespace Ops {

ConsoleContext::ConsoleContext(QObject* parent)
    : QObject(parent)
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(this))
    , m_language(new LanguageManager(this))
    , m_health(new HealthMonitor(this))
    , m_session(new Session(*this, this))
{
    // A profile edited on the Settings page takes effect at once when it is the active one — or, while
    // a procedure runs, when it ends.
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (m_transient || m_active.name.isEmpty())
            return;
        // By id: a renamed profile is still the active one.
        const std::optional<ConnectionProfile> found = m_profiles->profileWithId(m_active.id);
        if (!found)
            return;
        const ConnectionProfile updated = *found;
        if (updated == m_active) {
            m_deferred.reset();
            return;
        }
        if (const QString why = switchRefusal(); !why.isEmpty()) {
            m_deferred = updated;
            m_deferredRetry.start();
            Q_EMIT profileChangeDeferred(why);
            return;
        }
        m_deferred.reset();
        m_active = updated;
        Q_EMIT activeProfileChanged(m_active);
    });
    m_deferredRetry.setInterval(1000);
    connect(&m_deferredRetry, &QTimer::timeout, this, &ConsoleContext::applyDeferred);
}

void ConsoleContext::applyDeferred()
{
    if (!m_deferred) {
        m_deferredRetry.stop();
        return;
    }
    if (!switchRefusal().isEmpty())
        return;
    m_deferredRetry.stop();
    m_active = *m_deferred;
    m_deferred.reset();
    Q_EMIT activeProfileChanged(m_active);
}

QString ConsoleContext::switchRefusal() const
{
    const QString running = m_session ? m_session->runningProcedure() : QString();
    if (running.isEmpty())
        return QString();
    return tr("%1 is running on %2: the profile cannot change until it ends.").arg(running, m_active.name);
}

ConsoleContext::~ConsoleContext()
{
    // The session hands its sources to the health monitor: it goes first.
    delete m_session;
    m_session = nullptr;
}

bool ConsoleContext::activateProfile(const QString& name)
{
    if (!m_profiles->contains(name))
        return false;
    if (const QString why = switchRefusal(); !why.isEmpty()) {
        if (name == m_active.name && !m_transient) {
            // The active profile itself, saved again: its changes wait for the run to end.
            const ConnectionProfile updated = m_profiles->profile(name);
            if (!(updated == m_active)) {
                m_deferred = updated;
                m_deferredRetry.start();
                Q_EMIT profileChangeDeferred(why);
            }
            return true;
        }
        Q_EMIT switchRefused(why);
        return false;
    }
    m_deferred.reset();
    m_active = m_profiles->profile(name);
    m_transient = false;
    AppSettings::activeProfile().set(name);
    Q_EMIT activeProfileChanged(m_active);
    return true;
}

bool ConsoleContext::useTransientProfile(const ConnectionProfile& profile)
{
    if (const QString why = switchRefusal(); !why.isEmpty()) {
        Q_EMIT switchRefused(why);
        return false;
    }
    m_deferred.reset();
    m_active = profile;
    // A file never brings an id. Named like a saved profile, it may use that profile's keychain entries,
    // but each secret only goes to the endpoint it was entered for (SecretBinding): pointing elsewhere,
    // it gets nothing.
    m_active.id = m_profiles->contains(profile.name) ? m_profiles->profile(profile.name).id : QString();
    m_transient = true;
    Q_EMIT activeProfileChanged(m_active);
    return true;
}

} // namespace Ops

namespace Ops {

std::optional<ConnectionProfile> ConsoleContext::savedActiveProfile() const
{
    return m_profiles->profileWithId(m_active.id);
}

} // namespace Ops
