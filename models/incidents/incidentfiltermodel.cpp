#include "models/incidents/incidentfiltermodel.h"

#include "models/incidents/incidentlistmodel.h"

namespace Ops {

IncidentFilterModel::IncidentFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void IncidentFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateFilter();
}

void IncidentFilterModel::setSeverityFilter(int severity)
{
    m_severity = severity;
    invalidateFilter();
}

void IncidentFilterModel::setSince(const QDate& date)
{
    m_since = date;
    invalidateFilter();
}

void IncidentFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(IncidentListModel::StatusRole).toInt();
    if (m_status == kOpen ? !index.data(IncidentListModel::OpenRole).toBool()
                          : (m_status != kAll && status != m_status))
        return false;
    if (m_severity != kAll && index.data(IncidentListModel::SeverityRole).toInt() != m_severity)
        return false;
    if (m_since.isValid() && index.data(IncidentListModel::StartedRole).toDateTime().toLocalTime().date() < m_since)
        return false;
    if (!m_search.isEmpty() &&
        !index.data(IncidentListModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Ops
