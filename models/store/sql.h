#pragma once

#include "models/store/sqldriver.h"

#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

/// The console's SQL, as its stores write it: transactions, parameters, results and errors shaped like
/// libpqxx's (which does the work, in the PostgreSQL driver: models/store/pgdriver/). The stores never
/// touch libpqxx or libpq themselves, so neither is loaded before the first database job: libpq brings
/// OpenSSL, GnuTLS, LDAP and Kerberos, all bound at load (Debian builds them with BIND_NOW), 5–7 ms of a
/// start-up whose first frame has a budget of 60.
namespace Ops::Sql {

// ---- parameters: what libpqxx's exec_params accepted, as PostgreSQL's text format ----

inline Param toParam(std::nullptr_t)
{
    return std::nullopt;
}
inline Param toParam(const std::string& value)
{
    return value;
}
inline Param toParam(std::string&& value)
{
    return std::move(value);
}
inline Param toParam(const char* value)
{
    return value ? Param(std::string(value)) : std::nullopt;
}
inline Param toParam(bool value)
{
    return std::string(value ? "true" : "false");
}
template <typename T>
requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) Param toParam(T value)
{
    return std::to_string(value);
}
template <typename T> Param toParam(const std::optional<T>& value)
{
    return value ? toParam(*value) : std::nullopt;
}

// ---- results ----

/// One value of a row: NULL, or text (PostgreSQL's text format).
class Field
{
public:
    explicit Field(const Param* value) : m_value(value) {}
    bool is_null() const { return !m_value->has_value(); }
    /// The text; "" for NULL, as libpqxx.
    const char* c_str() const { return is_null() ? "" : (*m_value)->c_str(); }
    std::size_t size() const { return is_null() ? 0 : (*m_value)->size(); }
    /// The value converted; throws ConversionError for NULL or text that is not one (as libpqxx).
    template <typename T> T as() const;

private:
    const Param* m_value;
};

class Row
{
public:
    explicit Row(const std::vector<Param>* fields) : m_fields(fields) {}
    Field operator[](std::size_t column) const { return Field(&m_fields->at(column)); }
    std::size_t size() const { return m_fields->size(); }

private:
    const std::vector<Param>* m_fields;
};

/// What a statement returned, read whole by the driver. Cheap to copy.
class Result
{
public:
    Result() : m_data(std::make_shared<ResultData>()) {}
    explicit Result(ResultData data) : m_data(std::make_shared<ResultData>(std::move(data))) {}

    std::size_t size() const { return m_data->rows.size(); }
    bool empty() const { return m_data->rows.empty(); }
    long long affected_rows() const { return m_data->affectedRows; }
    Row operator[](std::size_t row) const { return Row(&m_data->rows.at(row)); }

    class const_iterator
    {
    public:
        using Inner = std::vector<std::vector<Param>>::const_iterator;
        explicit const_iterator(Inner at) : m_at(at) {}
        Row operator*() const { return Row(&*m_at); }
        const_iterator& operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator!=(const const_iterator& other) const { return m_at != other.m_at; }
        bool operator==(const const_iterator& other) const { return m_at == other.m_at; }

    private:
        Inner m_at;
    };
    const_iterator begin() const { return const_iterator(m_data->rows.cbegin()); }
    const_iterator end() const { return const_iterator(m_data->rows.cend()); }

private:
    std::shared_ptr<const ResultData> m_data;
};

template <> inline std::string Field::as<std::string>() const
{
    if (is_null())
        throw ConversionError("attempt to read NULL as text");
    return **m_value;
}

template <> inline bool Field::as<bool>() const
{
    if (is_null())
        throw ConversionError("attempt to read NULL as a boolean");
    const std::string& t = **m_value;
    if (t == "t" || t == "true" || t == "1" || t == "TRUE")
        return true;
    if (t == "f" || t == "false" || t == "0" || t == "FALSE")
        return false;
    throw ConversionError("not a boolean: '" + t + "'");
}

