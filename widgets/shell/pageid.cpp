#include "pageid.h"

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
    const char* ctx = "Ops::PageId";
    switch (page) {
    case PageId::Dashboard: return QCoreApplication::translate(ctx, "Dashboard", "navigation");
    case PageId::Charts: return QCoreApplication::translate(ctx, "Charts", "navigation");
    case PageId::Scaling: return QCoreApplication::translate(ctx, "Scaling", "navigation");
    case PageId::Rollback: return QCoreApplication::translate(ctx, "Rollback", "navigation");
    case PageId::Incidents: return QCoreApplication::translate(ctx, "Incidents", "navigation");
    case PageId::Maintenance: return QCoreApplication::translate(ctx, "Maintenance", "navigation");
    case PageId::OnCall: return QCoreApplication::translate(ctx, "On-call", "navigation");
    case PageId::Logs: return QCoreApplication::translate(ctx, "Logs", "navigation");
    case PageId::Audit: return QCoreApplication::translate(ctx, "Audit", "navigation");
    case PageId::Settings: return QCoreApplication::translate(ctx, "Settings", "navigation");
    }
    return {};
}

QString pageIcon(PageId page)
{
    return QStringLiteral(":/icons/%1.svg").arg(pageKey(page));
}

} // namespace Ops
