#include "models/rollback/rollbackverifier.h"
#include "models/core/formatting.h"

#include "models/stack/orchestrator.h"
#include "models/stack/smoketestcommand.h"
#include "models/rollback/rollbackassessor.h"
#include "models/rollback/rollbackplan.h"
#include "models/net/apirequest.h"
#include "models/net/httpclient.h"
#include "models/stack/processrunner.h"
#include "models/net/prometheusclient.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Ops {

RollbackVerifier::RollbackVerifier(HttpClient* http, QObject* parent)
    : QObject(parent), m_http(http), m_prometheus(new PrometheusClient(http, this))
{
}

RollbackVerifier::~RollbackVerifier() = default;

void RollbackVerifier::setDeadline(int ms, int intervalMs)
{
    m_deadlineMs = ms;
    m_intervalMs = intervalMs;
}

QString RollbackVerifier::title(Check check)
{
    switch (check) {
    case Check::Health:
        return tr("/health is healthy", "rollback: rollbackverifier");
    case Check::Version:
        return tr("/version is the target version");
    case Check::Tables:
        return tr("The backup's tables are there");
    case Check::SmokeTest:
        return tr("The smoke test passes");
    case Check::ErrorRate:
        return tr("5xx share under 1 % since the rollback finished (Prometheus)");
    }
    return QString();
}

QString RollbackVerifier::rangeSince(const QDateTime& since, const QDateTime& until)
{
    return QString::number(std::max<qint64>(1, since.msecsTo(until))) + QStringLiteral("ms");
}

RollbackVerifier::Result& RollbackVerifier::result(Check check)
{
    for (Result& r : m_results) {
        if (r.check == check)
            return r;
    }
    Result fresh;
    fresh.check = check;
    m_results.append(fresh);
    return m_results.last();
}

void RollbackVerifier::verify(const QString& targetVersion)
{
    cancel();
    ++m_generation;
    m_target = targetVersion;
    m_running = true;
    m_results.clear();
    m_elapsed.start();
    m_sinceUsed = m_since.isValid() ? m_since.toUTC() : QDateTime::currentDateTimeUtc();
    m_measuredFrom = QDateTime();
    m_measuredTo = QDateTime();
    QList<Check> checks = {Check::Health, Check::Version};
    m_tablesRead = false;
    if (!m_backupFile.isEmpty())
        checks << Check::Tables;
    checks << Check::SmokeTest << Check::ErrorRate;
    for (Check c : checks)
        result(c);
    for (Check c : checks)
        run(c);
}

void RollbackVerifier::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_smoke)
        m_smoke->cancel();
    m_prometheus->cancelAll();
}

void RollbackVerifier::report(Check check, bool ok, const QString& detail)
{
    if (!m_running)
        return;
    Result& r = result(check);
    const bool again = !ok && m_elapsed.elapsed() + m_intervalMs < m_deadlineMs;
    r.ok = ok;
    r.done = !again;
    r.detail = detail;
    Q_EMIT checkUpdated(check, ok, r.done, detail);
    if (again) {
        const quint64 generation = m_generation;
        QTimer::singleShot(m_intervalMs, this, [this, check, generation] {
            if (generation == m_generation && m_running)
                run(check);
        });
        return;
    }
    for (const Result& each : std::as_const(m_results)) {
        if (!each.done)
            return;
    }
    m_running = false;
    bool all = true;
    for (const Result& each : std::as_const(m_results))
        all = all && each.ok;
    Q_EMIT finished(all);
}

