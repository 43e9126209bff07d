#include "widgets/shell/pagefactory.h"

#include "widgets/audit/auditpage.h"
#include "widgets/charts/chartspage.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/incidents/incidentspage.h"
#include "widgets/incidents/oncallpage.h"
#include "widgets/logs/logspage.h"
#include "widgets/maintenance/maintenancepage.h"
#include "widgets/pages/placeholderpage.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/scaling/scalingpage.h"
#include "widgets/settings/settingspage.h"

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
