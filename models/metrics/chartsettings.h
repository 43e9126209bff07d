#pragma once

#include "models/core/settingvalue.h"
#include "models/metrics/paneldefinition.h"
#include "models/metrics/timerange.h"

namespace Ops::Metrics {

/// The Charts page's choices, remembered per connection profile (QSettings; nothing secret here:
/// ranges, refresh interval and panel definitions only).
struct ChartSettings
{
    static SettingValue<QString> rangeFrom(const QString& profile)
    {
        return {key(profile, "range/from"), QStringLiteral("now-1h")};
    }
    static SettingValue<QString> rangeTo(const QString& profile) { return {key(profile, "range/to"), QStringLiteral("now")}; }
    /// Auto-refresh in seconds; 0 is off.
    static SettingValue<int> refreshSeconds(const QString& profile) { return {key(profile, "refreshSec"), 30}; }
    /// panelsToJson(); empty means the runbook's defaults.
    static SettingValue<QByteArray> panels(const QString& profile) { return {key(profile, "panels"), QByteArray()}; }

    static TimeRange loadRange(const QString& profile);
    static void saveRange(const QString& profile, const TimeRange& range);
    /// The profile's panels, or the defaults when none were saved or the saved text is unreadable.
    static QList<PanelDefinition> loadPanels(const QString& profile);
    static void savePanels(const QString& profile, const QList<PanelDefinition>& panels);

private:
    static QString key(const QString& profile, const char* name)
    {
        // Profile names are [A-Za-z0-9._-]: safe inside a settings key.
        return QStringLiteral("charts/") + (profile.isEmpty() ? QStringLiteral("_none") : profile) + QLatin1Char('/') +
               QLatin1String(name);
    }
};

} // namespace Ops::Metrics
