#include "widgets/shell/pageid.h"

#include <QCoreApplication>

namespace Ops {

QList<PageId> allPages()
{
    return {PageId::Dashboard, PageId::Charts, PageId::Scaling, PageId::Rollback, PageId::Incidents,
            PageId::Maintenance, PageId::OnCall, PageId::Logs, PageId::Audit, PageId::Settings};
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Dashboard: return QStringLiteral("dashboard");
    case PageId::Charts: return QStringLiteral("charts");
    case PageId::Scaling: return QStringLiteral("scaling");
    case PageId::Rollback: return QStringLiteral("rollback");
    case PageId::Incidents: return QStringLiteral("incidents");
    case PageId::Maintenance: return QStringLiteral("maintenance");
    case PageId::OnCall: return QStringLiteral("oncall");
    case PageId::Logs: return QStringLiteral("logs");
    case PageId::Audit: return QStringLiteral("audit");
    case PageId::Settings: return QStringLiteral("settings");
    }
    return {};
}

bool pageFromKey(const QString& key, PageId* page)
{
    for (PageId p : allPages()) {
        if (pageKey(p) == key.toLower()) {
            *page = p;
            return true;
        }
    }
    return false;
}

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Dashboard: return QCoreApplication::translate("Ops::PageId", "Dashboard", "navigation");
    case PageId::Charts: return QCoreApplication::translate("Ops::PageId", "Charts", "navigation");
    case PageId::Scaling: return QCoreApplication::translate("Ops::PageId", "Scaling", "navigation");
    case PageId::Rollback: return QCoreApplication::translate("Ops::PageId", "Rollback", "navigation");
    case PageId::Incidents: return QCoreApplication::translate("Ops::PageId", "Incidents", "navigation");
    case PageId::Maintenance: return QCoreApplication::translate("Ops::PageId", "Maintenance", "navigation");
    case PageId::OnCall: return QCoreApplication::translate("Ops::PageId", "On-call", "navigation");
    case PageId::Logs: return QCoreApplication::translate("Ops::PageId", "Logs", "navigation");
    case PageId::Audit: return QCoreApplication::translate("Ops::PageId", "Audit", "navigation");
    case PageId::Settings: return QCoreApplication::translate("Ops::PageId", "Settings", "navigation");
    }
    return {};
}

} // namespace Ops
