#include "models/profiles/secretstore.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Ops {

namespace {
// Shared between the job's callback and the deadline timer: whichever comes first answers.
// Shared by the keychain thread (the job's answer) and the GUI thread (the deadline).
struct PendingSecret
{
    QPromise<SecretResult> promise;
    QMutex mutex;
    bool done = false;

    ~PendingSecret()
    {
        // Never leave a future without a result: continuations expect one.
        finish({SecretResult::Status::Unavailable, {},
                QCoreApplication::translate("Ops::SecretStore", "The keychain request was abandoned.")});
    }

    bool isDone()
    {
        const QMutexLocker lock(&mutex);
        return done;
    }

    void finish(const SecretResult& result)
    {
        const QMutexLocker lock(&mutex);
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

SecretStore::~SecretStore() = default;

QObject* SecretStore::worker()
{
    // One thread for every store of the process: QtKeychain queues all jobs in one executor object,
    // which lives on the thread that first used it. It ends with the application (a job stuck in the
    // keychain is given a second, then left behind).
    static QObject* const worker = [] {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        auto* object = new QObject;
        object->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, object, &QObject::deleteLater);
        thread->start();
        qAddPostRoutine([] {
            QThread* t = SecretStore::worker()->thread();
            t->quit();
            if (t->wait(1000))
                delete t;
        });
        return object;
    }();
    return worker;
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

QFuture<SecretResult> SecretStore::start(Op op, const QString& key, const QString& value)
{
    auto pending = std::make_shared<PendingSecret>();
    pending->promise.start();
    QFuture<SecretResult> future = pending->promise.future();

    QPointer<SecretStore> self(this);
    // Called before the job's future completes. The flag changes at once, on the job's thread: a
    // continuation run the moment it is attached to an already finished future (QFuture::then runs it
    // directly then) saw the old state when the change went through the event queue (seen under load).
    const auto report = [self, flag = m_available](bool available) {
        if (flag->exchange(available) == available)
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, available] {
                if (self)
                    Q_EMIT self->availabilityChanged(available);
            },
            Qt::QueuedConnection);
    };
    // Built and started on the keychain thread. Jobs have no parent: deleting one while libsecret still
    // answers it crashes QtKeychain, so a job always lives until it finishes and deletes itself.
    QMetaObject::invokeMethod(
        worker(),
        [pending, report, op, key, value] {
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
            // The job is the context: its answer completes the future even when the store is gone.
            connect(job, &QKeychain::Job::finished, job, [pending, report, op](QKeychain::Job* j) {
                qCDebug(lcSecrets) << "keychain job answered:" << j->key() << j->error();
                SecretResult r;
                switch (j->error()) {
                case QKeychain::NoError:
                    r.status = SecretResult::Status::Ok;
                    if (op == Op::Read)
                        r.value = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
                    report(true);
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
                    report(false);
                    break;
                }
                pending->finish(r);
            });
            job->start();
        },
        Qt::QueuedConnection);

    // Jobs can hang forever when no keyring daemon answers: never let that reach the operator. The
    // deadline runs on the GUI thread, whatever the keychain thread is doing.
    QTimer::singleShot(m_deadlineMs, QCoreApplication::instance(), [pending, report] {
        if (pending->isDone())
            return;
        qCWarning(lcSecrets) << "keychain job timed out";
        report(false);
        pending->finish({SecretResult::Status::TimedOut, {}, tr("The system keychain did not answer in time.")});
    });
    return future;
}

} // namespace Ops
