#pragma once

#include <QList>
#include <QString>

namespace Ops {

/// The console's pages, in navigation order. Ctrl+1 … Ctrl+9 and Ctrl+0 reach them.
enum class PageId { Dashboard, Charts, Scaling, Rollback, Incidents, Maintenance, OnCall, Logs, Audit, Settings };

QList<PageId> allPages();
/// Stable key for the command line (`--screenshot dashboard`) and settings.
QString pageKey(PageId page);
/// Page for a key; returns false when the key is unknown.
bool pageFromKey(const QString& key, PageId* page);
/// Translated navigation title.
QString pageTitle(PageId page);

} // namespace Ops
