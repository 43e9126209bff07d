#include "pagefactory.h"

#include "charts/chartspage.h"
#include "dashboard/dashboardpage.h"
#include "incidents/incidentspage.h"
#include "incidents/oncallpage.h"
#include "pages/placeholderpage.h"
#include "settings/settingspage.h"

namespace Ops {

Page* createPage(PageId page, ConsoleContext& context, QWidget* parent)
{
    switch (page) {
    case PageId::Dashboard: return new DashboardPage(context, parent);
    case PageId::Charts: return new ChartsPage(context, parent);
    case PageId::Settings: return new SettingsPage(context, parent);
    case PageId::Incidents: return new IncidentsPage(context, parent);
    case PageId::OnCall: return new OnCallPage(context, parent);
    default: return new PlaceholderPage(context, page, parent);
    }
}

} // namespace Ops
