#include "models/profiles/profilestore.h"

#include "models/core/logging.h"
#include "models/profiles/profilevalidator.h"

#include <QJsonArray>
#include <QSettings>

namespace Ops {

namespace {
const QString kGroup = QStringLiteral("profile-list");

void writeObject(QSettings& settings, const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject()) {
            settings.beginGroup(it.key());
            writeObject(settings, v.toObject());
            settings.endGroup();
        } else if (v.isArray()) {
            QStringList list;
            for (const QJsonValue& item : v.toArray())
                list << item.toString();
            settings.setValue(it.key(), list);
        } else {
            settings.setValue(it.key(), v.toVariant());
        }
    }
}

// Reads a group back into JSON with the types of `shape` (a default profile's JSON).
QJsonObject readObject(QSettings& settings, const QJsonObject& shape)
{
    QJsonObject out;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        const QString& key = it.key();
        if (it.value().isObject()) {
            settings.beginGroup(key);
            out.insert(key, readObject(settings, it.value().toObject()));
            settings.endGroup();
            continue;
        }
        if (!settings.contains(key))
            continue;
        const QVariant v = settings.value(key);
        if (it.value().isArray())
            out.insert(key, QJsonArray::fromStringList(v.toStringList()));
        else if (it.value().isBool())
            out.insert(key, v.toBool());
        else if (it.value().isDouble())
            out.insert(key, v.toInt());
        else
            out.insert(key, v.toString());
    }
    return out;
}
} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
{
    reload();
}

void ProfileStore::reload()
{
    m_profiles.clear();
    QSettings settings;
    settings.beginGroup(kGroup);
    const QJsonObject shape = ConnectionProfile().toJson();
    const QStringList groups = settings.childGroups();
    QStringList ids;
    for (const QString& name : groups) {
        settings.beginGroup(name);
        ConnectionProfile p = ConnectionProfile::fromJson(readObject(settings, shape));
        // Profiles saved before ids existed (or a hand-edited duplicate) get one of their own, kept from now on.
        if (p.id.isEmpty() || ids.contains(p.id)) {
            p.id = ConnectionProfile::newId();
            settings.setValue(QStringLiteral("id"), p.id);
        }
        settings.endGroup();
        p.name = name;
        if (isValidProfileName(name)) {
            ids << p.id;
            m_profiles.append(p);
        }
    }
    Q_EMIT profilesChanged();
}

QStringList ProfileStore::names() const
{
    QStringList out;
    for (const auto& p : m_profiles)
        out << p.name;
    return out;
}

bool ProfileStore::contains(const QString& name) const
{
    return names().contains(name);
}

ConnectionProfile ProfileStore::profile(const QString& name) const
{
    for (const auto& p : m_profiles)
        if (p.name == name)
            return p;
    return {};
}

std::optional<ConnectionProfile> ProfileStore::profileWithId(const QString& id) const
{
    if (id.isEmpty())
        return std::nullopt;
    for (const auto& p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile& saved)
{
    if (!ProfileValidator::validate(saved).isEmpty()) {
        qCWarning(lcProfiles) << "refusing to save invalid profile" << saved.name;
        return false;
    }
    ConnectionProfile profile = saved;
    // The id stays with the name it was saved under unless the caller brings one (a rename keeps it).
    if (profile.id.isEmpty())
        profile.id = contains(profile.name) ? this->profile(profile.name).id : ConnectionProfile::newId();
    QSettings settings;
    settings.beginGroup(kGroup);
    // The same id under another name: this is a rename, the old name goes.
    for (const ConnectionProfile& p : std::as_const(m_profiles)) {
        if (p.id == profile.id && p.name != profile.name)
            settings.remove(p.name);
    }
    m_profiles.removeIf([&](const ConnectionProfile& p) { return p.id == profile.id && p.name != profile.name; });
    settings.remove(profile.name);
    settings.beginGroup(profile.name);
    QJsonObject json = profile.toJson();
    json.remove(QStringLiteral("name")); // the group is the name
    writeObject(settings, json);
    settings.endGroup();
    settings.endGroup();
    settings.sync();

    bool replaced = false;
    for (auto& p : m_profiles) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    Q_EMIT profilesChanged();
    return settings.status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString& name)
{
    if (!contains(name))
        return false;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(name);
    settings.endGroup();
    m_profiles.removeIf([&](const ConnectionProfile& p) { return p.name == name; });
    Q_EMIT profilesChanged();
    return true;
}

} // namespace Ops
