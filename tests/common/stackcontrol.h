#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Faults injected into the local stack's real containers (scripts/stack.sh): a server frozen with
/// `docker pause` (its processes stopped as with SIGSTOP, the port still accepting connections),
/// stopped with `docker stop` and started again. Every fault is undone by a guard, even when the test
/// fails half way, and `scripts/stack.sh reset` undoes whatever a killed test left.
namespace StackControl {

/// A loopback port nobody listens on right now.
int freeTcpPort();
/// Threads of this process (/proc/self/task).
int threadCount();

/// The containers of a compose service ("postgres", "redis", "app", …), by name.
QStringList containersOf(const QString& service);
bool serviceRunning(const QString& service);
/// docker stop / start of every container of the service; true when docker said yes.
bool stopService(const QString& service);
bool startService(const QString& service);
/// Waits (polling, with a deadline) until the service's published port accepts connections again.
bool waitUntilReachable(const QString& host, int port, int timeoutMs);

/// docker pause for a while; docker unpause on release() or destruction. A detached watchdog
/// (`scripts/stack.sh scenario normal` after `watchdogSeconds`) unfreezes it even if this test dies.
class FreezeGuard
{
public:
    FreezeGuard(const QString& service, int watchdogSeconds);
    ~FreezeGuard();
    void release();
    bool frozen() const { return m_frozen; }
    FreezeGuard(const FreezeGuard&) = delete;
    FreezeGuard& operator=(const FreezeGuard&) = delete;

private:
    QString m_service;
    bool m_frozen = false;
    qint64 m_watchdog = 0; ///< pid of the watchdog: ended on release, so it never resets a later test's stack
};

/// Starts the service again (and waits until it runs) at the end of a test that stopped it.
struct RunningGuard
{
    explicit RunningGuard(QString service) : service(std::move(service)) {}
    ~RunningGuard();
    QString service;
};

} // namespace StackControl
