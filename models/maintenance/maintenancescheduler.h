#pragma once

#include "models/audit/auditaction.h"
#include "models/maintenance/maintenancewindow.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

namespace Ops {

class AuditStore;
class MaintenanceStore;

/// The operator's changes to the maintenance schedule, each kept in the schedule's store and recorded
/// in the audit trail next to the runs' own steps: a window planned or changed, a checklist item ticked
/// or unticked (who, when), a window cancelled (with the reason). The Maintenance page forwards the
/// operator's choices here.
class MaintenanceScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceScheduler)

public:
    /// Neither is owned.
    MaintenanceScheduler(MaintenanceStore* store, AuditStore* audit, const QString& profileName,
                         QObject* parent = nullptr);
    ~MaintenanceScheduler() override;

    /// Saves a new or changed window; returns why it was refused (translated), or empty.
    QString save(const MaintenanceWindow& window);
    /// Ticks or unticks a checklist item of a window, as this operating-system user.
    void tick(const QUuid& windowId, const QString& itemKey, bool on);
    /// Cancels a window that is neither closed nor running; returns why it was refused, or empty.
    QString cancel(const QUuid& windowId, const QString& reason);

private:
    void record(AuditAction action, const QString& target, const QString& reason);

    QPointer<MaintenanceStore> m_store;
    QPointer<AuditStore> m_audit;
    QString m_profile;
};

} // namespace Ops