void RollbackVerifier::run(Check check)
{
    const quint64 generation = m_generation;
    switch (check) {
    case Check::Health:
    case Check::Version: {
        const QString path = check == Check::Health ? QStringLiteral("/health") : QStringLiteral("/version");
        ApiRequest* request = m_http->get(HttpService::Api, path, {}, this, 5000);
        connect(request, &ApiRequest::finished, this, [this, check, generation](const HttpOutcome& outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.transferred()) {
                report(check, false, outcome.reason);
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(outcome.body).object();
            if (check == Check::Health) {
                const QString status = body.value(QStringLiteral("status")).toString();
                report(check, outcome.httpStatus == 200 && status == QLatin1String("healthy"),
                       tr("HTTP %1, status \"%2\"").arg(outcome.httpStatus).arg(status));
            } else {
                const QString version = body.value(QStringLiteral("version")).toString();
                // The API reports the tag without a leading "v" (v0.1.0 deploys as 0.1.0).
                const auto bare = [](const QString& v) {
                    return v.size() > 1 && (v.at(0) == u'v' || v.at(0) == u'V') && v.at(1).isDigit()
                               ? v.mid(1)
                               : v;
                };
                report(check, bare(version) == bare(m_target),
                       tr("running %1, target %2", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message").arg(version.isEmpty() ? tr("(none)", "rollback: rollbackverifier") : version, m_target));
            }
        });
        break;
    }
    case Check::Tables: {
        if (!m_orchestrator) {
            report(check, false, tr("no orchestrator to ask"));
            return;
        }
        if (!m_tablesRead) {
            // The backup may be gigabytes: its CREATE TABLE lines are read off the GUI thread, once.
            auto* watcher = new QFutureWatcher<QSet<QString>>(this);
            connect(watcher, &QFutureWatcher<QSet<QString>>::finished, this,
                    [this, watcher, check, generation] {
                        watcher->deleteLater();
                        if (generation != m_generation)
                            return;
                        m_tables = watcher->result();
                        m_tablesRead = true;
                        run(check);
                    });
            watcher->setFuture(QtConcurrent::run(&RollbackPlan::tablesInDump, m_backupFile));
            return;
        }
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        const auto drop = [connections] {
            for (const auto& c : std::as_const(*connections))
                disconnect(c);
        };
        *connections << connect(m_orchestrator, &Orchestrator::finished, this,
                                [this, check, generation, drop](const OrchestratorResult& r) {
                                    if (r.action != QLatin1String("verify-tables"))
                                        return;
                                    drop();
                                    if (generation != m_generation)
                                        return;
                                    if (!r.ok) {
                                        report(check, false, r.error);
                                        return;
                                    }
                                    QSet<QString> present;
                                    for (const QByteArray& line : r.output.split('\n')) {
                                        if (!line.trimmed().isEmpty())
                                            present.insert(QString::fromUtf8(line).trimmed());
                                    }
                                    QStringList missing;
                                    for (const QString& t : std::as_const(m_tables)) {
                                        if (!present.contains(t))
                                            missing << t;
                                    }
                                    missing.sort();
                                    report(check, missing.isEmpty(),
                                           missing.isEmpty()
                                               ? tr("%1 table(s) of the backup present").arg(m_tables.size())
                                               : tr("missing: %1", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message").arg(missing.join(QStringLiteral(", "))));
                                })
                     << connect(m_orchestrator, &Orchestrator::refused, this,
                                [this, check, generation, drop](const QString& reason) {
                                    drop();
                                    if (generation == m_generation)
                                        report(check, false, reason);
                                });
        m_orchestrator->runCommands(
            QStringLiteral("verify-tables"), {},
            {m_orchestrator->databaseQueryCommand(m_profile.pgUser, m_profile.pgDatabase,
                                                  RollbackPlan::tablesQuery())});
        break;
    }
    case Check::SmokeTest: {
        QString invalid;
        const QStringList argv = SmokeTestCommand::argv(m_profile, &invalid);
        if (argv.isEmpty()) {
            report(check, false, invalid);
            return;
        }
        auto* runner = new ProcessRunner(this);
        m_smoke = runner;
        runner->setProgram(argv.first());
        runner->setArguments(argv.mid(1));
        runner->setTimeout(60000);
        connect(runner, &ProcessRunner::startFailed, this,
                [this, runner, check, generation](const QString& why) {
                    runner->deleteLater();
                    if (generation == m_generation)
                        report(check, false, why);
                });
        connect(runner, &ProcessRunner::finished, this,
                [this, runner, check, generation](int exitCode, QProcess::ExitStatus status, const QString&,
                                                  bool) {
                    runner->deleteLater();
                    if (generation != m_generation)
                        return;
                    const QList<QByteArray> lines = runner->collectedOutput().trimmed().split('\n');
                    const QString last = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last());
                    report(check, status == QProcess::NormalExit && exitCode == 0,
                           tr("exit code %1: %2", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message").arg(exitCode).arg(last));
                });
        runner->start();
        break;
    }
    case Check::ErrorRate: {
        // The range is exactly [finished, now]: evaluated at `now` over the milliseconds since the finish,
        // so nothing from before the rollback (the spike it answered) is counted.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        result(check).figure.reset(); // a failed try leaves no older figure standing
        const qint64 observed = m_sinceUsed.msecsTo(now);
        if (observed < m_minimumObservationMs) {
            report(check, false,
                   tr("measuring since %1: %2 so far, judged after %3",
                      "rollback: rollbackverifier: error rate not judged yet; %1 is a time with its zone, %2 and %3 durations")
                       .arg(Format::utcAndLocal(m_sinceUsed, Format::Precision::Seconds), Format::duration(std::max<qint64>(0, observed)),
                            Format::duration(m_minimumObservationMs)));
            return;
        }
        m_prometheus->query(
            RollbackAssessor::errorPercentQuery(rangeSince(m_sinceUsed, now)), now, this,
            [this, check, generation, now](const PromQueryResult& r) {
                if (generation != m_generation)
                    return;
                if (!r.status.ok) {
                    report(check, false, r.status.error);
                    return;
                }
                if (r.series.isEmpty() || r.series.first().points.isEmpty() ||
                    !std::isfinite(r.series.first().points.last().y())) {
                    report(check, false, tr("no data yet", "rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message"));
                    return;
                }
                const double v = r.series.first().points.last().y();
                m_measuredFrom = m_sinceUsed;
                m_measuredTo = now;
                result(check).figure = v;
                report(check, v < kMaxErrorPercent,
                       tr("5xx share %1 % since the rollback finished at %2 (%3)",
                          "rollback: rollbackverifier: %2 is a time with its zone, %3 the duration measured")
                           .arg(v, 0, 'f', 2)
                           .arg(Format::utcAndLocal(m_sinceUsed, Format::Precision::Seconds), Format::duration(m_sinceUsed.msecsTo(now))));
            });
        break;
    }
    }
}

} // namespace Ops
