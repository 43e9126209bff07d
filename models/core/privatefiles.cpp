#include "models/core/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ops::PrivateFiles {

namespace {

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

bool makeDirectory(const QString& path, QString* error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    // Parents first; each new component with 0700 given to mkdir(2) itself.
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makeDirectory(parent, error))
        return false;
    if (::mkdir(QFile::encodeName(absolute).constData(), S_IRWXU) != 0 && errno != EEXIST) {
        setError(error, QCoreApplication::translate("Ops::PrivateFiles", "cannot create the folder %1: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    if (!QFileInfo(absolute).isDir()) {
        setError(error, QCoreApplication::translate("Ops::PrivateFiles", "%1 exists and is not a folder").arg(absolute));
        return false;
    }
    return true;
}

void syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!makeDirectory(folder, error))
        return false;
    // A hidden, unpredictable name next to the target (same file system: rename(2) is atomic).
    QTemporaryFile file(QDir(folder).filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!file.open()) {
        setError(error, QCoreApplication::translate("Ops::PrivateFiles", "cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        setError(error, QCoreApplication::translate("Ops::PrivateFiles", "cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        setError(error, QCoreApplication::translate("Ops::PrivateFiles", "cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    file.setAutoRemove(false); // it is the target now
    file.close();
    syncDirectory(folder);
    return true;
}

int mode(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace Ops::PrivateFiles
