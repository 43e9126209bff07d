#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ops {

/// Files only the operator can read: the console's state folders are created 0700 and its journals,
/// run states, caches and backups 0600 — with that mode at creation (open(2)/mkdir(2) with the mode, the
/// file never exists with a wider one), not chmod-ed afterwards, whatever umask the process runs with.
/// (The application additionally sets umask 077 at start: README, "Files and permissions".)
///
/// Why not QSaveFile: it creates a new file with 0666 & ~umask and copies the mode of an existing one,
/// so its result depends on the umask of whoever started the console and on what was there before.
/// QTemporaryFile always creates with 0600 and O_EXCL under an unpredictable name; writeAtomically()
/// builds on it (write, fsync, rename(2) over the target, fsync the folder).
namespace PrivateFiles {

/// Creates `path` and every missing parent with mode 0700 (existing folders are left as they are).
bool makeDirectory(const QString& path, QString* error = nullptr);
/// Replaces `path` atomically by `data`: a reader sees the old or the new content, never a mix; a crash
/// leaves the old file. The new file is 0600. Its folder is created (0700) when missing.
bool writeAtomically(const QString& path, const QByteArray& data, QString* error = nullptr);
/// Makes a new or renamed directory entry durable (fsync of the folder).
void syncDirectory(const QString& path);

/// The permission bits (st_mode & 0777) of `path`, or -1 when it cannot be read; for tests and checks.
int mode(const QString& path);

} // namespace PrivateFiles

} // namespace Ops
