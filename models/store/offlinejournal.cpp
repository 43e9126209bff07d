#include "models/store/offlinejournal.h"

#include "models/core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace Ops {

namespace {

QJsonObject parseLine(const QByteArray& line, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject() &&
          !document.object().value(QStringLiteral("id")).toString().isEmpty();
    return *ok ? document.object() : QJsonObject();
}

/// Makes a new directory entry durable too (the file's own fsync does not cover its name).
void syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

OfflineJournal::OfflineJournal(const QString& directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/journal")
                                      : directory)
{
}

QString OfflineJournal::lockPath() const
{
    return m_directory + QStringLiteral("/journal.lock");
}

QString OfflineJournal::filePath() const
{
    return m_directory + QStringLiteral("/journal.jsonl");
}

bool OfflineJournal::append(const QJsonObject& record)
{
    m_error.clear();
    if (record.value(QStringLiteral("id")).toString().isEmpty()) {
        m_error = tr("a journal record needs an id");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the journal folder %1").arg(m_directory);
        return false;
    }
    // Two consoles of one user share this folder: appends and the rewrite in dropFirst() must not interleave.
    QLockFile lock(lockPath());
    if (!lock.tryLock(kLockTimeoutMs)) {
        m_error = tr("the journal %1 is locked by another console").arg(filePath());
        return false;
    }
    QFile file(filePath());
    const bool created = !file.exists();
    // After a crash mid-append the file may end in a torn line: start on a fresh line so that this
    // record is not glued to (and skipped with) the torn one.
    bool needsNewline = false;
    if (!created && file.size() > 0 && file.open(QIODevice::ReadOnly)) {
        char last = '\n';
        needsNewline = file.seek(file.size() - 1) && file.getChar(&last) && last != '\n';
        file.close();
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("cannot open the journal %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    const QByteArray line = (needsNewline ? QByteArray("\n") : QByteArray()) +
                            QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        m_error = tr("cannot write the journal %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    file.close();
    if (created)
        syncDirectory(m_directory);
    return true;
}

QList<QJsonObject> OfflineJournal::readAll(int* skipped) const
{
    QList<QJsonObject> records;
    int bad = 0;
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            bool ok = false;
            const QJsonObject record = parseLine(line, &ok);
            if (ok)
                records.append(record);
            else
                ++bad;
        }
    }
    if (bad > 0)
        qCWarning(lcStore) << "journal" << filePath() << "has" << bad << "unreadable lines (torn writes)";
    if (skipped)
        *skipped = bad;
    return records;
}

bool OfflineJournal::isEmpty() const
{
    return QFileInfo(filePath()).size() == 0;
}

bool OfflineJournal::dropFirst(int records)
{
    m_error.clear();
    QFile in(filePath());
    if (!in.exists() || records <= 0)
        return true;
    QLockFile lock(lockPath());
    if (!lock.tryLock(kLockTimeoutMs)) {
        m_error = tr("the journal %1 is locked by another console").arg(filePath());
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open the journal %1: %2").arg(filePath(), in.errorString());
        return false;
    }
    const QList<QByteArray> lines = in.readAll().split('\n');
    in.close();
    QByteArray keep;
    int dropped = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        parseLine(line, &ok);
        if (dropped < records) {
            if (ok)
                ++dropped;
            continue; // replayed, or a torn line before them
        }
        keep.append(line);
        keep.append('\n');
    }
    QSaveFile out(filePath());
    if (!out.open(QIODevice::WriteOnly) || out.write(keep) != keep.size() || !out.commit()) {
        m_error = tr("cannot rewrite the journal %1: %2").arg(filePath(), out.errorString());
        return false;
    }
    return true;
}

} // namespace Ops
