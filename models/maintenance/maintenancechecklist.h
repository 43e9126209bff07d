#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Ops {

/// One tick (or untick) of a pre-maintenance checklist item, with who and when
/// (ops.maintenance_checklist, append-only).
struct ChecklistTick
{
    QUuid id;
    QUuid windowId;
    QString item; ///< MaintenanceChecklist::itemKeys()
    bool ticked = true;
    QString by;
    QDateTime at; ///< UTC

    static ChecklistTick create(const QUuid& windowId, const QString& item, bool ticked, const QString& by);
    QJsonObject toJson() const;
    static ChecklistTick fromJson(const QJsonObject& object);
    bool operator==(const ChecklistTick&) const = default;
};

/// Whether a run may start given the checklist: everything ticked, or the operator overrides with a reason.
struct ChecklistGate
{
    bool allowed = false;
    bool override = false; ///< allowed only because of an override (recorded as such)
    QStringList missing;   ///< item keys not ticked
    QString reason;        ///< translated, when not allowed
};

/// The runbook's pre-maintenance checklist for one window: its state is the newest tick of each item.
class MaintenanceChecklist
{
    Q_DECLARE_TR_FUNCTIONS(Ops::MaintenanceChecklist)

public:
    /// notify-users, backup, staging-test, rollback-plan, on-call, status-page — in the runbook's order.
    static QStringList itemKeys();
    /// The runbook's words for an item (translated).
    static QString itemText(const QString& key);

    MaintenanceChecklist() = default;
    explicit MaintenanceChecklist(const QList<ChecklistTick>& ticks) { setTicks(ticks); }

    /// The history; ticks of any window may be given, only the newest per item counts.
    void setTicks(const QList<ChecklistTick>& ticks);
    void add(const ChecklistTick& tick);
    QList<ChecklistTick> ticks() const { return m_ticks; }

    bool isTicked(const QString& item) const;
    /// The newest tick of an item (an invalid id when never touched).
    ChecklistTick latest(const QString& item) const;
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }

    /// May the run start? With items unticked only when `overrideReason` is given (non-blank).
    ChecklistGate gate(const QString& overrideReason = QString()) const;

private:
    QList<ChecklistTick> m_ticks;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ChecklistTick)
