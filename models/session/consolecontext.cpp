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
    // A profile edited on the Settings page takes effect at once when it is the active one.
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (m_transient || m_active.name.isEmpty())
            return;
        // By id: a renamed profile is still the active one.
        const std::optional<ConnectionProfile> found = m_profiles->profileWithId(m_active.id);
        if (!found)
            return;
        const ConnectionProfile updated = *found;
        if (!(updated == m_active)) {
            m_active = updated;
            Q_EMIT activeProfileChanged(m_active);
        }
    });
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
    m_active = m_profiles->profile(name);
    m_transient = false;
    AppSettings::activeProfile().set(name);
    Q_EMIT activeProfileChanged(m_active);
    return true;
}

void ConsoleContext::useTransientProfile(const ConnectionProfile& profile)
{
    m_active = profile;
    // A file never brings an id. Named like a saved profile, it may use that profile's keychain entries,
    // but each secret only goes to the endpoint it was entered for (SecretBinding): pointing elsewhere,
    // it gets nothing.
    m_active.id = m_profiles->contains(profile.name) ? m_profiles->profile(profile.name).id : QString();
    m_transient = true;
    Q_EMIT activeProfileChanged(m_active);
}

} // namespace Ops

namespace Ops {

std::optional<ConnectionProfile> ConsoleContext::savedActiveProfile() const
{
    return m_profiles->profileWithId(m_active.id);
}

} // namespace Ops
