#include "models/health/servicestatusmodel.h"

#include "models/core/formatting.h"

#include <QLocale>

namespace Ops {

ServiceStatusModel::ServiceStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    reset();
}

void ServiceStatusModel::reset()
{
    beginResetModel();
    m_rows.clear();
    for (const QString& s : runbookServices()) {
        ServiceStatus st;
        st.service = s;
        m_rows.append(st);
    }
    endResetModel();
    updateWorst();
}

int ServiceStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStatusModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                   QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const ServiceStatus& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn: return s.service;
        case StateColumn: return healthText(s.health);
        case ReplicasColumn:
            if (s.running < 0)
                return QStringLiteral("–");
            return s.desired >= 0 ? tr("%1 of %2", "replicas running of desired").arg(s.running).arg(s.desired)
                                  : QString::number(s.running);
        case VersionColumn: return s.version.isEmpty() ? QStringLiteral("–") : s.version;
        case LatencyColumn: return s.latencyMs < 0 ? QStringLiteral("–") : Format::duration(s.latencyMs);
        case LastCheckColumn: return Format::age(s.lastCheck);
        case FailuresColumn: return s.consecutiveFailures;
        case ReasonColumn: return s.reason.isEmpty() ? s.detail : s.reason;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case ServiceColumn: return s.service;
        case StateColumn: return healthSeverity(s.health);
        case ReplicasColumn: return s.running;
        case VersionColumn: return s.version;
        case LatencyColumn: return s.latencyMs;
        case LastCheckColumn: return s.lastCheck;
        case FailuresColumn: return s.consecutiveFailures;
        case ReasonColumn: return s.reason;
        }
        break;
    case HealthRole: return int(s.health);
    case ServiceRole: return s.service;
    case StatusRole: return QVariant::fromValue(s);
    case Qt::ToolTipRole:
        if (index.column() == LastCheckColumn && s.lastCheck.isValid())
            return Format::utcAndLocal(s.lastCheck);
        if (!s.reason.isEmpty())
            return s.reason;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FailuresColumn || index.column() == LatencyColumn || index.column() == ReplicasColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ServiceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn: return tr("Service", "service status column");
    case StateColumn: return tr("State", "service status column");
    case ReplicasColumn: return tr("Replicas", "service status column");
    case VersionColumn: return tr("Version", "service status column");
    case LatencyColumn: return tr("Latency", "service status column");
    case LastCheckColumn: return tr("Last check", "service status column");
    case FailuresColumn: return tr("Failures", "service status column: consecutive failed checks");
    case ReasonColumn: return tr("Details", "service status column");
    }
    return {};
}

QHash<int, QByteArray> ServiceStatusModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(HealthRole, "health");
    names.insert(ServiceRole, "service");
    names.insert(StatusRole, "status");
    return names;
}

int ServiceStatusModel::rowOf(const QString& service) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).service == service)
            return i;
    return -1;
}

ServiceStatus ServiceStatusModel::status(const QString& service) const
{
    const int row = rowOf(service);
    if (row >= 0)
        return m_rows.at(row);
    ServiceStatus s;
    s.service = service;
    return s;
}

void ServiceStatusModel::update(const ServiceStatus& status)
{
    const int row = rowOf(status.service);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(status);
        endInsertRows();
    } else {
        if (m_rows.at(row) == status)
            return;
        m_rows[row] = status;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    updateWorst();
}

void ServiceStatusModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, LastCheckColumn), index(int(m_rows.size()) - 1, LastCheckColumn),
                       {Qt::DisplayRole});
}

Health ServiceStatusModel::worstHealth() const
{
    return m_worst;
}

void ServiceStatusModel::updateWorst()
{
    Health worst = Health::Ok;
    bool any = false;
    for (const ServiceStatus& s : std::as_const(m_rows)) {
        worst = any ? worstOf(worst, s.health) : s.health;
        any = true;
    }
    if (!any)
        worst = Health::Unknown;
    if (worst != m_worst) {
        m_worst = worst;
        Q_EMIT worstHealthChanged(worst);
    }
}

} // namespace Ops
