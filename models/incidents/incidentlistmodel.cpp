#include "models/incidents/incidentlistmodel.h"

#include "models/core/formatting.h"

#include "models/incidents/escalation.h"

namespace Ops {

IncidentListModel::IncidentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void IncidentListModel::setIncidents(const QList<Incident>& incidents, const QSet<QUuid>& pending)
{
    beginResetModel();
    m_incidents = incidents;
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const Incident& a, const Incident& b) { return a.startedAt > b.startedAt; });
    m_pending = pending;
    endResetModel();
}

void IncidentListModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, EscalationColumn), index(rowCount() - 1, EscalationColumn),
                           {Qt::DisplayRole, EscalationLevelRole});
}

QDateTime IncidentListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int IncidentListModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_incidents.size(); ++row)
        if (m_incidents.at(row).id == id)
            return row;
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Incident& i = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return SeverityInfo::shortLabel(i.severity);
        case TitleColumn: return m_pending.contains(i.id) ? tr("%1 (not synced)", "incidents: incidentlistmodel").arg(i.title) : i.title;
        case StatusColumn: return SeverityInfo::statusText(i.status);
        case StartedColumn: return Format::utcAndLocal(i.startedAt, Format::Precision::Minutes);
        case EscalationColumn: {
            const EscalationState s = Escalation::at(i, now());
            return i.isOpen() ? tr("%1 %2 · %3", "incidents: incidentlistmodel").arg(Escalation::levelKey(s.level), Escalation::roleText(s.level),
                                                     Escalation::durationText(s.elapsedSeconds))
                              : tr("resolved after %1", "incidents: incidentlistmodel: error or status fragment, shown after “…: ” in a longer message").arg(Escalation::durationText(s.elapsedSeconds));
        }
        case CommanderColumn: return i.commander;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SeverityColumn)
            return QString(SeverityInfo::label(i.severity) % QStringLiteral(" — ") % SeverityInfo::description(i.severity));
        return {};
    case IdRole: return i.id;
    case SeverityRole: return int(i.severity);
    case StatusRole: return int(i.status);
    case StartedRole: return i.startedAt;
    case OpenRole: return i.isOpen();
    case PendingRole: return m_pending.contains(i.id);
    case SearchTextRole: {
        QStringList parts{i.title, i.impact, i.commander, i.detectedBy, i.rootCause};
        for (const TimelineEntry& e : i.timeline)
            parts.append(e.text);
        return parts.join(u' ');
    }
    case EscalationLevelRole: return int(Escalation::at(i, now()).level);
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity", "incidents: incidentlistmodel");
    case TitleColumn: return tr("Title", "incident");
    case StatusColumn: return tr("Status", "incident");
    case StartedColumn: return tr("Started", "incidents: incidentlistmodel");
    case EscalationColumn: return tr("Escalation", "incidents: incidentlistmodel");
    case CommanderColumn: return tr("Commander", "incidents: incidentlistmodel");
    }
    return {};
}

} // namespace Ops
