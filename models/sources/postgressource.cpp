#include "models/sources/postgressource.h"

#include "models/core/logging.h"
#include "models/profiles/connectionprofile.h"
#include "models/sources/postgresworker.h"

#include <QLocale>
#include <QThread>
#include <algorithm>

namespace Ops {

namespace {

QString seconds(int ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

/// Deletes a worker thread once it has completely ended. QThread::finished is emitted while the
/// thread still tears down (it deletes the worker and its connection after the signal), and
/// ~QThread waits for that: deleting it straight from finished could block the GUI thread.
void reapThread(const QPointer<QThread>& thread)
{
    if (!thread)
        return;
    if (thread->isFinished()) {
        delete thread.data();
        return;
    }
    QTimer::singleShot(20, thread, [thread] { reapThread(thread); });
}

} // namespace

PostgresSource::PostgresSource(QObject* parent)
    : Source(QStringLiteral("postgres"), parent)
    , m_schedule(60000)
{
    qRegisterMetaType<Ops::PostgresSnapshot>();
    qRegisterMetaType<Ops::PostgresConnectionParams>();
    qRegisterMetaType<Ops::Health>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &PostgresSource::onDeadline);
    connect(&m_schedule, &PollSchedule::due, this, &PostgresSource::runCheck);
}

PostgresSource::~PostgresSource()
{
    // Never wait for a worker here: it may be blocked on a frozen server. Its thread is told to end
    // once the current call returns, then the thread and the worker delete themselves.
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    if (m_thread)
        m_thread->quit();
}

void PostgresSource::setProfile(const ConnectionProfile& profile, const QString& password)
{
    setConnectionParams(PostgresConnectionParams::fromProfile(profile, password));
}

void PostgresSource::setConnectionParams(const PostgresConnectionParams& params)
{
    m_params = params;
}

void PostgresSource::setInterval(int ms)
{
    m_schedule.setInterval(ms);
}

void PostgresSource::setDeadline(int ms)
{
    m_deadlineMs = std::max(100, ms);
}

void PostgresSource::start()
{
    m_schedule.start();
}

void PostgresSource::stop()
{
    m_schedule.stop();
    m_deadline.stop();
    if (m_pending) {
        m_pending = false;
        ++m_generation; // whatever the worker answers now is stale
    }
}

void PostgresSource::refresh()
{
    runCheck();
}

int PostgresSource::workerThreads() const
{
    int count = 0;
    if (m_thread && m_thread->isRunning())
        ++count;
    if (m_abandoned && m_abandoned->isRunning())
        ++count;
    return count;
}

void PostgresSource::ensureWorker()
{
    if (m_thread && m_worker)
        return;
    auto* thread = new QThread; // parentless: it may outlive this source while blocked in libpq
    thread->setObjectName(QStringLiteral("postgres-worker"));
    auto* worker = new PostgresWorker;
    worker->moveToThread(thread);
    // The worker is deleted on its own thread (closing its connection there), the thread afterwards.
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, [thread] { reapThread(thread); }, Qt::QueuedConnection);
    connect(worker, &PostgresWorker::finished, this, &PostgresSource::onWorkerFinished, Qt::QueuedConnection);
    thread->start();
    m_thread = thread;
    m_worker = worker;
}

void PostgresSource::abandonWorker()
{
    if (!m_thread)
        return;
    qCWarning(lcPostgres) << "abandoning a worker stuck on" << m_params.displayName();
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_thread->quit(); // takes effect when the blocked call returns
    m_abandoned = m_thread;
    ++m_abandonedTotal;
    m_thread = nullptr;
    m_worker = nullptr;
}

void PostgresSource::runCheck()
{
    if (m_pending)
        return;
    if (m_abandoned && m_abandoned->isRunning()) {
        // A server that stays frozen must not cost a new thread per interval.
        CheckResult result;
        result.health = Health::Down;
        result.reason = tr("still waiting for the previous check: the server has not answered for more than %1 s")
                            .arg(seconds(m_deadlineMs));
        result.checkedAt = QDateTime::currentDateTimeUtc();
        finishCheck(result);
        return;
    }
    ensureWorker();
    const quint64 generation = ++m_generation;
    m_pending = true;
    m_elapsed.start();
    m_deadline.start(m_deadlineMs);

    PostgresConnectionParams params = m_params;
    // The server and libpq should give up before our own deadline does.
    params.connectTimeoutS = std::max(2, m_deadlineMs / 2000);
    params.statementTimeoutMs = std::max(200, m_deadlineMs / 2);
    PostgresWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, params] { worker->check(generation, params); }, Qt::QueuedConnection);
}

void PostgresSource::onWorkerFinished(quint64 generation, const PostgresSnapshot& snapshot, Health health,
                                      const QString& reason)
{
    if (!m_pending || generation != m_generation)
        return; // a check we already gave up on, or stopped
    m_pending = false;
    m_deadline.stop();

    CheckResult result;
    result.health = health;
    result.reason = reason;
    result.checkedAt = snapshot.checkedAt.isValid() ? snapshot.checkedAt : QDateTime::currentDateTimeUtc();
    result.latencyMs = m_elapsed.elapsed();
    if (health != Health::Down) {
        m_lastSnapshot = snapshot;
        Q_EMIT snapshotReady(snapshot);
    } else {
        qCInfo(lcPostgres) << m_params.displayName() << "down:" << reason;
    }
    finishCheck(result);
}

void PostgresSource::onDeadline()
{
    if (!m_pending)
        return;
    m_pending = false;
    ++m_generation;
    abandonWorker();
    CheckResult result;
    result.health = Health::Down;
    result.reason = tr("no answer within %1 s").arg(seconds(m_deadlineMs));
    result.checkedAt = QDateTime::currentDateTimeUtc();
    finishCheck(result);
}

void PostgresSource::finishCheck(const CheckResult& result)
{
    const bool ok = result.health == Health::Ok || result.health == Health::Degraded;
    report(result);
    m_schedule.checkFinished(ok);
}

} // namespace Ops
