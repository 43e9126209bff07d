#pragma once

#include "models/profiles/connectionprofile.h"

#include <QObject>
#include <QTimer>

#include <optional>

#include <optional>

namespace Ops {

class HealthMonitor;
class LanguageManager;
class Session;
class ProfileStore;
class SecretStore;

/// What every page shares: the saved profiles, the active one, the keychain, the language, the health
/// monitor and the session of the active profile.
/// Lives on the GUI thread; pages read it and listen to its signals.
class ConsoleContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleContext)

public:
    explicit ConsoleContext(QObject* parent = nullptr);
    ~ConsoleContext() override;

    ProfileStore& profiles() const { return *m_profiles; }
    SecretStore& secrets() const { return *m_secrets; }
    LanguageManager& language() const { return *m_language; }
    /// The always-on health checks of the active profile (started by the application; the sources
    /// come from the session).
    HealthMonitor& health() const { return *m_health; }
    /// Every service of the active profile, built together (started by the application or the first
    /// page that needs it).
    Session& session() const { return *m_session; }

    const ConnectionProfile& activeProfile() const { return m_active; }
    bool hasActiveProfile() const { return !m_active.name.isEmpty(); }
    /// True when the active profile came from --profile-file and is not saved.
    bool activeProfileIsTransient() const { return m_transient; }

    /// Makes a saved profile active and remembers the choice. Refused (false, switchRefused()) while a
    /// procedure of the active profile runs: switching would tear down the run's lock, orchestrator and
    /// audit trail under it.
    bool activateProfile(const QString& name);
    /// Uses a profile for this run only (from --profile-file); nothing is saved. Refused like
    /// activateProfile() while a procedure runs. Its id is the saved profile's of the same name (its
    /// secrets then go only where they were entered for), or none.
    bool useTransientProfile(const ConnectionProfile& profile);
    /// Why switching the active profile is refused now (translated), or empty.
    QString switchRefusal() const;
    /// An edit of the active profile saved while a procedure runs: it takes effect when the run ends.
    bool hasDeferredProfileChange() const { return m_deferred.has_value(); }
    /// The saved profile with the active profile's id, or null.
    std::optional<ConnectionProfile> savedActiveProfile() const;

Q_SIGNALS:
    void activeProfileChanged(const Ops::ConnectionProfile& profile);
    /// A switch was refused; reason is translated.
    void switchRefused(const QString& reason);
    /// A saved edit of the active profile waits for the running procedure to end.
    void profileChangeDeferred(const QString& reason);

private:
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    LanguageManager* m_language;
    HealthMonitor* m_health;
    Session* m_session;
    ConnectionProfile m_active;
    bool m_transient = false;
    std::optional<ConnectionProfile> m_deferred;
    QTimer m_deferredRetry;
    void applyDeferred();
};

} // namespace Ops
