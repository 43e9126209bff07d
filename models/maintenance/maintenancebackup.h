// The maintenance run's database backup: pg_dump through the orchestrator, in place only when complete.
#pragma once

#include "models/audit/auditentry.h"
#include "models/profiles/connectionprofile.h"
#include "models/stack/orchestratorcommand.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QFile;

namespace Ops {

class Orchestrator;
class WriteAhead;

/// MaintenanceRun's "back up the database": `pg_dump` of the profile's database through the orchestrator,
/// streamed into `<backups folder>/backup_YYYYMMDD_HHMMSS.sql`. It is written under a hidden,
/// unpredictable part name and renamed into place only once pg_dump succeeded and the bytes are on disk
/// (fsync'd): a half dump never looks like a backup. Its intent is recorded before pg_dump starts, its
/// outcome (with the size) after (WriteAhead).
class MaintenanceBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceBackup)

public:
    /// Neither is owned; both must outlive this backup. `writeAhead` is the run's, one intent at a time.
    MaintenanceBackup(Orchestrator* orchestrator, WriteAhead* writeAhead, QObject* parent = nullptr);
    /// Removes a part file still open.
    ~MaintenanceBackup() override;

    /// backup_YYYYMMDD_HHMMSS.sql of a UTC time.
    static QString fileName(const QDateTime& utc);
    /// Removes what a backup to `path` cut off by a crash left behind.
    static void removeLeftover(const QString& path);

    /// Checks the profile (an absolute backups folder, created if missing; database and user names that
    /// pg_dump cannot read as options), names the backup and opens its part file. Returns the backup's
    /// path once it is named, also when the part file could not be opened; `error` (translated) is set
    /// when the backup cannot run.
    QString prepare(const ConnectionProfile& profile, QString* error);
    /// Records `intent` with pg_dump's argv, then runs pg_dump into the part file of prepare().
    void run(AuditEntry intent);
    /// Stops listening to the orchestrator: a pg_dump cut off (an abort) ends unseen.
    void stop();
    /// Removes the part file of a backup that will not finish.
    void discard();

Q_SIGNALS:
    void output(const QString& line);
    /// Bytes written so far.
    void progress(qint64 bytes);
    /// The backup is in place at the path prepare() returned.
    void written(qint64 bytes, const Ops::OrchestratorResult& result);
    void failed(const QString& reason);

private:
    void dump(const QStringList& argv);
    void finish(const OrchestratorResult& result);

    QPointer<Orchestrator> m_orchestrator;
    WriteAhead* m_writeAhead;
    QList<QMetaObject::Connection> m_connections;
    QString m_user;
    QString m_database;
    QString m_path;
    std::unique_ptr<QFile> m_file;
};

} // namespace Ops
