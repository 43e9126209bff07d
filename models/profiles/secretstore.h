#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Ops {

/// The answer of one keychain job. Errors are data: `ok == false` with a translated reason.
struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, TimedOut };
    Status status = Status::Unavailable;
    QString value;  ///< the secret (reads only)
    QString reason; ///< translated, empty when Ok
    bool ok() const { return status == Status::Ok; }
};

/// Passwords and tokens, only in the system keychain (QtKeychain), never in settings.
/// Every job has a deadline: a keychain that hangs answers TimedOut instead of freezing anything.
/// Jobs run on a thread of their own ("keychain"): loading libsecret, opening its D-Bus session (a
/// Diffie-Hellman exchange) and QtKeychain's synchronous D-Bus probes never cost the GUI thread.
/// When the keychain cannot be used, the console asks for the secret and keeps it for this run only
/// (rememberForThisRun), in memory.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject* parent = nullptr, int deadlineMs = 5000);
    ~SecretStore() override;

    /// Runs `callback` on the GUI thread with the answer, unless `context` is gone by then.
    /// Use this, not QFuture::then(context, …): Qt 6.4 asserts when that context dies first.
    static void whenDone(const QFuture<SecretResult>& future, QObject* context,
                         std::function<void(const SecretResult&)> callback);

    QFuture<SecretResult> read(const QString& key);
    QFuture<SecretResult> write(const QString& key, const QString& value);
    QFuture<SecretResult> remove(const QString& key);

    /// Keeps a secret in memory for this process only (the keychain was unavailable).
    void rememberForThisRun(const QString& key, const QString& value);
    bool hasRunOnlySecret(const QString& key) const { return m_runOnly.contains(key); }
    /// False once a job reported that no keychain can be used in this session. Set before the job's
    /// future completes, so whoever sees the future finished (a continuation, a poll) sees this too;
    /// availabilityChanged follows on the GUI thread's next turn.
    bool keychainAvailable() const { return m_available->load(); }

    static QString serviceName();

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    enum class Op { Read, Write, Remove };
    QFuture<SecretResult> start(Op op, const QString& key, const QString& value);

    /// Lives on the keychain thread; QtKeychain's jobs are created there.
    static QObject* worker();

    int m_deadlineMs;
    /// Shared with the jobs' callbacks on the keychain thread, which may outlive the store.
    std::shared_ptr<std::atomic<bool>> m_available = std::make_shared<std::atomic<bool>>(true);
    QHash<QString, QString> m_runOnly;
};

} // namespace Ops
