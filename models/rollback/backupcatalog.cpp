#include "models/rollback/backupcatalog.h"

#include "models/core/formatting.h"
#include "models/stack/backupfile.h"
#include "models/stack/psqlscriptguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Ops {

QString BackupCatalog::folderProblem(const QString& folder)
{
    if (folder.isEmpty())
        return tr("this profile has no backups folder");
    const QFileInfo info(folder);
    if (info.isSymLink())
        return tr("the backups folder %1 is a symbolic link (to %2): a backups folder must be a real folder, so "
                  "that it cannot point at files elsewhere")
            .arg(folder, info.symLinkTarget());
    if (!info.isDir())
        return tr("the backups folder %1 does not exist").arg(folder);
    if (info.permission(QFileDevice::WriteGroup) || info.permission(QFileDevice::WriteOther))
        return tr("the backups folder %1 is writable by other users, who could replace a backup after it was "
                  "checked")
            .arg(folder);
    return QString();
}

QList<BackupInfo> BackupCatalog::list(const QString& folder)
{
    QList<BackupInfo> backups;
    if (!folderProblem(folder).isEmpty())
        return backups;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Time);
    for (const QFileInfo& info : entries)
        backups.append({info.fileName(), info.absoluteFilePath(), info.size(), info.lastModified().toUTC()});
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.modified > b.modified; });
    return backups;
}

BackupCheck BackupCatalog::check(const QString& folder, const QString& file, qint64 maxBytes, Content content)
{
    BackupCheck result;
    BackupFile backup = BackupFile::open(folder, file, maxBytes);
    if (!backup.isOpen()) {
        result.reason = backup.error();
        return result;
    }
    if (content == Content::Read) {
        // The descriptor that was just checked is the one read: what passes is what was checked.
        QFile in;
        if (!in.open(backup.descriptor(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
            result.reason = tr("cannot read %1: %2").arg(backup.path(), in.errorString());
            return result;
        }
        PsqlScriptGuard guard;
        QByteArray pending;
        for (;;) {
            const QByteArray read = in.read(256 * 1024);
            if (read.isEmpty() && !in.atEnd()) {
                result.reason = tr("cannot read %1: %2").arg(backup.path(), in.errorString());
                return result;
            }
            const QByteArray chunk = pending + read;
            const qsizetype accepted = guard.feed(chunk, in.atEnd());
            if (accepted < 0) {
                result.reason = tr("%1 was refused: %2").arg(backup.path(), guard.error());
                return result;
            }
            pending = chunk.mid(accepted);
            if (in.atEnd() && pending.isEmpty())
                break;
        }
    }
    result.ok = true;
    result.canonicalPath = backup.path();
    result.size = backup.size();
    return result;
}

QString BackupCatalog::age(const QDateTime& modified, const QDateTime& now)
{
    return Format::duration(std::max<qint64>(0, modified.msecsTo(now)));
}

} // namespace Ops
