// The console's PostgreSQL driver: Ops::Sql's boundary (models/store/sqldriver.h) implemented with
// libpqxx. A library of its own, loaded with the first database job (models/store/sqldriverloader.cpp):
// libpq and what it links (OpenSSL, GnuTLS, LDAP, Kerberos) stay out of the console's start-up.
//
// Everything libpqxx throws is translated here, at each call across the boundary, into Ops::Sql's
// errors; results are read whole into plain vectors.
#include "models/store/sqldriver.h"

#include <libpq-fe.h>
#include <pqxx/pqxx>

namespace Ops::Sql {

namespace {

/// The SQLSTATE of an error. libpqxx 6.4 throws some of its subclasses (insufficient_privilege,
/// unique_violation, …) without the code: it is then recovered from the class.
std::string sqlStateOf(const pqxx::sql_error& error)
{
    if (!error.sqlstate().empty())
        return error.sqlstate();
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&error))
        return "42501";
    if (dynamic_cast<const pqxx::unique_violation*>(&error))
        return "23505";
    if (dynamic_cast<const pqxx::foreign_key_violation*>(&error))
        return "23503";
    if (dynamic_cast<const pqxx::not_null_violation*>(&error))
        return "23502";
    if (dynamic_cast<const pqxx::check_violation*>(&error))
        return "23514";
    if (dynamic_cast<const pqxx::undefined_table*>(&error))
        return "42P01";
    if (dynamic_cast<const pqxx::undefined_column*>(&error))
        return "42703";
    if (dynamic_cast<const pqxx::syntax_error*>(&error))
        return "42601";
    if (dynamic_cast<const pqxx::deadlock_detected*>(&error))
        return "40P01";
    if (dynamic_cast<const pqxx::serialization_failure*>(&error))
        return "40001";
    return {};
}

/// Runs `work`, turning libpqxx's exceptions into Ops::Sql's.
template <typename Work> auto translated(Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const pqxx::broken_connection& e) {
        throw BrokenConnection(e.what());
    } catch (const pqxx::in_doubt_error& e) {
        throw InDoubt(e.what());
    } catch (const pqxx::sql_error& e) {
        throw SqlError(e.what(), sqlStateOf(e), e.query());
    } catch (const pqxx::conversion_error& e) {
        throw ConversionError(e.what());
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(e.what());
    }
}

ResultData readAll(const pqxx::result& r)
{
    ResultData out;
    out.affectedRows = r.affected_rows();
    out.rows.reserve(r.size());
    for (const pqxx::row& row : r) {
        std::vector<Param> fields;
        fields.reserve(row.size());
        for (const pqxx::field& f : row)
            fields.push_back(f.is_null() ? Param() : Param(std::string(f.c_str(), f.size())));
        out.rows.push_back(std::move(fields));
    }
    return out;
}

class PqxxTransaction final : public TransactionDriver
{
public:
    /// `db` is the same object as `tx` when it is a real transaction (subtransactions need one).
    PqxxTransaction(std::unique_ptr<pqxx::transaction_base> tx, pqxx::dbtransaction* db)
        : m_tx(std::move(tx)), m_db(db)
    {
    }

    ResultData exec(const std::string& sql, const std::vector<Param>& params, bool withParams) override
    {
        return translated([&] {
            if (!withParams)
                return readAll(m_tx->exec(sql));
            // A null pointer is libpqxx's NULL parameter.
            std::vector<const char*> values;
            values.reserve(params.size());
            for (const Param& p : params)
                values.push_back(p ? p->c_str() : nullptr);
            return readAll(m_tx->exec_params(sql, pqxx::prepare::make_dynamic_params(values)));
        });
    }
    std::string quote(const std::string& value) override
    {
        return translated([&] { return m_tx->quote(value); });
    }
    std::string quoteName(const std::string& identifier) override
    {
        return translated([&] { return m_tx->quote_name(identifier); });
    }
    void commit() override
    {
        translated([&] { m_tx->commit(); });
    }
    void abort() override
    {
        translated([&] { m_tx->abort(); });
    }
    std::unique_ptr<TransactionDriver> subtransaction(const std::string& name) override
    {
        if (!m_db)
            throw Error("a subtransaction needs a transaction, not statements on their own");
        return translated([&] {
            auto sub = std::make_unique<pqxx::subtransaction>(*m_db, name);
            pqxx::dbtransaction* db = sub.get();
            return std::unique_ptr<TransactionDriver>(std::make_unique<PqxxTransaction>(std::move(sub), db));
        });
    }

private:
    std::unique_ptr<pqxx::transaction_base> m_tx;
    pqxx::dbtransaction* m_db;
};

