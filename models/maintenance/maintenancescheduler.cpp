#include "models/maintenance/maintenancescheduler.h"

#include "models/audit/auditentry.h"
#include "models/audit/auditstore.h"
#include "models/maintenance/maintenancechecklist.h"
#include "models/maintenance/maintenancestore.h"

namespace Ops {

MaintenanceScheduler::MaintenanceScheduler(MaintenanceStore* store, AuditStore* audit, const QString& profileName,
                                           QObject* parent)
    : QObject(parent), m_store(store), m_audit(audit), m_profile(profileName)
{
}

MaintenanceScheduler::~MaintenanceScheduler() = default;

QString MaintenanceScheduler::save(const MaintenanceWindow& window)
{
    if (const QString problem = window.validate(); !problem.isEmpty())
        return problem;
    if (!m_store)
        return tr("No connection profile is active.");
    const bool isNew = !m_store->window(window.id).isValid();
    m_store->saveWindow(window);
    // The stored words are the trail's, not the screen's: the same in every console's language.
    record(AuditAction::MaintenanceSchedule, window.title,
           QStringLiteral("%1 %2 – %3 UTC, owner %4")
               .arg(isNew ? QStringLiteral("planned") : QStringLiteral("changed"),
                    window.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    window.end.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), window.owner));
    return QString();
}

void MaintenanceScheduler::tick(const QUuid& windowId, const QString& itemKey, bool on)
{
    if (!m_store || windowId.isNull())
        return;
    m_store->recordTick(ChecklistTick::create(windowId, itemKey, on, AuditEntry::currentOsUser()));
    record(AuditAction::MaintenanceChecklist, MaintenanceChecklist::itemText(itemKey),
           (on ? QStringLiteral("ticked: ") : QStringLiteral("unticked: ")) + m_store->window(windowId).title);
}

QString MaintenanceScheduler::cancel(const QUuid& windowId, const QString& reason)
{
    MaintenanceWindow w = m_store ? m_store->window(windowId) : MaintenanceWindow();
    if (!w.isValid())
        return tr("No such maintenance window.");
    if (w.isClosed() || w.status == MaintenanceWindow::Status::Running)
        return tr("A window that is running or already closed cannot be cancelled.");
    w.status = MaintenanceWindow::Status::Cancelled;
    w.updatedBy = AuditEntry::currentOsUser();
    m_store->saveWindow(w);
    record(AuditAction::MaintenanceCancel, w.title, reason.trimmed());
    return QString();
}

void MaintenanceScheduler::record(AuditAction action, const QString& target, const QString& reason)
{
    if (m_audit)
        m_audit->append(AuditEntry::create(m_profile, action, target, reason));
}

} // namespace Ops
