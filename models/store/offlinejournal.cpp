#include "models/store/offlinejournal.h"

#include "models/core/logging.h"
#include "models/core/privatefiles.h"
#include "models/store/postgresconnectionparams.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

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

QList<QJsonObject> parseAll(const QByteArray& content, int* bad)
{
    QList<QJsonObject> records;
    *bad = 0;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        const QJsonObject record = parseLine(line, &ok);
        if (ok)
            records.append(record);
        else
            ++*bad;
    }
    return records;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A lock held between processes; never considered stale by age (a holder that stopped is still the
/// holder), only when its process is gone.
class JournalLock
{
public:
    explicit JournalLock(const QString& path) : m_lock(path) { m_lock.setStaleLockTime(0); }
    bool lock(int timeoutMs) { return m_lock.tryLock(timeoutMs); }

private:
    QLockFile m_lock;
};

} // namespace

OfflineJournal::OfflineJournal(const QString& directory, const QString& target)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/journal")
                                      : directory),
      m_target(target)
{
}

QString OfflineJournal::targetOf(const PostgresConnectionParams& params)
{
    return QStringLiteral("%1:%2/%3").arg(params.host.toLower()).arg(params.port).arg(params.database);
}

QString OfflineJournal::directoryFor(const QString& base, const QString& profile,
                                     const PostgresConnectionParams& params)
{
    // Readable and free of separators: host names, ports and database names the profile validator
    // accepts keep their letters; anything else (':' of an IPv6 address) becomes '_'. The folder only
    // groups: each record names its database itself.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1-%2-%3").arg(params.host.toLower()).arg(params.port).arg(params.database);
    name.replace(unsafe, QStringLiteral("_"));
    QString folder = profile;
    folder.replace(unsafe, QStringLiteral("_"));
    // "." and ".." (and hidden names) are names of other folders: never let a profile name climb out.
    if (folder.isEmpty() || folder.startsWith(u'.'))
        folder.prepend(u'_');
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return base + u'/' + folder + u'/' + name;
}

QString OfflineJournal::idOf(const QJsonObject& record)
{
    return record.value(QStringLiteral("id")).toString();
}

bool OfflineJournal::canReplayInto(const OfflineJournal& journal, const PostgresConnectionParams& params,
                                   QString* refusal)
{
    if (journal.target().isEmpty()) {
        *refusal = tr("the journal %1 is bound to no database: it is never replayed").arg(journal.filePath());
        return false;
    }
    const QString target = targetOf(params);
    if (target != journal.target()) {
        *refusal = tr("the journal %1 was written for %2, not for %3: it is not replayed there")
                       .arg(journal.filePath(), journal.target(), target);
        return false;
    }
    return true;
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
    if (idOf(record).isEmpty()) {
        m_error = tr("a journal record needs an id");
        return false;
    }
    QString problem;
    if (!PrivateFiles::makeDirectory(m_directory, &problem)) {
        m_error = tr("cannot create the journal folder %1: %2").arg(m_directory, problem);
        return false;
    }
    JournalLock lock(lockPath());
    if (!lock.lock(kLockTimeoutMs)) {
        m_error = tr("the journal %1 is locked by another console").arg(filePath());
        return false;
    }
    return appendLocked(record);
}

