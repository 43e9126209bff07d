#include "models/maintenance/maintenancewindow.h"

namespace Ops {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QJsonValue& value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

MaintenanceWindow MaintenanceWindow::recommended(const QDateTime& now)
{
    const QDateTime utc = now.toUTC();
    QDate day = utc.date();
    // Qt: Monday 1 … Sunday 7.
    day = day.addDays((7 - day.dayOfWeek()) % 7);
    QDateTime start(day, QTime(2, 0), Qt::UTC);
    if (start <= utc)
        start = start.addDays(7);
    MaintenanceWindow w;
    w.id = QUuid::createUuid();
    w.title = tr("Scheduled maintenance", "maintenance: maintenancewindow");
    w.start = start;
    w.end = start.addSecs(2 * 3600);
    return w;
}

MaintenanceWindow MaintenanceWindow::emergency(const QDateTime& now, int minutes)
{
    MaintenanceWindow w;
    w.id = QUuid::createUuid();
    w.title = tr("Emergency maintenance", "maintenance: maintenancewindow");
    w.kind = Kind::Emergency;
    w.start = now.toUTC();
    w.end = w.start.addSecs(qint64(std::max(1, minutes)) * 60);
    return w;
}

bool MaintenanceWindow::isActive(const QDateTime& now) const
{
    // A run may overrun its window, but a run left "running" by a console that died must not keep
    // the alerts expected for ever.
    if (status == Status::Running)
        return isValid() && start <= now.addSecs(3600) && now < end.addSecs(6 * 3600);
    if (isClosed() || !isValid())
        return false;
    return start <= now && now < end;
}

bool MaintenanceWindow::isUpcoming(const QDateTime& now, qint64 horizonSecs) const
{
    return isValid() && status == Status::Planned && now < start && now.secsTo(start) <= horizonSecs;
}

QString MaintenanceWindow::validate() const
{
    if (title.trimmed().isEmpty())
        return tr("The window needs a title.");
    if (!start.isValid() || !end.isValid())
        return tr("The window needs a start and an end.");
    if (end <= start)
        return tr("The window must end after it starts.");
    if (start.secsTo(end) > 24 * 3600)
        return tr("A maintenance window cannot be longer than 24 hours.");
    return QString();
}

QString MaintenanceWindow::kindKey(Kind kind)
{
    return kind == Kind::Emergency ? QStringLiteral("emergency") : QStringLiteral("scheduled");
}

QString MaintenanceWindow::statusKey(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Aborted:
        return QStringLiteral("aborted");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

MaintenanceWindow::Kind MaintenanceWindow::kindFromKey(const QString& key)
{
    return key == QLatin1String("emergency") ? Kind::Emergency : Kind::Scheduled;
}

MaintenanceWindow::Status MaintenanceWindow::statusFromKey(const QString& key)
{
    for (Status s : {Status::Planned, Status::Running, Status::Completed, Status::Aborted, Status::Cancelled})
        if (statusKey(s) == key)
            return s;
    return Status::Planned;
}

QString MaintenanceWindow::statusText(Status status)
{
    switch (status) {
    case Status::Planned:
        return tr("planned", "maintenance window status");
    case Status::Running:
        return tr("running", "maintenance window status");
    case Status::Completed:
        return tr("completed", "maintenance window status");
    case Status::Aborted:
        return tr("aborted", "maintenance window status");
    case Status::Cancelled:
        return tr("cancelled", "maintenance window status");
    }
    return QString();
}

QJsonObject MaintenanceWindow::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("start"), isoUtc(start)},
                       {QStringLiteral("end"), isoUtc(end)},
                       {QStringLiteral("kind"), kindKey(kind)},
                       {QStringLiteral("status"), statusKey(status)},
                       {QStringLiteral("silenceId"), silenceId},
                       {QStringLiteral("updatedBy"), updatedBy}};
}

MaintenanceWindow MaintenanceWindow::fromJson(const QJsonObject& o, bool* ok)
{
    MaintenanceWindow w;
    w.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    w.title = o.value(QStringLiteral("title")).toString();
    w.description = o.value(QStringLiteral("description")).toString();
    w.owner = o.value(QStringLiteral("owner")).toString();
    w.start = parseUtc(o.value(QStringLiteral("start")));
    w.end = parseUtc(o.value(QStringLiteral("end")));
    w.kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
    w.status = statusFromKey(o.value(QStringLiteral("status")).toString());
    w.silenceId = o.value(QStringLiteral("silenceId")).toString();
    w.updatedBy = o.value(QStringLiteral("updatedBy")).toString();
    if (ok)
        *ok = w.isValid();
    return w;
}

MaintenanceWindow activeWindow(const QList<MaintenanceWindow>& windows, const QDateTime& now)
{
    MaintenanceWindow best;
    for (const MaintenanceWindow& w : windows)
        if (w.isActive(now) && (!best.isValid() || w.start < best.start))
            best = w;
    return best;
}

MaintenanceWindow upcomingWindow(const QList<MaintenanceWindow>& windows, const QDateTime& now,
                                 qint64 horizonSecs)
{
    MaintenanceWindow best;
    for (const MaintenanceWindow& w : windows)
        if (w.isUpcoming(now, horizonSecs) && (!best.isValid() || w.start < best.start))
            best = w;
    return best;
}

} // namespace Ops
