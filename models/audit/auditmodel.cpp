#include "models/audit/auditmodel.h"

#include "models/core/formatting.h"

#include <QLocale>

namespace Ops {

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::prependEntry(const AuditEntry& entry)
{
    for (const AuditEntry& shown : std::as_const(m_entries)) {
        if (shown.id == entry.id)
            return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

AuditEntry AuditModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : AuditEntry();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::utcAndLocal(e.at);
        case UserColumn:
            return e.osUser;
        case HostColumn:
            return e.host;
        case ProfileColumn:
            return e.profile;
        case ActionColumn:
            return actionText(e);
        case TargetColumn:
            return targetText(e);
        case ReasonColumn:
            return e.reason;
        case ExitCodeColumn:
            return e.hasExitCode ? QLocale().toString(e.exitCode) : QString();
        case OverrideColumn:
            return e.override ? tr("override", "audit cell: the action ran as an emergency override") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == ActionColumn)
            return e.argv.join(u' ');
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return e.at;
        case ExitCodeColumn:
            return e.hasExitCode ? QVariant(e.exitCode) : QVariant();
        case OverrideColumn:
            return e.override;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KeyRole:
        return index.column() == ActionColumn ? e.action : index.column() == TargetColumn ? e.target : QVariant();
    case IdRole:
        return e.id;
    case OverrideRole:
        return e.override;
    }
    return {};
}

QString AuditModel::actionText(const AuditEntry& entry) const
{
    // Another console's newer action keeps its stored key: better a key than nothing.
    const auto action = AuditActions::fromKey(entry.action);
    return action ? AuditActions::title(*action) : entry.action;
}

QString AuditModel::targetText(const AuditEntry& entry) const
{
    const auto action = AuditActions::fromKey(entry.action);
    if (!action)
        return entry.target;
    if (*action == AuditAction::RollbackStep) {
        if (const auto step = RollbackSteps::fromKey(entry.target))
            return RollbackSteps::title(*step);
    }
    if (m_targetNamer) {
        const QString named = m_targetNamer(*action, entry.target);
        if (!named.isEmpty())
            return named;
    }
    return entry.target;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time", "audit column");
    case UserColumn:
        return tr("User", "audit column: operating-system user");
    case HostColumn:
        return tr("Host", "audit column");
    case ProfileColumn:
        return tr("Profile", "audit column: connection profile");
    case ActionColumn:
        return tr("Action", "audit column");
    case TargetColumn:
        return tr("Target", "audit column: service or deployment");
    case ReasonColumn:
        return tr("Reason", "audit column");
    case ExitCodeColumn:
        return tr("Exit", "audit column: exit code of the command");
    case OverrideColumn:
        return tr("Override", "audit column: guardrails overridden");
    }
    return {};
}

} // namespace Ops
