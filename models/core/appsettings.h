#pragma once

#include "models/core/settingvalue.h"

#include <QByteArray>
#include <QString>

namespace Ops {

/// Console-wide preferences that are not part of a connection profile.
struct AppSettings
{
    /// "ko", "en", or empty for the system locale.
    static SettingValue<QString> language() { return {QStringLiteral("ui/language"), QString()}; }
    static SettingValue<QString> activeProfile() { return {QStringLiteral("profiles/active"), QString()}; }
    static SettingValue<int> lastPage() { return {QStringLiteral("ui/lastPage"), 0}; }
    static SettingValue<QByteArray> windowGeometry() { return {QStringLiteral("ui/geometry"), QByteArray()}; }
    /// Lines of a followed log kept in memory (the Logs page's retention): the newest ones.
    static SettingValue<int> logRetentionLines() { return {QStringLiteral("logs/retentionLines"), 20000}; }

    /// Points QSettings at an INI file in `directory` (tests and `OPSCONSOLE_CONFIG_DIR`),
    /// otherwise the platform's default location. Call before any QSettings is used.
    static void initialize(const QString& directory = QString());
    /// The file every QSettings of this process reads and writes.
    static QString settingsFilePath();
};

} // namespace Ops
