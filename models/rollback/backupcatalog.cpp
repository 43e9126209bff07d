#include "models/rollback/backupcatalog.h"

#include "models/core/formatting.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <sys/stat.h>

namespace Ops {

QList<BackupInfo> BackupCatalog::list(const QString& folder)
{
    QList<BackupInfo> backups;
    if (folder.isEmpty())
        return backups;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Time);
    for (const QFileInfo& info : entries)
        backups.append({info.fileName(), info.absoluteFilePath(), info.size(), info.lastModified().toUTC()});
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.modified > b.modified; });
    return backups;
}

BackupCheck BackupCatalog::check(const QString& folder, const QString& file, qint64 maxBytes)
{
    BackupCheck result;
    if (folder.isEmpty()) {
        result.reason = tr("this profile has no backups folder");
        return result;
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        result.reason = tr("the backups folder %1 does not exist").arg(folder);
        return result;
    }
    if (file.trimmed().isEmpty()) {
        result.reason = tr("no backup file chosen");
        return result;
    }
    // `..` is refused as written, before any resolving: the operator sees the path that was refused.
    const QStringList parts = QDir::fromNativeSeparators(file).split(u'/');
    if (parts.contains(QStringLiteral(".."))) {
        result.reason = tr("%1 contains \"..\": a backup must be a file inside %2").arg(file, folder);
        return result;
    }
    const QString given = QFileInfo(file).isAbsolute() ? file : QDir(folder).filePath(file);
    const QFileInfo info(given);
    if (!info.exists() && !info.isSymLink()) {
        result.reason = tr("%1 does not exist", "rollback: backupcatalog").arg(given);
        return result;
    }
    const QString real = info.canonicalFilePath();
    if (real.isEmpty()) {
        result.reason = tr("%1 cannot be resolved (a broken link?)").arg(given);
        return result;
    }
    if (!real.startsWith(root + u'/')) {
        result.reason =
            tr("%1 is outside the backups folder %2 (its real path is %3)").arg(given, root, real);
        return result;
    }
    struct stat st = {};
    if (::stat(QFile::encodeName(real).constData(), &st) != 0) {
        result.reason = tr("cannot read the attributes of %1").arg(real);
        return result;
    }
    if (!S_ISREG(st.st_mode)) {
        result.reason = tr("%1 is not a regular file").arg(real);
        return result;
    }
    if (st.st_size == 0) {
        result.reason = tr("%1 is empty", "rollback: backupcatalog").arg(real);
        return result;
    }
    if ((st.st_mode & S_IWOTH) != 0) {
        result.reason = tr("%1 is writable by every user: anyone could have changed it").arg(real);
        return result;
    }
    if (qint64(st.st_size) > maxBytes) {
        result.reason = tr("%1 is %2, larger than the limit of %3")
                            .arg(real, Format::bytes(qint64(st.st_size)), Format::bytes(maxBytes));
        return result;
    }
    result.ok = true;
    result.canonicalPath = real;
    result.size = qint64(st.st_size);
    return result;
}

QString BackupCatalog::age(const QDateTime& modified, const QDateTime& now)
{
    return Format::duration(std::max<qint64>(0, modified.msecsTo(now)));
}

} // namespace Ops
