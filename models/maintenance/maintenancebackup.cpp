// The maintenance run's database backup (MaintenanceBackup).
#include "models/maintenance/maintenancebackup.h"

#include "models/audit/auditaction.h"
#include "models/audit/writeahead.h"
#include "models/core/privatefiles.h"
#include "models/stack/orchestrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <unistd.h>

namespace Ops {

namespace {

bool isSafeDumpName(const QString& name)
{
    // Never read as an option by pg_dump; the names the profile validator accepts.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

MaintenanceBackup::MaintenanceBackup(Orchestrator* orchestrator, WriteAhead* writeAhead, QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_writeAhead(writeAhead)
{
}

MaintenanceBackup::~MaintenanceBackup()
{
    discard();
}

QString MaintenanceBackup::fileName(const QDateTime& utc)
{
    return QStringLiteral("backup_") + utc.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")) +
           QStringLiteral(".sql");
}

void MaintenanceBackup::removeLeftover(const QString& path)
{
    // The part file is ".<name>.part.XXXXXX" (QTemporaryFile's random suffix), ".<name>.part" before it.
    const QFileInfo final(path);
    const QString part = QStringLiteral(".") + final.fileName() + QStringLiteral(".part");
    const QDir dir = final.absoluteDir();
    for (const QString& entry : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (entry == part || (entry.startsWith(part + u'.') && entry.size() == part.size() + 7))
            QFile::remove(dir.filePath(entry));
    }
}

QString MaintenanceBackup::prepare(const ConnectionProfile& profile, QString* error)
{
    const QString dir = profile.backupsDirectory.trimmed();
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir)) {
        *error = tr("the profile has no absolute backups folder");
        return QString();
    }
    if (!PrivateFiles::makeDirectory(dir)) {
        *error = tr("cannot create the backups folder %1").arg(dir);
        return QString();
    }
    if (!isSafeDumpName(profile.pgUser) || !isSafeDumpName(profile.pgDatabase)) {
        *error = tr("the profile's database or user name cannot be passed to pg_dump safely");
        return QString();
    }
    m_user = profile.pgUser;
    m_database = profile.pgDatabase;
    const QString name = fileName(QDateTime::currentDateTimeUtc());
    m_path = QDir(dir).filePath(name);
    // Written under a hidden, unpredictable name (created 0600 with O_EXCL: no one else can read the dump
    // or slip a link in its place) and renamed when complete: a half dump never looks like a backup.
    auto part = std::make_unique<QTemporaryFile>(
        QDir(dir).filePath(QStringLiteral(".") + name + QStringLiteral(".part.XXXXXX")));
    part->setAutoRemove(false);
    m_file = std::move(part);
    if (!static_cast<QTemporaryFile*>(m_file.get())->open()) {
        *error =
            tr("cannot write %1: %2",
               "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message")
                .arg(m_file->fileName(), m_file->errorString());
        m_file.reset();
    }
    return m_path;
}

void MaintenanceBackup::run(AuditEntry intent)
{
    const QStringList argv = {QStringLiteral("pg_dump"), QStringLiteral("-U"), m_user, QStringLiteral("-d"),
                              m_database};
    intent.argv = WriteAhead::argvOf(
        QList<OrchestratorCommand>{m_orchestrator->execCommand(QStringLiteral("postgres"), argv)});
    m_writeAhead->begin(
        intent, [this, argv] { dump(argv); },
        [this](const QString& reason) {
            discard();
            Q_EMIT failed(reason);
        });
}

void MaintenanceBackup::stop()
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void MaintenanceBackup::discard()
{
    if (!m_file)
        return;
    m_file->close();
    m_file->remove();
    m_file.reset();
}

void MaintenanceBackup::dump(const QStringList& argv)
{
    // No part file: discarded (an abort) while the intent was being recorded.
    if (!m_file)
        return;
    stop();
    const QString action = AuditActions::key(AuditAction::MaintenanceBackup);
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this,
                             [this](const QString& reason) {
                                 stop();
                                 m_writeAhead->cancel(reason);
                                 discard();
                                 Q_EMIT failed(reason);
                             })
                  << connect(m_orchestrator, &Orchestrator::outputProgress, this,
                             [this](qint64 bytes) { Q_EMIT progress(bytes); })
                  << connect(m_orchestrator, &Orchestrator::finished, this,
                             [this, action](const OrchestratorResult& result) {
                                 if (result.action != action)
                                     return;
                                 stop();
                                 finish(result);
                             });
    Q_EMIT output(QStringLiteral("$ pg_dump -U %1 -d %2 > %3").arg(m_user, m_database, m_path));
    m_orchestrator->exec(QStringLiteral("postgres"), argv, action, m_file.get());
}

void MaintenanceBackup::finish(const OrchestratorResult& result)
{
    std::unique_ptr<QFile> file = std::move(m_file);
    if (!file) {
        m_writeAhead->complete(result);
        return;
    }
    bool ok = result.ok && file->flush() && ::fsync(file->handle()) == 0;
    const qint64 size = file->size();
    file->close();
    m_writeAhead->complete(result, QJsonObject{{QStringLiteral("bytes"), size}});
    if (ok && size == 0) {
        ok = false;
        Q_EMIT output(tr(
            "pg_dump wrote nothing",
            "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message"));
    }
    if (!ok) {
        file->remove();
        if (!result.stderrText.trimmed().isEmpty())
            Q_EMIT output(result.stderrText.trimmed());
        Q_EMIT failed(result.ok ? tr("the backup could not be written to disk") : result.error);
        return;
    }
    QFile::remove(m_path);
    if (!file->rename(m_path)) {
        Q_EMIT failed(tr("cannot rename the backup into place: %1").arg(file->errorString()));
        return;
    }
    Q_EMIT written(size, result);
}

} // namespace Ops
