#pragma once

#include "models/store/databaseresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ops {

class DatabaseWorker;

/// One versioned change of the console's own `ops` schema: resources/sql/NNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

/// Brings the `ops` schema up to date at start. Each migration runs in its own transaction and is
/// recorded in ops.schema_migrations(version, applied_at) in that same transaction, so a crash leaves
/// it either fully applied or not at all. Running again applies nothing. Two consoles starting together
/// are serialised by a transaction-level advisory lock taken first in every migration transaction: the
/// second waits, then sees the version recorded and skips it (no lock can outlive a dead console).
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SchemaMigrations)

public:
    /// Key of the advisory lock around migrating ("opsmigr" in ASCII).
    static constexpr qint64 kLockKey = 0x6f70736d696772;

    /// The migrations embedded in the binary (qrc :/sql), sorted by version.
    static QList<Migration> embedded();
    /// Migrations from a folder of NNN_name.sql files (also used for :/sql).
    static QList<Migration> fromDirectory(const QString& path);

    /// A job for DatabaseWorker: applies what is missing; its value is the QList<int> of applied versions.
    static DatabaseJob job(const QList<Migration>& migrations);

    /// Runs job(embedded()) on the worker; callback(result) with value QList<int>.
    static void run(DatabaseWorker* worker, QObject* context, const DatabaseCallback& callback);
};

} // namespace Ops
