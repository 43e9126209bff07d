#pragma once

#include "models/health/alertentry.h"
#include "models/health/stackalerts.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ops {

/// Pending, firing, silenced and recently resolved alerts, from Prometheus and from the console's own
/// thresholds. Each origin replaces its own list on every refresh; an alert that disappears
/// turns Resolved and stays listed for a while so the operator sees that it ended.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column { StateColumn, NameColumn, SubjectColumn, SeverityColumn, SinceColumn, ValueColumn, SummaryColumn,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, StateRole, AlertRole };

    explicit AlertsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the active alerts of one origin.
    void setActive(AlertEntry::Origin origin, const QList<AlertEntry>& active,
                   const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Marks every alert as expected (a maintenance window is active) or not.
    void setExpected(bool expected);
    QList<AlertEntry> alerts() const { return m_rows; }
    int firingCount() const;
    int pendingCount() const;
    /// Firing (critical among them), pending and silenced alerts, of every origin or of one.
    AlertCounts counts() const;
    AlertCounts counts(AlertEntry::Origin origin) const;
    void clear();

    /// How long a resolved alert stays listed.
    static constexpr qint64 kResolvedKeepMs = 60 * 60 * 1000;

Q_SIGNALS:
    /// An alert turned Firing (it was not firing before): one notification, not one per poll.
    void alertStartedFiring(const Ops::AlertEntry& alert);
    void countsChanged(int firing, int pending);

private:
    QList<AlertEntry> m_rows;
    bool m_expected = false;
};

} // namespace Ops
