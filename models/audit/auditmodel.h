#pragma once

#include "models/audit/auditentry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Ops {

/// The audit trail as a table for the Audit page, newest first. Display text in DisplayRole, sortable
/// raw values in RawValueRole (UTC QDateTime, int exit code, bool override).
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        HostColumn,
        ProfileColumn,
        ActionColumn,
        TargetColumn,
        ReasonColumn,
        ExitCodeColumn,
        OverrideColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        RawValueRole = Qt::UserRole,
        IdRole,
        OverrideRole,
        KeyRole ///< the stored action key or target of the Action and Target columns
    };
    Q_ENUM(Role)

    explicit AuditModel(QObject* parent = nullptr);

    /// Replaces everything (a new list from AuditStore::list).
    void setEntries(const QList<AuditEntry>& entries);
    /// Adds a just-recorded entry on top; an id already shown is ignored.
    void prependEntry(const AuditEntry& entry);
    AuditEntry entryAt(int row) const;
    QList<AuditEntry> entries() const { return m_entries; }
    /// Names the targets of actions whose words live above this layer (a maintenance step's key →
    /// its title); return an empty string to keep the stored target. Rollback steps are named here.
    using TargetNamer = std::function<QString(AuditAction action, const QString& target)>;
    void setTargetNamer(TargetNamer namer) { m_targetNamer = std::move(namer); }
    /// The stored action key and target in the console's words ("rollback-step" → "Rollback step").
    QString actionText(const AuditEntry& entry) const;
    QString targetText(const AuditEntry& entry) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    TargetNamer m_targetNamer;
};

} // namespace Ops
