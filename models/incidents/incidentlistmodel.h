#pragma once

#include "models/incidents/incident.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Ops {

/// The incident log as a table: one row per incident, newest first. Whole lists arrive as a reset;
/// the escalation timer ticks as dataChanged of its column only.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column { SeverityColumn, TitleColumn, StatusColumn, StartedColumn, EscalationColumn, CommanderColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole,
        SeverityRole, ///< int (Severity)
        StatusRole,   ///< int (IncidentStatus)
        StartedRole,  ///< QDateTime, UTC
        OpenRole,     ///< bool
        PendingRole,  ///< bool: changes still in the offline journal
        SearchTextRole,
        EscalationLevelRole, ///< int (EscalationLevel)
    };

    explicit IncidentListModel(QObject* parent = nullptr);

    void setIncidents(const QList<Incident>& incidents, const QSet<QUuid>& pending = {});
    /// The time the escalation column is computed for (default: the current time at each call).
    void setNow(const QDateTime& now);
    Incident incidentAt(int row) const { return m_incidents.value(row); }
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;
    QList<Incident> m_incidents;
    QSet<QUuid> m_pending;
    QDateTime m_now;
};

} // namespace Ops
