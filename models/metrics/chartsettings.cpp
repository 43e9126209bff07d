#include "models/metrics/chartsettings.h"

namespace Ops::Metrics {

TimeRange ChartSettings::loadRange(const QString& profile)
{
    TimeRange range{rangeFrom(profile).get(), rangeTo(profile).get()};
    return range.isValid() ? range : TimeRange{};
}

void ChartSettings::saveRange(const QString& profile, const TimeRange& range)
{
    rangeFrom(profile).set(range.from);
    rangeTo(profile).set(range.to);
}

QList<PanelDefinition> ChartSettings::loadPanels(const QString& profile)
{
    const QByteArray json = panels(profile).get();
    if (json.isEmpty())
        return PanelCatalog::defaults();
    bool ok = false;
    QList<PanelDefinition> list = panelsFromJson(json, &ok);
    return ok ? list : PanelCatalog::defaults();
}

void ChartSettings::savePanels(const QString& profile, const QList<PanelDefinition>& list)
{
    panels(profile).set(panelsToJson(list));
}

} // namespace Ops::Metrics
