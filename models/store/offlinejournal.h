#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ops {

/// A local append-only file of records written while PostgreSQL is unreachable, replayed when it
/// returns. One JSON object per line (journal.jsonl in the given folder); every record carries a
/// client-made UUID in "id", so replaying with INSERT … ON CONFLICT (id) DO NOTHING is idempotent.
///
/// Durability: append() opens the file in append mode, writes one whole line, flushes and fsync()s
/// before it returns, so an acknowledged record survives a crash or power loss. QSaveFile is not used
/// for appends: it rewrites the whole file per record (quadratic, and a second copy on disk each time)
/// — it is used only by dropFirst(), where an atomic replace is exactly what is wanted. A crash in the
/// middle of an append can leave a torn last line: readAll() skips (and counts) lines that are not a
/// complete JSON object instead of failing the whole journal.
///
/// Replay protocol (see AuditStore::syncJournal): read all, insert all idempotently in one transaction,
/// then dropFirst(count). A kill at any point leaves the records in the file and the next replay inserts
/// nothing twice. Used from one thread (the GUI thread); a QLockFile next to the journal keeps two
/// consoles of the same user from interleaving an append with a rewrite.
class OfflineJournal
{
    Q_DECLARE_TR_FUNCTIONS(Ops::OfflineJournal)

public:
    /// `directory` empty: QStandardPaths::AppDataLocation + "/journal".
    explicit OfflineJournal(const QString& directory = QString());

    QString filePath() const;
    QString directory() const { return m_directory; }

    /// Appends one record (must contain a non-empty "id"); false with errorString() set when it could
    /// not be made durable.
    bool append(const QJsonObject& record);
    /// Every complete record, oldest first. `skipped` receives the number of unreadable lines.
    QList<QJsonObject> readAll(int* skipped = nullptr) const;
    int count() const { return int(readAll().size()); }
    bool isEmpty() const;
    /// Removes the first `records` complete records (after they were replayed), keeping later ones,
    /// atomically (QSaveFile). Unreadable lines among them are dropped too.
    bool dropFirst(int records);

    QString errorString() const { return m_error; }

private:
    static constexpr int kLockTimeoutMs = 2000;
    QString lockPath() const;

    QString m_directory;
    QString m_error;
};

} // namespace Ops
