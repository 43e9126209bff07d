#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

/// The boundary between the console and its PostgreSQL driver (models/store/pgdriver/, libpqxx): plain
/// C++ types only, so the driver can be a library of its own, loaded with the first database job
/// (SqlDriverLoader). Errors cross it as the exceptions below: the driver translates libpqxx's.
namespace Ops::Sql {

/// A value in PostgreSQL's text format, or NULL.
using Param = std::optional<std::string>;

struct ResultData
{
    std::vector<std::vector<Param>> rows;
    long long affectedRows = 0;
};

/// Every error the driver reports.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The connection could not be made or was lost (libpqxx's broken_connection).
class BrokenConnection : public Error
{
public:
    using Error::Error;
};

/// The connection was lost during COMMIT: whether it took effect is unknown (libpqxx's in_doubt_error).
class InDoubt : public Error
{
public:
    using Error::Error;
};

/// The server refused a statement.
class SqlError : public Error
{
public:
    SqlError(const std::string& what, std::string sqlState, std::string query)
        : Error(what), m_sqlState(std::move(sqlState)), m_query(std::move(query))
    {
    }
    /// The five-character SQLSTATE; never empty for a server's error (the driver recovers it).
    const std::string& sqlstate() const { return m_sqlState; }
    const std::string& query() const { return m_query; }

private:
    std::string m_sqlState;
    std::string m_query;
};

/// A value read as a type it is not (NULL as a number, text as an integer).
class ConversionError : public Error
{
public:
    using Error::Error;
};

enum class TransactionKind
{
    ReadWrite,          ///< read committed
    ReadOnly,           ///< read committed, read only
    RepeatableReadOnly, ///< one snapshot, read only
    None,               ///< each statement on its own
};

class TransactionDriver
{
public:
    virtual ~TransactionDriver() = default;
    /// Runs one statement; with `withParams`, as a parameterised one ($1, $2, …).
    virtual ResultData exec(const std::string& sql, const std::vector<Param>& params, bool withParams) = 0;
    virtual std::string quote(const std::string& value) = 0;
    virtual std::string quoteName(const std::string& identifier) = 0;
    virtual void commit() = 0;
    virtual void abort() = 0;
    virtual std::unique_ptr<TransactionDriver> subtransaction(const std::string& name) = 0;
};

class ConnectionDriver
{
public:
    virtual ~ConnectionDriver() = default;
    virtual bool isOpen() const = 0;
    /// The connection's socket and its server process (diagnostics and tests).
    virtual int socket() const = 0;
    virtual int backendPid() const = 0;
    virtual std::unique_ptr<TransactionDriver> begin(TransactionKind kind) = 0;
    virtual void listen(const std::string& channel,
                        std::function<void(const std::string&)> onNotification) = 0;
    virtual int getNotifications() = 0;
    virtual int awaitNotification(long seconds, long microseconds) = 0;
};

/// libpq's PQpingParams answers.
enum class Ping
{
    Ok,
    Reject,
    NoResponse,
    NoAttempt,
};

/// What the driver library gives: its one object, for the whole process.
class Driver
{
public:
    virtual ~Driver() = default;
    /// Opens a connection (libpq's connection string); throws BrokenConnection.
    virtual std::unique_ptr<ConnectionDriver> connect(const std::string& conninfo) = 0;
    /// libpq's PQpingParams with keywords and values (same length).
    virtual Ping ping(const std::vector<std::string>& keywords, const std::vector<std::string>& values) = 0;
};

} // namespace Ops::Sql

/// The driver library's one exported function (extern "C": looked up by name once loaded).
extern "C" Ops::Sql::Driver* opsconsole_sql_driver();
