#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Ops {

struct ConnectionProfile;
class DatabaseWorker;

/// Who holds a stack's operator lock, from ops.lock_holders.
struct LockHolder
{
    QString osUser;
    QString host;
    QString profile;
    QString action; ///< "scale worker-llm"
    QDateTime since;
    bool known = false; ///< false: the lock is taken but its holder has not written its row (yet)
};

/// "One operator at a time per stack": every mutating action first takes
/// pg_try_advisory_lock(key of the stack) on this object's own connection (its own DatabaseWorker, so
/// the session-level lock lives exactly as long as that connection), and writes who holds it into
/// ops.lock_holders so that another console is told in words who it is waiting for. A console that dies
/// loses its connection and with it the lock; its stale row is overwritten by the next holder.
class OperatorLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorLock)

public:
    explicit OperatorLock(QObject* parent = nullptr);
    ~OperatorLock() override;

    void setConnectionParams(const PostgresConnectionParams& params);
    /// Client-side deadline of each lock request (default 10 s).
    void setDeadline(int ms);
    /// The stack's lock key; default keyFor() of the profile given to setProfile().
    void setKey(qint64 key) { m_key = key; }
    qint64 key() const { return m_key; }
    /// Connection parameters and key from a profile (the password comes from the keychain).
    void setProfile(const ConnectionProfile& profile, const QString& password = QString());

    /// A stable 64-bit key of the stack a profile points at — not of the profile's name, so that two
    /// consoles with differently named profiles of one stack share the lock.
    static qint64 keyFor(const ConnectionProfile& profile);

    /// Tries to take the lock for `action` ("scale worker-llm"); acquired(), refused() or failed() follows.
    void acquire(const QString& profile, const QString& action);
    /// Gives the lock back; released() (or failed()) follows.
    void release();
    /// Asks PostgreSQL whether this connection still holds the lock — a server that restarted or a
    /// connection that dropped (and was opened again) loses a session lock without a word. confirmed()
    /// follows; a lost lock is no longer held afterwards. Procedures call it before every mutating step.
    void confirm();
    bool isHeld() const { return m_held; }
    bool isBusy() const { return m_busy; }
    /// The last acquire() failed because PostgreSQL could not be reached in time (not because someone
    /// holds the lock): an emergency may then go on without it, audited as such.
    bool lastFailureUnreachable() const { return m_unreachable; }

    /// "held by ops@host since 12:03 for scale worker-llm" (translated).
    static QString describe(const LockHolder& holder);

Q_SIGNALS:
    void acquired();
    /// Someone else holds it; reason is describe(holder).
    void refused(const Ops::LockHolder& holder, const QString& reason);
    void failed(const QString& reason);
    void released();
    /// The answer to confirm(): `held`, or why not (translated).
    void confirmed(bool held, const QString& reason);

private:
    DatabaseWorker* m_worker;
    qint64 m_key = 0;
    bool m_held = false;
    bool m_busy = false;
    bool m_unreachable = false;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::LockHolder)
