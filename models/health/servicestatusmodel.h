#pragma once

#include "models/health/servicestatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ops {

/// One row per service of the stack: the dashboard's tiles and table read it.
/// The runbook's services are always listed (Unknown until checked); other compose services
/// appear when the orchestrator reports them.
class ServiceStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceStatusModel)

public:
    enum Column { ServiceColumn, StateColumn, ReplicasColumn, VersionColumn, LatencyColumn, LastCheckColumn,
                  FailuresColumn, ReasonColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, ///< sortable value of the cell
        HealthRole,                  ///< Ops::Health as int
        ServiceRole,                 ///< service name
        StatusRole,                  ///< the whole ServiceStatus
    };

    explicit ServiceStatusModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds or replaces the row of `status.service`; emits dataChanged for that row only.
    void update(const ServiceStatus& status);
    /// The row for a service, or an empty status with Unknown health.
    ServiceStatus status(const QString& service) const;
    int rowOf(const QString& service) const;
    /// The worst health over all rows (the tray icon and the status bar show it).
    Health worstHealth() const;
    /// Forgets everything (another profile became active).
    void reset();

    /// Re-evaluates ages (for the "last check" column) without new data.
    void refreshAges();

Q_SIGNALS:
    void worstHealthChanged(Ops::Health health);

private:
    QList<ServiceStatus> m_rows;
    Health m_worst = Health::Unknown;
    void updateWorst();
};

} // namespace Ops
