#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Ops {

/// Filters an IncidentListModel by status, severity, start date and free text.
class IncidentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentFilterModel)

public:
    static constexpr int kAll = -1;
    static constexpr int kOpen = -2; ///< status filter: every status but Resolved

    explicit IncidentFilterModel(QObject* parent = nullptr);

    void setStatusFilter(int status);     ///< IncidentStatus, kAll or kOpen
    void setSeverityFilter(int severity); ///< Severity or kAll
    void setSince(const QDate& date);     ///< invalid: no limit (local date)
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_status = kAll;
    int m_severity = kAll;
    QDate m_since;
    QString m_search;
};

} // namespace Ops
