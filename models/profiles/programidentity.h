#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Ops {

/// What stat() says about a file: cheap to read at every start of a program. Any write, chmod, chown,
/// rename over it or new hard link changes the ctime, so an unchanged fingerprint means an unchanged
/// file for anyone but root (who can change the clock, and is trusted anyway).
struct FileFingerprint
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    uint uid = 0;
    uint mode = 0; ///< st_mode: type and permission bits

    bool operator==(const FileFingerprint&) const = default;
    QString toString() const;
    static std::optional<FileFingerprint> fromString(const QString& text);
    /// stat() of `path` (symbolic links followed); empty when it cannot be read.
    static std::optional<FileFingerprint> of(const QString& path);
};

/// The identity of a program a profile names, as the operator approves it: its path, the file it leads
/// to, owner, mode and SHA-256 of its content. read() hashes the whole file: call it off the GUI thread
/// (readAsync()).
struct ProgramIdentity
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProgramIdentity)

public:
    QString path;         ///< as the profile names it
    QString resolvedPath; ///< symbolic links resolved
    bool exists = false;
    uint uid = 0;
    QString owner;        ///< user name of uid, or the number
    uint permissions = 0; ///< st_mode & 07777
    qint64 size = 0;
    QByteArray sha256;    ///< hex
    FileFingerprint fingerprint;
    /// Why this file cannot be approved (translated): missing, not an executable regular file, or a file
    /// (or a folder above it) that someone other than its owner or root can change. Empty: approvable.
    QString problem;

    bool isApprovable() const { return exists && problem.isEmpty(); }
    /// "0755"
    QString modeText() const;

    /// Reads and hashes `path` (blocking). The fingerprint is taken from the open file before and after
    /// hashing: a file that changed meanwhile is reported as a problem.
    static ProgramIdentity read(const QString& path);
    /// read() of each path on the thread pool.
    static QFuture<QList<ProgramIdentity>> readAsync(const QStringList& paths);
    /// read() of each path on the thread pool; `done` on `context`'s thread, unless `context` is gone.
    static void readAsync(const QStringList& paths, QObject* context,
                          std::function<void(const QList<ProgramIdentity>&)> done);
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ProgramIdentity)