class Receiver final : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base& connection, const std::string& channel,
             std::function<void(const std::string&)> onNotification)
        : pqxx::notification_receiver(connection, channel), m_onNotification(std::move(onNotification))
    {
    }
    void operator()(const std::string& payload, int /*backendPid*/) override { m_onNotification(payload); }

private:
    std::function<void(const std::string&)> m_onNotification;
};

class PqxxConnection final : public ConnectionDriver
{
public:
    explicit PqxxConnection(const std::string& conninfo) : m_pq(conninfo) {}
    ~PqxxConnection() override
    {
        // Receivers unregister from the connection: they go first.
        m_receivers.clear();
    }

    bool isOpen() const override { return m_pq.is_open(); }
    int socket() const override { return m_pq.sock(); }
    int backendPid() const override { return m_pq.backendpid(); }

    std::unique_ptr<TransactionDriver> begin(TransactionKind kind) override
    {
        return translated([&]() -> std::unique_ptr<TransactionDriver> {
            switch (kind) {
            case TransactionKind::ReadWrite:
                return make<pqxx::work>();
            case TransactionKind::ReadOnly:
                return make<pqxx::read_transaction>();
            case TransactionKind::RepeatableReadOnly:
                return make<pqxx::transaction<pqxx::isolation_level::repeatable_read,
                                              pqxx::readwrite_policy::read_only>>();
            case TransactionKind::None:
                return std::make_unique<PqxxTransaction>(std::make_unique<pqxx::nontransaction>(m_pq),
                                                         nullptr);
            }
            throw Error("unknown transaction kind");
        });
    }

    void listen(const std::string& channel, std::function<void(const std::string&)> onNotification) override
    {
        translated([&] {
            m_receivers.push_back(std::make_unique<Receiver>(m_pq, channel, std::move(onNotification)));
        });
    }
    int getNotifications() override
    {
        return translated([&] { return m_pq.get_notifs(); });
    }
    int awaitNotification(long seconds, long microseconds) override
    {
        return translated([&] { return m_pq.await_notification(seconds, microseconds); });
    }

private:
    template <typename Tx> std::unique_ptr<TransactionDriver> make()
    {
        auto tx = std::make_unique<Tx>(m_pq);
        pqxx::dbtransaction* db = tx.get();
        return std::make_unique<PqxxTransaction>(std::move(tx), db);
    }

    pqxx::connection m_pq;
    std::vector<std::unique_ptr<Receiver>> m_receivers;
};

class PqxxDriver final : public Driver
{
public:
    std::unique_ptr<ConnectionDriver> connect(const std::string& conninfo) override
    {
        return translated(
            [&] { return std::unique_ptr<ConnectionDriver>(std::make_unique<PqxxConnection>(conninfo)); });
    }

    Ping ping(const std::vector<std::string>& keywords, const std::vector<std::string>& values) override
    {
        std::vector<const char*> k;
        std::vector<const char*> v;
        for (std::size_t i = 0; i < keywords.size() && i < values.size(); ++i) {
            k.push_back(keywords[i].c_str());
            v.push_back(values[i].c_str());
        }
        k.push_back(nullptr);
        v.push_back(nullptr);
        switch (PQpingParams(k.data(), v.data(), 0)) {
        case PQPING_OK:
            return Ping::Ok;
        case PQPING_REJECT:
            return Ping::Reject;
        case PQPING_NO_RESPONSE:
            return Ping::NoResponse;
        case PQPING_NO_ATTEMPT:
            return Ping::NoAttempt;
        }
        return Ping::NoAttempt;
    }
};

} // namespace

} // namespace Ops::Sql

extern "C" __attribute__((visibility("default"))) Ops::Sql::Driver* opsconsole_sql_driver()
{
    static Ops::Sql::PqxxDriver driver;
    return &driver;
}
