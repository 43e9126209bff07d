#include "models/profiles/secretstore.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Ops {

namespace {
// Shared between the job's callback and the deadline timer: whichever comes first answers.
struct PendingSecret
{
    QPromise<SecretResult> promise;
    bool done = false;

    ~PendingSecret()
    {
        // Never leave a future without a result: continuations expect one.
        finish({SecretResult::Status::Unavailable, {},
                QCoreApplication::translate("Ops::SecretStore", "The keychain request was abandoned.")});
    }

    void finish(const SecretResult& result)
    {
        if (done)
            return;
        done = true;
        promise.addResult(result);
        promise.finish();
    }
};
} // namespace

SecretStore::SecretStore(QObject* parent, int deadlineMs)
    : QObject(parent)
    , m_deadlineMs(deadlineMs)
{
}

void SecretStore::whenDone(const QFuture<SecretResult>& future, QObject* context,
                           std::function<void(const SecretResult&)> callback)
{
    // The watcher is the context's child: when the context goes, so does the callback.
    auto* watcher = new QFutureWatcher<SecretResult>(context);
    QObject::connect(watcher, &QFutureWatcher<SecretResult>::finished, watcher, [watcher, callback] {
        const QFuture<SecretResult> f = watcher->future();
        if (f.resultCount() > 0)
            callback(f.result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

QString SecretStore::serviceName()
{
    return QStringLiteral("opsconsole");
}

QFuture<SecretResult> SecretStore::read(const QString& key)
{
    if (m_runOnly.contains(key)) {
        SecretResult r{SecretResult::Status::Ok, m_runOnly.value(key), {}};
        QPromise<SecretResult> p;
        p.start();
        p.addResult(r);
        p.finish();
        return p.future();
    }
    return start(Op::Read, key, {});
}

QFuture<SecretResult> SecretStore::write(const QString& key, const QString& value)
{
    return start(Op::Write, key, value);
}

QFuture<SecretResult> SecretStore::remove(const QString& key)
{
    m_runOnly.remove(key);
    return start(Op::Remove, key, {});
}

void SecretStore::rememberForThisRun(const QString& key, const QString& value)
{
    m_runOnly.insert(key, value);
}

void SecretStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

QFuture<SecretResult> SecretStore::start(Op op, const QString& key, const QString& value)
{
    auto pending = std::make_shared<PendingSecret>();
    pending->promise.start();
    QFuture<SecretResult> future = pending->promise.future();

    // Jobs have no parent: deleting one while libsecret still answers it crashes QtKeychain,
    // so a job always lives until it finishes and deletes itself, even after the store is gone.
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read: job = new QKeychain::ReadPasswordJob(serviceName()); break;
    case Op::Write: {
        auto* w = new QKeychain::WritePasswordJob(serviceName());
        w->setTextData(value);
        job = w;
        break;
    }
    case Op::Remove: job = new QKeychain::DeletePasswordJob(serviceName()); break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never write secrets in clear into settings, whatever the platform offers.
    job->setInsecureFallback(false);

    QPointer<SecretStore> self(this);
    // The job is the context: its answer completes the future even when the store is gone.
    connect(job, &QKeychain::Job::finished, job, [pending, self, op](QKeychain::Job* j) {
        SecretResult r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = SecretResult::Status::Ok;
            if (op == Op::Read)
                r.value = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            if (self)
                self->setAvailable(true);
            break;
        case QKeychain::EntryNotFound:
            r.status = SecretResult::Status::NotFound;
            r.reason = tr("No secret is stored for this entry.");
            if (op == Op::Remove)
                r.status = SecretResult::Status::Ok, r.reason.clear();
            break;
        default:
            r.status = SecretResult::Status::Unavailable;
            r.reason = tr("The system keychain is not available: %1").arg(j->errorString());
            qCWarning(lcSecrets) << "keychain job failed:" << j->error() << j->errorString();
            if (self)
                self->setAvailable(false);
            break;
        }
        pending->finish(r);
    });

    // Jobs can hang forever when no keyring daemon answers: never let that reach the operator.
    QTimer::singleShot(m_deadlineMs, job, [pending, self] {
        if (pending->done)
            return;
        qCWarning(lcSecrets) << "keychain job timed out";
        if (self)
            self->setAvailable(false);
        pending->finish({SecretResult::Status::TimedOut, {}, tr("The system keychain did not answer in time.")});
    });

    job->start();
    return future;
}

} // namespace Ops
