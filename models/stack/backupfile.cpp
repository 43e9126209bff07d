#include "models/stack/backupfile.h"

#include "models/core/formatting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ops {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Closes a descriptor when it goes out of scope (unless taken).
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int take() { return std::exchange(fd, -1); }
};

} // namespace

BackupFile::BackupFile(BackupFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
    , m_size(other.m_size)
    , m_error(std::move(other.m_error))
{
}

BackupFile& BackupFile::operator=(BackupFile&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
        m_size = other.m_size;
        m_error = std::move(other.m_error);
    }
    return *this;
}

BackupFile::~BackupFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int BackupFile::release()
{
    return std::exchange(m_fd, -1);
}

BackupFile BackupFile::open(const QString& folder, const QString& file, qint64 maxBytes)
{
    BackupFile result;
    const auto refuse = [&result](const QString& why) {
        result.m_error = why;
        return std::move(result);
    };
    if (folder.isEmpty())
        return refuse(tr("this profile has no backups folder"));
    if (file.trimmed().isEmpty())
        return refuse(tr("no backup file chosen"));

    // The folder itself: a real folder (a symbolic link to one is refused), only its owner may write to it.
    const QString folderPath = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray folderBytes = QFile::encodeName(folderPath);
    struct stat folderStat = {};
    if (::lstat(folderBytes.constData(), &folderStat) != 0)
        return refuse(tr("the backups folder %1 does not exist").arg(folder));
    if (S_ISLNK(folderStat.st_mode))
        return refuse(tr("the backups folder %1 is a symbolic link (to %2): a backups folder must be a real folder, "
                         "so that it cannot point at files elsewhere")
                          .arg(folder, QFileInfo(folderPath).symLinkTarget()));
    Descriptor dir{::open(folderBytes.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (dir.fd < 0 || ::fstat(dir.fd, &folderStat) != 0 || !S_ISDIR(folderStat.st_mode))
        return refuse(tr("the backups folder %1 cannot be opened: %2").arg(folder, systemError(errno)));
    if ((folderStat.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return refuse(tr("the backups folder %1 is writable by other users, who could replace a backup after it "
                         "was checked")
                          .arg(folder));

    // The file: a name directly inside that folder.
    const QString cleaned = QDir::fromNativeSeparators(file);
    if (cleaned.split(u'/').contains(QStringLiteral("..")))
        return refuse(tr("%1 contains \"..\": a backup must be a file inside %2").arg(file, folder));
    QString name = cleaned;
    if (QFileInfo(cleaned).isAbsolute()) {
        const QFileInfo info(cleaned);
        const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (parent.isEmpty() || parent != QFileInfo(folderPath).canonicalFilePath())
            return refuse(tr("%1 is not inside the backups folder %2").arg(file, folder));
        name = info.fileName();
    }
    if (name.isEmpty() || name.contains(u'/'))
        return refuse(tr("%1 is not a file directly inside the backups folder %2").arg(file, folder));
    result.m_path = QFileInfo(folderPath).canonicalFilePath() + u'/' + name;

    Descriptor fd{::openat(dir.fd, QFile::encodeName(name).constData(),
                           O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
    if (fd.fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return refuse(tr("%1 is a symbolic link: a backup must be the file itself").arg(result.m_path));
        if (error == ENOENT)
            return refuse(tr("%1 does not exist", "rollback: backupcatalog").arg(result.m_path));
        return refuse(tr("%1 cannot be opened: %2").arg(result.m_path, systemError(error)));
    }
    // Everything below is about the file that is open, the one that will be read.
    struct stat st = {};
    if (::fstat(fd.fd, &st) != 0)
        return refuse(tr("cannot read the attributes of %1").arg(result.m_path));
    if (!S_ISREG(st.st_mode))
        return refuse(tr("%1 is not a regular file").arg(result.m_path));
    if (st.st_nlink != 1)
        return refuse(tr("%1 has %2 names (hard links): a backup must have one, so that it cannot be a file from "
                         "elsewhere")
                          .arg(result.m_path)
                          .arg(qulonglong(st.st_nlink)));
    if (st.st_uid != ::geteuid())
        return refuse(tr("%1 belongs to another user (uid %2): a backup must be the operator's own file")
                          .arg(result.m_path)
                          .arg(qulonglong(st.st_uid)));
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return refuse(tr("%1 is writable by other users: anyone of them could have changed it").arg(result.m_path));
    if (st.st_size == 0)
        return refuse(tr("%1 is empty", "rollback: backupcatalog").arg(result.m_path));
    if (qint64(st.st_size) > maxBytes)
        return refuse(tr("%1 is %2, larger than the limit of %3")
                          .arg(result.m_path, Format::bytes(qint64(st.st_size)), Format::bytes(maxBytes)));
    // Opened non-blocking so that a FIFO could not hang the open; reads of a regular file block again.
    ::fcntl(fd.fd, F_SETFL, ::fcntl(fd.fd, F_GETFL) & ~O_NONBLOCK);
    result.m_fd = fd.take();
    result.m_size = qint64(st.st_size);
    return result;
}

} // namespace Ops