bool OfflineJournal::appendLocked(const QJsonObject& record)
{
    QJsonObject stamped = record;
    if (!m_target.isEmpty())
        stamped.insert(targetKey(), m_target);
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
    // Created 0600 by open(2) itself (Qt passes the permissions to it); O_APPEND for every write.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = tr("cannot open the journal %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    const QByteArray line = (needsNewline ? QByteArray("\n") : QByteArray()) +
                            QJsonDocument(stamped).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        m_error = tr("cannot write the journal %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    file.close();
    if (created)
        PrivateFiles::syncDirectory(m_directory);
    return true;
}

QList<QJsonObject> OfflineJournal::readAll(int* skipped) const
{
    int bad = 0;
    const QList<QJsonObject> records = parseAll(readFile(filePath()), &bad);
    // A line being appended by another console right now also reads as torn: it is only counted.
    if (bad > 0)
        qCInfo(lcStore) << "journal" << filePath() << "has" << bad << "unreadable lines (torn writes)";
    if (skipped)
        *skipped = bad;
    return records;
}

QList<QJsonObject> OfflineJournal::readFor(const QString& target, int* foreign) const
{
    QList<QJsonObject> mine;
    int others = 0;
    const QList<QJsonObject> records = readAll();
    for (const QJsonObject& record : records) {
        if (record.value(targetKey()).toString() == target)
            mine.append(record);
        else
            ++others;
    }
    if (foreign)
        *foreign = others;
    return mine;
}

bool OfflineJournal::isEmpty() const
{
    return QFileInfo(filePath()).size() == 0;
}

bool OfflineJournal::remove(const QSet<QString>& ids)
{
    m_error.clear();
    if (ids.isEmpty() || !QFileInfo::exists(filePath()))
        return true;
    JournalLock lock(lockPath());
    if (!lock.lock(kLockTimeoutMs)) {
        m_error = tr("the journal %1 is locked by another console").arg(filePath());
        return false;
    }
    return removeLocked(ids);
}

bool OfflineJournal::removeLocked(const QSet<QString>& ids)
{
    QFile in(filePath());
    if (!in.exists())
        return true;
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open the journal %1: %2").arg(filePath(), in.errorString());
        return false;
    }
    const QList<QByteArray> lines = in.readAll().split('\n');
    in.close();
    QByteArray keep;
    int removed = 0;
    int torn = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        const QJsonObject record = parseLine(line, &ok);
        if (!ok) {
            ++torn; // under the lock no append is in flight: a crash left it, unacknowledged
            continue;
        }
        if (ids.contains(idOf(record))) {
            ++removed;
            continue;
        }
        keep.append(line);
        keep.append('\n');
    }
    if (removed == 0 && torn == 0)
        return true;
    QString problem;
    if (!PrivateFiles::writeAtomically(filePath(), keep, &problem)) {
        m_error = tr("cannot rewrite the journal %1: %2").arg(filePath(), problem);
        return false;
    }
    if (torn > 0)
        qCWarning(lcStore) << "journal" << filePath() << "dropped" << torn << "torn lines left by a crash";
    return true;
}

bool OfflineJournal::adopt(const QString& directory)
{
    m_error.clear();
    OfflineJournal other(directory);
    if (QDir::cleanPath(directory) == QDir::cleanPath(m_directory) || other.isEmpty())
        return true;
    JournalLock otherLock(other.lockPath());
    if (!otherLock.lock(kLockTimeoutMs)) {
        m_error = tr("the journal %1 is locked by another console").arg(other.filePath());
        return false;
    }
    int bad = 0;
    const QList<QJsonObject> records = parseAll(readFile(other.filePath()), &bad);
    QSet<QString> taken;
    {
        QString problem;
        if (!PrivateFiles::makeDirectory(m_directory, &problem)) {
            m_error = tr("cannot create the journal folder %1: %2").arg(m_directory, problem);
            return false;
        }
        JournalLock lock(lockPath());
        if (!lock.lock(kLockTimeoutMs)) {
            m_error = tr("the journal %1 is locked by another console").arg(filePath());
            return false;
        }
        for (const QJsonObject& record : records) {
            const QString written = record.value(targetKey()).toString();
            if (!written.isEmpty() && written != m_target)
                continue; // another database's: not ours to replay
            if (!appendLocked(record))
                return false; // what was appended already is removed below only when all went well
            taken.insert(idOf(record));
        }
    }
    // A crash before this line leaves copies in both: the replay inserts each id once and removes every copy.
    if (!other.removeLocked(taken)) {
        m_error = other.errorString();
        return false;
    }
    if (!taken.isEmpty())
        qCInfo(lcStore) << "adopted" << taken.size() << "journal records from" << other.filePath() << "into"
                        << filePath();
    return true;
}

} // namespace Ops
