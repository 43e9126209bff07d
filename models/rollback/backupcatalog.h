#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Ops {

/// One file of the profile's backups folder.
struct BackupInfo
{
    QString name;       ///< file name inside the folder
    QString path;       ///< absolute path
    qint64 size = 0;    ///< bytes
    QDateTime modified; ///< UTC
};

/// The verdict on a chosen backup file.
struct BackupCheck
{
    bool ok = false;
    QString reason;        ///< translated, when !ok
    QString canonicalPath; ///< the real path, symlinks resolved (what the restore reads)
    qint64 size = 0;
};

/// The backups folder of a profile: listed newest first, and the one check every restore file passes
/// before anything runs — a regular, non-empty file whose real path lies inside the folder (no `..`, no
/// symlink leading out of it), not writable by others, and not larger than the cap.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Ops::BackupCatalog)

public:
    static constexpr qint64 kDefaultMaxBytes = qint64(20) * 1024 * 1024 * 1024; // 20 GiB

    /// Regular files of `folder`, newest first (symlinks are listed too; check() decides about them).
    static QList<BackupInfo> list(const QString& folder);
    /// `file` may be a name inside the folder or an absolute path.
    static BackupCheck check(const QString& folder, const QString& file, qint64 maxBytes = kDefaultMaxBytes);
    /// "3 h 20 min": how old a backup is (translated units).
    static QString age(const QDateTime& modified, const QDateTime& now);
};

} // namespace Ops
