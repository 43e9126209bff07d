#pragma once

#include "models/net/httpclient.h"
#include "models/stack/orchestrator.h"
#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Ops {

class PrometheusClient;
class ProcessRunner;

/// The runbook's verification after a rollback, each check repeated until it passes or its deadline
/// ends (services take a moment to come back): /health is healthy, /version equals the target, the
/// backup's tables are there (full rollback), the profile's smoke-test command exits 0, and the 5xx
/// share from Prometheus is under 1 %. Never blocks.
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
    };

    /// `orchestrator` (not owned) runs the table query; it may be null when no tables are expected.
    /// Asks the API and Prometheus through `http`.
    explicit RollbackVerifier(HttpClient* http, QObject* parent = nullptr);
    ~RollbackVerifier() override;

    void setProfile(const ConnectionProfile& profile) { m_profile = profile; }
    void setOrchestrator(Orchestrator* orchestrator) { m_orchestrator = orchestrator; }
    /// The restored backup (full rollback): its tables must exist. Empty: no tables check in this run.
    void setBackupFile(const QString& path) { m_backupFile = path; }
    void setRateWindow(const QString& window) { m_window = window; }
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
    QString m_window = QStringLiteral("1m");
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
