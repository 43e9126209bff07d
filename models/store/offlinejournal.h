#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Ops {

struct PostgresConnectionParams;

/// A local append-only file of records written while PostgreSQL is unreachable, replayed when it
/// returns. One JSON object per line (journal.jsonl in the given folder); every record carries a
/// client-made UUID in "id", so replaying with INSERT … ON CONFLICT (id) DO NOTHING is idempotent.
///
/// Bound to one database: a journal made with a target ("host:port/database", targetOf()) stamps every
/// record it appends with that target ("forDatabase"), and a store replays only the records written for
/// the database its worker is connected to (readFor()); the others stay. The session keeps one journal
/// per profile and database (directoryFor()).
///
/// Replay by id, never by count: a store reads the records, inserts them idempotently, then remove()s
/// exactly the ids it wrote. Two consoles sharing the file (the same operator on one workstation, or the
/// same profile twice) may replay the same records at the same time: each inserts nothing twice, and
/// neither removes a record the other appended meanwhile (which removing "the first N" did).
///
/// Durability: append() writes one whole line with O_APPEND, flushes and fsync()s before it returns, so
/// an acknowledged record survives a crash or power loss. remove() replaces the file atomically
/// (PrivateFiles::writeAtomically: a temporary file, fsync, rename). A crash in the middle of an append
/// can leave a torn last line: readAll() skips (and counts) lines that are not a complete JSON object,
/// the next append starts on a fresh line, and the next remove() drops it (a torn line was never
/// acknowledged to anyone).
///
/// Files only the operator can read: the folder is created 0700, the journal 0600 (at creation).
/// Appends and rewrites of one file are serialised between processes by a QLockFile next to it; readers
/// need no lock (a rewrite is a rename: they see the old or the new file).
class OfflineJournal
{
    Q_DECLARE_TR_FUNCTIONS(Ops::OfflineJournal)

public:
    /// `directory` empty: QStandardPaths::AppDataLocation + "/journal". `target` empty: an unbound
    /// journal (records without a database; see adopt()).
    explicit OfflineJournal(const QString& directory = QString(), const QString& target = QString());

    /// "host:port/database" of a connection: what a journal is bound to.
    static QString targetOf(const PostgresConnectionParams& params);
    /// `base`/`profile`/`host`-`port`-`database`: the folder of one profile's journals for one database.
    static QString directoryFor(const QString& base, const QString& profile, const PostgresConnectionParams& params);
    /// The key that names the database a record was written for.
    static QString targetKey() { return QStringLiteral("forDatabase"); }

    QString filePath() const;
    QString directory() const { return m_directory; }
    QString target() const { return m_target; }

    /// Appends one record (must contain a non-empty "id"; stamped with this journal's target); false with
    /// errorString() set when it could not be made durable.
    bool append(const QJsonObject& record);
    /// Every complete record, oldest first. `skipped` receives the number of unreadable lines.
    QList<QJsonObject> readAll(int* skipped = nullptr) const;
    /// The records written for `target`; `foreign` receives how many are for another database.
    QList<QJsonObject> readFor(const QString& target, int* foreign = nullptr) const;
    int count() const { return int(readAll().size()); }
    bool isEmpty() const;
    /// Removes the records with these ids (every copy), keeping all others, atomically.
    bool remove(const QSet<QString>& ids);
    /// Moves the records of the journal in `directory` into this one (stamped with this journal's target)
    /// and removes them there; records stamped for another database stay where they are. For journals of
    /// an earlier layout and the unbound one. Holds the other journal's lock throughout, so two consoles
    /// adopting at once never both take a record.
    bool adopt(const QString& directory);

    QString errorString() const { return m_error; }

    static QString idOf(const QJsonObject& record);
    /// Whether the records of `journal` may be replayed through a connection with `params`: the journal
    /// is bound to a database and it is that one. `refusal` receives the translated reason when not.
    static bool canReplayInto(const OfflineJournal& journal, const PostgresConnectionParams& params,
                              QString* refusal);

private:
    static constexpr int kLockTimeoutMs = 5000;
    QString lockPath() const;
    bool appendLocked(const QJsonObject& record);
    bool removeLocked(const QSet<QString>& ids);

    QString m_directory;
    QString m_target;
    QString m_error;
};

} // namespace Ops
