#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Ops {

/// One maintenance window (ops.maintenance_windows). Times are UTC; the id is made on the client so
/// a window planned while PostgreSQL is down is inserted exactly once when the journal is replayed.
struct MaintenanceWindow
{
    Q_DECLARE_TR_FUNCTIONS(Ops::MaintenanceWindow)

public:
    enum class Kind
    {
        Scheduled,
        Emergency
    };
    enum class Status
    {
        Planned,
        Running,
        Completed,
        Aborted,
        Cancelled
    };

    QUuid id;
    QString title;
    QString description;
    QString owner;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, after start
    Kind kind = Kind::Scheduled;
    Status status = Status::Planned;
    QString silenceId; ///< the Alertmanager silence made for it (empty: none)
    QString updatedBy;

    /// The runbook's recommended window: the next Sunday 02:00–04:00 UTC that has not started by `now`.
    static MaintenanceWindow recommended(const QDateTime& now);
    /// A window made now for the emergency path (no advance notice): now until now + `minutes`.
    static MaintenanceWindow emergency(const QDateTime& now, int minutes = 60);

    bool isValid() const { return !id.isNull() && start.isValid() && end.isValid() && start < end; }
    /// Between start and end and neither finished nor cancelled — or running (a run may overrun its end
    /// by up to 6 h, and start up to an hour early).
    bool isActive(const QDateTime& now) const;
    /// Not started yet, within `horizonSecs` of `now`, planned.
    bool isUpcoming(const QDateTime& now, qint64 horizonSecs) const;
    bool isClosed() const
    {
        return status == Status::Completed || status == Status::Aborted || status == Status::Cancelled;
    }
    /// Translated problem with the fields, or empty.
    QString validate() const;

    static QString kindKey(Kind kind);
    static QString statusKey(Status status);
    static Kind kindFromKey(const QString& key);
    static Status statusFromKey(const QString& key);
    static QString statusText(Status status);

    QJsonObject toJson() const;
    static MaintenanceWindow fromJson(const QJsonObject& object, bool* ok = nullptr);

    bool operator==(const MaintenanceWindow&) const = default;
};

/// The window active at `now` (the earliest-starting one), or an invalid window.
MaintenanceWindow activeWindow(const QList<MaintenanceWindow>& windows, const QDateTime& now);
/// The next planned window starting within `horizonSecs`, or an invalid window.
MaintenanceWindow upcomingWindow(const QList<MaintenanceWindow>& windows, const QDateTime& now,
                                 qint64 horizonSecs);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::MaintenanceWindow)
