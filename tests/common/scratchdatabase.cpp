#include "tests/common/scratchdatabase.h"

#include "models/store/databaseresult.h"
#include "models/store/schemamigrations.h"
#include "models/store/sqlconnect.h"
#include "tests/common/testenv.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <pqxx/pqxx>

ScratchDatabase::ScratchDatabase(Schema schema)
{
    const QString admin = TestEnv::pgAdminConnInfo();
    if (TestEnv::pgHost().isEmpty())
        return;
    const QString name = QStringLiteral("opsconsole_test_%1")
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    try {
        pqxx::connection connection(admin.toStdString());
        pqxx::nontransaction tx(connection);
        // Database names cannot be parameters; this one is made of [a-z0-9_] by us and quoted anyway.
        tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()) + " OWNER fragrance_user");
        m_name = name;
    } catch (const std::exception& error) {
        QTest::qFail(error.what(), __FILE__, __LINE__);
        return;
    }
    if (schema == Schema::Migrated)
        migrate();
}

Ops::PostgresConnectionParams ScratchDatabase::adminParams() const
{
    Ops::PostgresConnectionParams params = consoleParams();
    params.user = QStringLiteral("postgres");
    return params;
}

bool ScratchDatabase::migrate() const
{
    try {
        const std::unique_ptr<Ops::Sql::Connection> connection =
            Ops::Sql::connect(adminConnInfo().toStdString());
        Ops::SchemaMigrations::job(Ops::SchemaMigrations::embedded(),
                                   QStringLiteral("fragrance_user"))(*connection);
        return true;
    } catch (const std::exception& error) {
        QTest::qFail(error.what(), __FILE__, __LINE__);
        return false;
    }
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_name.isEmpty())
        return;
    try {
        pqxx::connection connection(TestEnv::pgAdminConnInfo().toStdString());
        pqxx::nontransaction tx(connection);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(m_name.toStdString()) + " WITH (FORCE)");
    } catch (const std::exception& error) {
        qWarning("could not drop %s: %s", qPrintable(m_name), error.what());
    }
}

Ops::PostgresConnectionParams ScratchDatabase::consoleParams() const
{
    Ops::PostgresConnectionParams params;
    params.host = TestEnv::pgHost();
    params.port = TestEnv::pgPort();
    params.database = m_name;
    params.user = QStringLiteral("fragrance_user");
    params.sslMode = QStringLiteral("disable");
    return params;
}

QString ScratchDatabase::adminConnInfo() const
{
    return TestEnv::pgAdminConnInfo(m_name);
}

QString ScratchDatabase::execAs(const QString& user, const QString& sql) const
{
    try {
        const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 connect_timeout=5")
                                     .arg(TestEnv::pgHost())
                                     .arg(TestEnv::pgPort())
                                     .arg(user, m_name);
        const std::unique_ptr<Ops::Sql::Connection> connection = Ops::Sql::connect(conninfo.toStdString());
        Ops::Sql::Work tx(*connection);
        tx.exec(sql.toStdString());
        tx.commit();
        return QString();
    } catch (const Ops::Sql::SqlError& error) {
        const QString state = QString::fromStdString(error.sqlstate());
        return state.isEmpty() ? QStringLiteral("no sqlstate: ") + QString::fromUtf8(error.what()) : state;
    } catch (const std::exception& error) {
        return QString::fromUtf8(error.what());
    }
}

QString ScratchDatabase::scalar(const QString& sql) const
{
    try {
        pqxx::connection connection(adminConnInfo().toStdString());
        pqxx::read_transaction tx(connection);
        const pqxx::result r = tx.exec(sql.toStdString());
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    } catch (const std::exception& error) {
        return QStringLiteral("error: ") + QString::fromUtf8(error.what());
    }
}

int ScratchDatabase::closedPort()
{
    // Bind an ephemeral port, then release it: nothing listens there afterwards.
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}
