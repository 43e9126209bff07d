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
        if (m_transient || m_active.name.isEmpty() || !m_profiles->contains(m_active.name))
            return;
        const ConnectionProfile updated = m_profiles->profile(m_active.name);
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
    m_transient = true;
    Q_EMIT activeProfileChanged(m_active);
}

} // namespace Ops
