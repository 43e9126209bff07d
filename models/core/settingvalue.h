#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Ops {

/// One typed entry of the console's settings (QSettings underneath).
/// Never used for secrets: those live in the keychain only (see SecretStore).
template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QSettings settings;
        const QVariant value = settings.value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }

    void set(const T& value) const
    {
        QSettings settings;
        // An unchanged value is not written: every write rewrites the whole settings file.
        const QVariant current = settings.value(m_key);
        if (current.isValid() && current.canConvert<T>() && current.value<T>() == value)
            return;
        settings.setValue(m_key, QVariant::fromValue(value));
    }

    void reset() const
    {
        QSettings settings;
        settings.remove(m_key);
    }

    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace Ops
