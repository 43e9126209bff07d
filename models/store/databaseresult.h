#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>

namespace Ops {

namespace Sql {
class Connection;
}

class DatabaseLink;

/// Outcome of one database job: errors are data, never exceptions across threads.
struct DatabaseResult
{
    enum class Status
    {
        Ok,
        Unavailable, ///< no connection (refused, unreachable, dropped): writes may go to the journal
        TimedOut,    ///< the client-side deadline or the statement timeout expired
        Failed,      ///< the server answered with an error (SQL, constraint, permission)
    };
    /// Set when the worker answered for a server that did not: the job missed its deadline and its thread
    /// was abandoned (Status::TimedOut), or it never started because the worker's bound of stuck threads
    /// is reached (Status::Unavailable). Owners may word these for their operator.
    enum class Abandoned
    {
        No,
        AtDeadline,
        WhileStuck,
    };
    Status status = Status::Ok;
    Abandoned abandoned = Abandoned::No;
    QString error;    ///< translated, for the operator; empty when Ok
    QString sqlState; ///< five-character SQLSTATE when the server gave one
    QVariant value;   ///< whatever the job returned

    bool ok() const { return status == Status::Ok; }
    /// Whether a record that failed this way belongs in the offline journal: the server could not be
    /// reached or did not answer in time, or the records database is not ready for this console (its
    /// tables missing, or not yet granted: an administrator has migrations to apply). A record the server
    /// refused for what it says (a constraint) is not journaled: it would be refused again.
    bool journalable() const
    {
        return status == Status::Unavailable || status == Status::TimedOut ||
               sqlState == QLatin1String("42P01") || sqlState == QLatin1String("3F000") ||
               sqlState == QLatin1String("42501") || sqlState == QLatin1String("42703");
    }
};

/// Work run on the database thread with that thread's one connection. It opens its own transaction,
/// captures only plain values (never a QObject) and may throw: the worker catches at its boundary.
using DatabaseJob = std::function<QVariant(Sql::Connection& connection)>;
/// Work that decides itself when (and whether) to use the thread's connection: DatabaseLink::connection()
/// opens it on first use, and params() gives what is needed for other libpq calls (PQpingParams).
using DatabaseTask = std::function<QVariant(DatabaseLink& link)>;
using DatabaseCallback = std::function<void(const DatabaseResult& result)>;

} // namespace Ops

Q_DECLARE_METATYPE(Ops::DatabaseResult)
