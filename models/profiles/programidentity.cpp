#include "models/profiles/programidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ops {

namespace {

FileFingerprint fingerprintOf(const struct stat& st)
{
    FileFingerprint f;
    f.device = quint64(st.st_dev);
    f.inode = quint64(st.st_ino);
    f.size = qint64(st.st_size);
    f.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    f.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    f.uid = uint(st.st_uid);
    f.mode = uint(st.st_mode);
    return f;
}

QString userName(uint uid)
{
    struct passwd pw;
    struct passwd* found = nullptr;
    char buffer[4096];
    if (getpwuid_r(uid_t(uid), &pw, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

// Only the file's owner (root or the operator) and root may be able to change it: no one else may write
// the file or rename something else into its place.
bool trustedOwner(uint uid)
{
    return uid == 0 || uid == uint(geteuid());
}

bool othersCanChange(const struct stat& st)
{
    if (st.st_mode & S_IWOTH)
        return !(S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX)); // a sticky folder protects others' files
    if (st.st_mode & S_IWGRP)
        return st.st_gid != 0;
    return false;
}

// The first folder above `file` that others can change, or empty.
QString changeableFolderAbove(const QString& file)
{
    QString dir = QFileInfo(file).absolutePath();
    while (true) {
        struct stat st;
        if (::stat(QFile::encodeName(dir).constData(), &st) != 0)
            return dir;
        if (!trustedOwner(uint(st.st_uid)) || othersCanChange(st))
            return dir;
        if (dir == QLatin1String("/"))
            return QString();
        dir = QFileInfo(dir).absolutePath();
    }
}

} // namespace

QString FileFingerprint::toString() const
{
    return QStringLiteral("%1:%2:%3:%4:%5:%6:%7")
        .arg(device)
        .arg(inode)
        .arg(size)
        .arg(mtimeNs)
        .arg(ctimeNs)
        .arg(uid)
        .arg(mode);
}

std::optional<FileFingerprint> FileFingerprint::fromString(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 7)
        return std::nullopt;
    bool ok[7] = {};
    FileFingerprint f;
    f.device = parts[0].toULongLong(&ok[0]);
    f.inode = parts[1].toULongLong(&ok[1]);
    f.size = parts[2].toLongLong(&ok[2]);
    f.mtimeNs = parts[3].toLongLong(&ok[3]);
    f.ctimeNs = parts[4].toLongLong(&ok[4]);
    f.uid = parts[5].toUInt(&ok[5]);
    f.mode = parts[6].toUInt(&ok[6]);
    for (bool b : ok)
        if (!b)
            return std::nullopt;
    return f;
}

std::optional<FileFingerprint> FileFingerprint::of(const QString& path)
{
    if (path.isEmpty())
        return std::nullopt;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return fingerprintOf(st);
}

QString ProgramIdentity::modeText() const
{
    return QStringLiteral("%1").arg(permissions, 4, 8, QLatin1Char('0'));
}

ProgramIdentity ProgramIdentity::read(const QString& path)
{
    ProgramIdentity id;
    id.path = path;
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        id.problem = tr("%1 is not an absolute path").arg(path);
        return id;
    }
    const QFileInfo info(path);
    id.resolvedPath = info.canonicalFilePath();
    if (id.resolvedPath.isEmpty()) {
        id.problem = tr("%1 does not exist").arg(path);
        return id;
    }
    // One open file for the identity and the hash: what is hashed is what the fingerprint describes.
    const int fd = ::open(QFile::encodeName(id.resolvedPath).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        id.problem = tr("%1 cannot be read").arg(path);
        return id;
    }
    struct stat before;
    if (::fstat(fd, &before) != 0) {
        ::close(fd);
        id.problem = tr("%1 cannot be read").arg(path);
        return id;
    }
    id.exists = true;
    id.uid = uint(before.st_uid);
    id.owner = userName(id.uid);
    id.permissions = uint(before.st_mode) & 07777;
    id.size = qint64(before.st_size);
    id.fingerprint = fingerprintOf(before);
    if (!S_ISREG(before.st_mode)) {
        ::close(fd);
        id.problem = tr("%1 is not a regular file").arg(path);
        return id;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    while (true) {
        const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            id.problem = tr("%1 cannot be read").arg(path);
            return id;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    struct stat after;
    const bool stable = ::fstat(fd, &after) == 0 && fingerprintOf(after) == id.fingerprint;
    ::close(fd);
    id.sha256 = hash.result().toHex();
    // The path itself must still lead to the file that was hashed.
    const std::optional<FileFingerprint> now = FileFingerprint::of(path);
    if (!stable || !now || !(*now == id.fingerprint)) {
        id.problem = tr("%1 changed while it was being read").arg(path);
        return id;
    }

    if (!(before.st_mode & S_IXUSR) && !(before.st_mode & S_IXGRP) && !(before.st_mode & S_IXOTH))
        id.problem = tr("%1 is not executable").arg(path);
    else if (!trustedOwner(id.uid))
        id.problem = tr("%1 belongs to %2: only a program owned by root or by you can be approved")
                         .arg(path, id.owner);
    else if (othersCanChange(before))
        id.problem = tr("%1 can be changed by other users (mode %2)").arg(path, id.modeText());
    else if (const QString folder = changeableFolderAbove(id.resolvedPath); !folder.isEmpty())
        id.problem = tr("the folder %1 can be changed by other users, so %2 could be replaced").arg(folder, path);
    return id;
}

QFuture<QList<ProgramIdentity>> ProgramIdentity::readAsync(const QStringList& paths)
{
    return QtConcurrent::run([paths] {
        QList<ProgramIdentity> out;
        for (const QString& p : paths)
            out.append(read(p));
        return out;
    });
}

void ProgramIdentity::readAsync(const QStringList& paths, QObject* context,
                                std::function<void(const QList<ProgramIdentity>&)> done)
{
    // The watcher belongs to `context`: gone with it, the callback never runs.
    auto* watcher = new QFutureWatcher<QList<ProgramIdentity>>(context);
    QObject::connect(watcher, &QFutureWatcher<QList<ProgramIdentity>>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->future().result());
                     });
    watcher->setFuture(readAsync(paths));
}

} // namespace Ops
