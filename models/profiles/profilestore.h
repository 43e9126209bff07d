#pragma once

#include "models/profiles/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Ops {

/// The saved connection profiles, in the console's settings (never their secrets).
/// Each profile is one settings group whose keys mirror the profile's JSON fields.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject* parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    QStringList names() const;
    bool contains(const QString& name) const;
    ConnectionProfile profile(const QString& name) const;

    /// Adds or replaces a profile by name. Refuses (returns false) a profile that does not validate.
    bool save(const ConnectionProfile& profile);
    bool remove(const QString& name);
    /// Re-reads the settings (another console may have written them).
    void reload();

Q_SIGNALS:
    void profilesChanged();

private:
    QList<ConnectionProfile> m_profiles;
};

} // namespace Ops
