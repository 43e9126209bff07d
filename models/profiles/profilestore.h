#pragma once

#include "models/profiles/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

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
    std::optional<ConnectionProfile> profileWithId(const QString& id) const;

    /// Adds or replaces a profile by name. Refuses (returns false) a profile that does not validate.
    /// A profile without an id keeps the id saved under its name, or gets a new one; a profile whose id is
    /// saved under another name is a rename (the old name goes).
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
