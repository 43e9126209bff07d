#include "pagefactory.h"

#include "audit/auditpage.h"
#include "charts/chartspage.h"
#include "dashboard/dashboardpage.h"
#include "incidents/incidentspage.h"
#include "incidents/oncallpage.h"
#include "logs/logspage.h"
#include "maintenance/maintenancepage.h"
#include "pages/placeholderpage.h"
#include "rollback/rollbackpage.h"
#include "scaling/scalingpage.h"
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
    case PageId::Scaling: return new ScalingPage(context, parent);
    case PageId::Audit: return new AuditPage(context, parent);
    case PageId::Logs: return new LogsPage(context, parent);
    case PageId::Rollback: return new RollbackPage(context, parent);
    case PageId::Maintenance: return new MaintenancePage(context, parent);
    default: return new PlaceholderPage(context, page, parent);
    }
}

} // namespace Ops
