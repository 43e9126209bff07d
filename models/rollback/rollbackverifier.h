#pragma once

#include "models/net/httpclient.h"
#include "models/stack/orchestrator.h"
#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Ops {

class PrometheusClient;
class ProcessRunner;

/// The runbook's verification after a rollback, each check repeated until it passes or its deadline
/// ends (services take a moment to come back): /health is healthy, /version equals the target, the
/// backup's tables are there (full rollback), the profile's smoke-test command exits 0, and the 5xx
/// share from Prometheus is under 1 % — measured over exactly the time since the rollback finished
/// ([finishedAt, now], the range growing with every try), never over a fixed window that would still hold
/// the spike before it. Never blocks.
class RollbackVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackVerifier)

public:
    enum class Check
    {
        Health,
        Version,
        Tables,
        SmokeTest,
        ErrorRate
    };
    Q_ENUM(Check)

    struct Result
    {
        Check check = Check::Health;
        bool ok = false;
        bool done = false;
        QString detail; ///< translated
        std::optional<double> figure; ///< ErrorRate: the 5xx share measured, percent
    };

    /// `orchestrator` (not owned) runs the table query; it may be null when no tables are expected.
    /// Asks the API and Prometheus through `http`.
    explicit RollbackVerifier(HttpClient* http, QObject* parent = nullptr);
    ~RollbackVerifier() override;

    void setProfile(const ConnectionProfile& profile) { m_profile = profile; }
    void setOrchestrator(Orchestrator* orchestrator) { m_orchestrator = orchestrator; }
    /// The restored backup (full rollback): its tables must exist. Empty: no tables check in this run.
    void setBackupFile(const QString& path) { m_backupFile = path; }
    /// When the rollback finished (UTC): the error rate is measured from there to each try's now. Invalid:
    /// from when verify() was called.
    void setMeasuredSince(const QDateTime& finishedAt) { m_since = finishedAt; }
    /// How long after the finish the error rate is first judged (default 30 s: two scrapes at Prometheus'
    /// default interval); before that the check says how long it has measured and tries again.
    void setMinimumObservation(int ms) { m_minimumObservationMs = ms; }
    /// The range [from, to] of the last error-rate measurement (invalid before the first one).
    QDateTime measuredFrom() const { return m_measuredFrom; }
    QDateTime measuredTo() const { return m_measuredTo; }
    /// The Prometheus range selector for [since, until]: whole milliseconds, never reaching before since.
    static QString rangeSince(const QDateTime& since, const QDateTime& until);
    /// How long each check may keep trying (default 180 s), and the pause between tries (default 3 s).
    void setDeadline(int ms, int intervalMs);

    void verify(const QString& targetVersion);
    void cancel();
    bool isRunning() const { return m_running; }
    QList<Result> results() const { return m_results; }
    static QString title(Check check);
    static constexpr double kMaxErrorPercent = 1.0;

Q_SIGNALS:
    /// A try of a check ended; `done` when it passed or will not be tried again.
    void checkUpdated(Ops::RollbackVerifier::Check check, bool ok, bool done, const QString& detail);
    void finished(bool allOk);

private:
    void run(Check check);
    void report(Check check, bool ok, const QString& detail);
    Result& result(Check check);

    ConnectionProfile m_profile;
    QPointer<Orchestrator> m_orchestrator;
    QString m_backupFile;
    QSet<QString> m_tables;
    bool m_tablesRead = false;
    QDateTime m_since;
    QDateTime m_sinceUsed;
    QDateTime m_measuredFrom;
    QDateTime m_measuredTo;
    int m_minimumObservationMs = 30000;
    int m_deadlineMs = 180000;
    int m_intervalMs = 3000;
    QString m_target;
    bool m_running = false;
    quint64 m_generation = 0;
    QElapsedTimer m_elapsed;
    QList<Result> m_results;
    QPointer<HttpClient> m_http;
    PrometheusClient* m_prometheus;
    QPointer<ProcessRunner> m_smoke;
};

} // namespace Ops
