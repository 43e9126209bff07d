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
/// before anything runs — BackupFile's checks on the opened file (a real folder that only its owner may
/// write to, a regular file directly inside it that is no symbolic link and has no other name, the
/// user's own, writable by nobody else, not empty, not larger than the cap) and, when asked, its whole
/// content read on that same descriptor as psql will read it (PsqlScriptGuard: no psql meta-command but
/// pg_dump's own). The restore itself opens and checks the file again and reads it through the guard.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Ops::BackupCatalog)

public:
    static constexpr qint64 kDefaultMaxBytes = qint64(20) * 1024 * 1024 * 1024; // 20 GiB

    enum class Content { Unread, Read };

    /// Regular files of `folder`, newest first (symlinks are listed too; check() decides about them).
    /// Nothing when the folder itself is refused (folderProblem()).
    static QList<BackupInfo> list(const QString& folder);
    /// Why the folder itself is refused (a symbolic link, writable by other users), or empty.
    static QString folderProblem(const QString& folder);
    /// `file` may be a name inside the folder or an absolute path. Content::Read also reads the whole
    /// file (a backup of gigabytes takes seconds): for the check right before a run, not for a preview.
    static BackupCheck check(const QString& folder, const QString& file, qint64 maxBytes = kDefaultMaxBytes,
                             Content content = Content::Unread);
    /// "3 h 20 min": how old a backup is (translated units).
    static QString age(const QDateTime& modified, const QDateTime& now);
};

} // namespace Ops
