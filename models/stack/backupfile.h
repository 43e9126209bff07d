#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ops {

/// A database backup opened once and checked on the open descriptor, so that what was checked is what
/// is read (no check of a path followed by a second open that may find another file there):
///  - the folder is a real folder, not a symbolic link to one (a link to /etc would list /etc), and
///    nobody but its owner may write to it (another user could swap a file in after the check);
///  - the file is a name directly inside the folder, opened relative to the folder's own descriptor
///    with O_NOFOLLOW (a symbolic link is refused, not followed);
///  - on the descriptor: a regular file, with no other name (a hard link to a file elsewhere is
///    refused: st_nlink 1), owned by the user the console runs as, writable by nobody else (not by
///    the group either), not empty, and not larger than the cap.
/// Every refusal is a translated sentence naming the file or folder and why. Move-only; closes the
/// descriptor when destroyed unless release()d.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(Ops::BackupFile)

public:
    static constexpr qint64 kDefaultMaxBytes = qint64(20) * 1024 * 1024 * 1024; // 20 GiB

    /// `file`: a name inside `folder`, or an absolute path whose folder is `folder` (both may be written
    /// with symbolic links above the folder itself).
    static BackupFile open(const QString& folder, const QString& file, qint64 maxBytes = kDefaultMaxBytes);

    BackupFile() = default;
    BackupFile(BackupFile&& other) noexcept;
    BackupFile& operator=(BackupFile&& other) noexcept;
    BackupFile(const BackupFile&) = delete;
    BackupFile& operator=(const BackupFile&) = delete;
    ~BackupFile();

    bool isOpen() const { return m_fd >= 0; }
    /// Translated, when !isOpen().
    QString error() const { return m_error; }
    /// The descriptor, open for reading at offset 0 (close-on-exec).
    int descriptor() const { return m_fd; }
    /// Hands the descriptor over: the caller closes it.
    int release();
    /// The folder's real path plus the file's name.
    QString path() const { return m_path; }
    qint64 size() const { return m_size; }

private:
    int m_fd = -1;
    QString m_path;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace Ops
