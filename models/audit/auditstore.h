#pragma once

#include "models/audit/auditentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QIODevice;

namespace Ops {

class DatabaseWorker;
class OfflineJournal;

/// The audit trail's store: appends go to ops.audit, or — when PostgreSQL cannot be reached or does not
/// answer in time — to the offline journal, replayed idempotently when the database is back
/// (syncJournal(), also started after any append that reached the database). A job abandoned at its
/// deadline may still commit: the journaled copy has the same id and is then skipped on replay.
/// Answers arrive as signals; nothing here blocks the GUI thread.
class AuditStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditStore)

public:
    /// Neither is owned; both must outlive this store. `journal` may be null (no offline writes).
    AuditStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent = nullptr);
    ~AuditStore() override;

    /// `done(journaled, error)` for this one entry (error empty: it is safe), after appended()/recorded()
    /// or appendFailed(); not called once `context` is gone.
    using AppendCallback = std::function<void(bool journaled, const QString& error)>;
    enum class Route
    {
        DatabaseFirst, ///< the database, or the journal when it cannot be reached in time
        JournalOnly,   ///< the database is known to be unreachable (no operator lock could be taken):
                       ///< straight to the journal, without waiting for its deadline again
    };

    void append(const AuditEntry& entry);
    void append(const AuditEntry& entry, QObject* context, AppendCallback done,
                Route route = Route::DatabaseFirst);
    void list(const AuditFilter& filter);
    /// Replays the journal; journalSynced() or journalSyncFailed() follows. Ignored while one runs.
    void syncJournal();
    bool isSyncing() const { return m_syncing; }
    /// While the journal holds records, syncJournal() is retried this often (default 60 s; 0: never).
    void setRetryInterval(int ms);

    /// RFC 4180 CSV with a header line, UTF-8; text cells that a spreadsheet would run as a formula
    /// (=, +, -, @) are prefixed with an apostrophe.
    static QByteArray toCsv(const QList<AuditEntry>& entries);
    static bool exportCsv(const QList<AuditEntry>& entries, QIODevice* device);

Q_SIGNALS:
    /// The entry is safe: in the database, or (journaled) in the local journal.
    void appended(const QUuid& id, bool journaled);
    /// The same moment, with the whole entry: for those who show what the console did (chart markers,
    /// an open incident's timeline) without asking the database again.
    void recorded(const Ops::AuditEntry& entry, bool journaled);
    /// Neither the database nor the journal took it; reason is translated.
    void appendFailed(const QUuid& id, const QString& reason);
    void listed(const QList<Ops::AuditEntry>& entries);
    void listFailed(const QString& reason);
    /// `inserted`: rows that were new (the rest were already there); `remaining`: still journaled.
    void journalSynced(int inserted, int remaining);
    void journalSyncFailed(const QString& reason);

private:
    void journal(const AuditEntry& entry, const QString& why);
    void settle(const AuditEntry& entry, bool journaled, const QString& error);

    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        AppendCallback done;
    };
    QHash<QUuid, Waiter> m_waiters;
    QPointer<DatabaseWorker> m_worker;
    OfflineJournal* m_journal;
    bool m_syncing = false;
    QTimer m_retry;
};

} // namespace Ops