template <> inline double Field::as<double>() const
{
    if (is_null())
        throw ConversionError("attempt to read NULL as a number");
    const std::string& t = **m_value;
    double value = 0;
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (error != std::errc() || end != t.data() + t.size())
        throw ConversionError("not a number: '" + t + "'");
    return value;
}

template <typename T> T Field::as() const
{
    static_assert(std::is_integral_v<T>, "Field::as: text, bool, double or an integer");
    if (is_null())
        throw ConversionError("attempt to read NULL as an integer");
    const std::string& t = **m_value;
    T value{};
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (error != std::errc() || end != t.data() + t.size())
        throw ConversionError("not an integer in range: '" + t + "'");
    return value;
}

// ---- connections and transactions ----

/// One connection to PostgreSQL (a database thread's). Not thread-safe; lives on that thread.
class Connection
{
public:
    explicit Connection(std::unique_ptr<ConnectionDriver> driver) : m_driver(std::move(driver)) {}
    bool is_open() const { return m_driver->isOpen(); }
    int sock() const { return m_driver->socket(); }
    int backendpid() const { return m_driver->backendPid(); }
    /// LISTEN on `channel`; each notification is given to `onNotification` (its payload) while
    /// await_notification() or get_notifs() runs.
    void listen(const std::string& channel, std::function<void(const std::string&)> onNotification)
    {
        m_driver->listen(channel, std::move(onNotification));
    }
    int get_notifs() { return m_driver->getNotifications(); }
    /// Waits up to the time given for a notification; how many were handled.
    int await_notification(long seconds, long microseconds)
    {
        return m_driver->awaitNotification(seconds, microseconds);
    }
    ConnectionDriver& driver() { return *m_driver; }

private:
    std::unique_ptr<ConnectionDriver> m_driver;
};

/// A transaction in progress. Rolled back when destroyed without commit() (as libpqxx).
class Transaction
{
public:
    Transaction(Transaction&&) = default;
    virtual ~Transaction() = default;

    Result exec(const std::string& sql) { return Result(m_driver->exec(sql, {}, false)); }
    template <typename... Args> Result exec_params(const std::string& sql, Args&&... args)
    {
        return Result(m_driver->exec(sql, {toParam(std::forward<Args>(args))...}, true));
    }
    /// A literal with its quotes, escaped for this connection.
    std::string quote(const std::string& value) { return m_driver->quote(value); }
    std::string quote_name(const std::string& identifier) { return m_driver->quoteName(identifier); }
    void commit() { m_driver->commit(); }
    void abort() { m_driver->abort(); }
    TransactionDriver& driver() { return *m_driver; }

protected:
    Transaction(Connection& connection, TransactionKind kind) : m_driver(connection.driver().begin(kind)) {}
    explicit Transaction(std::unique_ptr<TransactionDriver> driver) : m_driver(std::move(driver)) {}

private:
    std::unique_ptr<TransactionDriver> m_driver;
};

/// Read committed, read and write (libpqxx's `work`).
class Work final : public Transaction
{
public:
    explicit Work(Connection& c) : Transaction(c, TransactionKind::ReadWrite) {}
};

/// Read committed, read only (libpqxx's `read_transaction`).
class ReadTransaction final : public Transaction
{
public:
    explicit ReadTransaction(Connection& c) : Transaction(c, TransactionKind::ReadOnly) {}
};

/// Repeatable read, read only: one snapshot for several statements.
class SnapshotReadTransaction final : public Transaction
{
public:
    explicit SnapshotReadTransaction(Connection& c) : Transaction(c, TransactionKind::RepeatableReadOnly) {}
};

/// Each statement on its own (libpqxx's `nontransaction`): for session-level commands.
class NonTransaction final : public Transaction
{
public:
    explicit NonTransaction(Connection& c) : Transaction(c, TransactionKind::None) {}
};

/// A savepoint inside a transaction: its failure rolls back only what it did.
class Subtransaction final : public Transaction
{
public:
    Subtransaction(Transaction& parent, const std::string& name)
        : Transaction(parent.driver().subtransaction(name))
    {
    }
};

} // namespace Ops::Sql
