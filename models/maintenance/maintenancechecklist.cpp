#include "models/maintenance/maintenancechecklist.h"

namespace Ops {

ChecklistTick ChecklistTick::create(const QUuid& windowId, const QString& item, bool ticked,
                                    const QString& by)
{
    ChecklistTick t;
    t.id = QUuid::createUuid();
    t.windowId = windowId;
    t.item = item;
    t.ticked = ticked;
    t.by = by;
    t.at = QDateTime::currentDateTimeUtc();
    return t;
}

QJsonObject ChecklistTick::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("windowId"), windowId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("ticked"), ticked},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

ChecklistTick ChecklistTick::fromJson(const QJsonObject& o)
{
    ChecklistTick t;
    t.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    t.windowId = QUuid::fromString(o.value(QStringLiteral("windowId")).toString());
    t.item = o.value(QStringLiteral("item")).toString();
    t.ticked = o.value(QStringLiteral("ticked")).toBool();
    t.by = o.value(QStringLiteral("by")).toString();
    t.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
    return t;
}

QStringList MaintenanceChecklist::itemKeys()
{
    return {QStringLiteral("notify-users"),  QStringLiteral("backup"),  QStringLiteral("staging-test"),
            QStringLiteral("rollback-plan"), QStringLiteral("on-call"), QStringLiteral("status-page")};
}

QString MaintenanceChecklist::itemText(const QString& key)
{
    if (key == QLatin1String("notify-users"))
        return tr("Notify users 24 hours in advance");
    if (key == QLatin1String("backup"))
        return tr("Create backup", "maintenance: maintenancechecklist: state or name word");
    if (key == QLatin1String("staging-test"))
        return tr("Test maintenance procedure in staging");
    if (key == QLatin1String("rollback-plan"))
        return tr("Prepare rollback plan", "maintenance: maintenancechecklist: state or name word");
    if (key == QLatin1String("on-call"))
        return tr("Assign on-call engineer", "maintenance: maintenancechecklist: state or name word");
    if (key == QLatin1String("status-page"))
        return tr("Update status page", "maintenance: maintenancechecklist: state or name word");
    return key;
}

void MaintenanceChecklist::setTicks(const QList<ChecklistTick>& ticks)
{
    m_ticks = ticks;
    std::stable_sort(m_ticks.begin(), m_ticks.end(),
                     [](const ChecklistTick& a, const ChecklistTick& b) { return a.at < b.at; });
}

void MaintenanceChecklist::add(const ChecklistTick& tick)
{
    for (const ChecklistTick& t : std::as_const(m_ticks))
        if (t.id == tick.id)
            return;
    m_ticks.append(tick);
    setTicks(m_ticks);
}

ChecklistTick MaintenanceChecklist::latest(const QString& item) const
{
    for (auto it = m_ticks.crbegin(); it != m_ticks.crend(); ++it)
        if (it->item == item)
            return *it;
    return ChecklistTick();
}

bool MaintenanceChecklist::isTicked(const QString& item) const
{
    const ChecklistTick t = latest(item);
    return !t.id.isNull() && t.ticked;
}

QStringList MaintenanceChecklist::missing() const
{
    QStringList out;
    for (const QString& key : itemKeys())
        if (!isTicked(key))
            out.append(key);
    return out;
}

ChecklistGate MaintenanceChecklist::gate(const QString& overrideReason) const
{
    ChecklistGate g;
    g.missing = missing();
    if (g.missing.isEmpty()) {
        g.allowed = true;
        return g;
    }
    if (!overrideReason.trimmed().isEmpty()) {
        g.allowed = true;
        g.override = true;
        return g;
    }
    QStringList names;
    for (const QString& key : std::as_const(g.missing))
        names.append(itemText(key));
    g.reason =
        tr("The pre-maintenance checklist is not complete (%1). Tick the items or override with a reason.")
            .arg(names.join(QStringLiteral("; ")));
    return g;
}

} // namespace Ops
