#pragma once

#include "models/maintenance/maintenancechecklist.h"
#include "models/maintenance/maintenancewindow.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ops {

class DatabaseWorker;
class OfflineJournal;

/// What one step of a guided run did (ops.maintenance_steps, append-only).
struct MaintenanceStepRecord
{
    QUuid id;
    QUuid windowId;
    QUuid runId;
    QString step;  ///< MaintenanceRun step key
    QString state; ///< running | done | failed | skipped | aborted
    QString detail;
    QString by;
    QDateTime at; ///< UTC

    QJsonObject toJson() const;
    static MaintenanceStepRecord fromJson(const QJsonObject& object);
};

/// The maintenance schedule's store: ops.maintenance_windows, ops.maintenance_checklist and
/// ops.maintenance_steps — or, while PostgreSQL cannot be reached or does not answer in time, the
/// offline journal (replayed in order when it is back; every record has a client-made id, so a
/// replay inserts nothing twice). The last list read is mirrored in a JSON cache file so that the
/// schedule stays readable when the database is down (like the on-call roster). Signals only.
class MaintenanceStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceStore)

public:
    /// Neither is owned; both must outlive this store. The journal's folder must be this store's own.
    MaintenanceStore(DatabaseWorker* worker, OfflineJournal* journal, QObject* parent = nullptr);
    ~MaintenanceStore() override;

    /// Reads the cache at once (windowsChanged follows when it held any).
    void setCacheFile(const QString& path);
    /// While the journal holds records, syncJournal() is retried this often (default 10 s; 0: never).
    void setRetryInterval(int ms);

    /// Newest first by start.
    QList<MaintenanceWindow> windows() const { return m_windows; }
    MaintenanceWindow window(const QUuid& id) const;
    MaintenanceChecklist checklist(const QUuid& windowId) const;
    int pendingCount() const;
    bool isOnline() const { return m_online; }

    /// Windows from 30 days ago on, with their checklist ticks; windowsChanged() or loadFailed().
    void refresh();
    /// Inserts or replaces the window; saved() or saveFailed().
    void saveWindow(const MaintenanceWindow& window);
    void recordTick(const ChecklistTick& tick);
    void recordStep(const MaintenanceStepRecord& step);
    /// Replays the journal; journalSynced() or journalSyncFailed(). Ignored while one runs.
    void syncJournal();

Q_SIGNALS:
    void windowsChanged();
    /// The database could not be read; the cached schedule is still shown. reason is translated.
    void loadFailed(const QString& reason);
    /// A record is safe: in the database (journaled false) or in the local journal.
    void saved(const QUuid& id, bool journaled);
    void saveFailed(const QUuid& id, const QString& reason);
    void journalSynced(int applied, int remaining);
    void journalSyncFailed(const QString& reason);
    void onlineChanged(bool online);

private:
    void write(const QString& kind, const QJsonObject& record);
    void applyLocally(const QString& kind, const QJsonObject& record);
    /// A write that was refused for good is no longer shown.
    void forget(quint64 seq);
    /// Takes a {windows, ticks} document (the cache's format) with the journal applied on top.
    void adopt(const QJsonObject& root);
    void writeCache() const;
    void setOnline(bool online);

    QPointer<DatabaseWorker> m_worker;
    OfflineJournal* m_journal;
    QList<MaintenanceWindow> m_windows;
    QHash<QUuid, QList<ChecklistTick>> m_ticks;
    /// A change made here after a read was sent is not in what that read returns (one worker, in
    /// order): it is applied again on top, or the window just saved would vanish until the next read.
    struct LocalWrite
    {
        quint64 seq;
        QString kind;
        QJsonObject record;
    };
    QList<LocalWrite> m_unread;
    quint64 m_writeSeq = 0;
    QString m_cacheFile;
    bool m_online = true;
    bool m_syncing = false;
    QTimer m_retry;
};

} // namespace Ops
