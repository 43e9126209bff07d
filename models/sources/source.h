#pragma once

#include "models/core/health.h"

#include <QObject>
#include <QString>

namespace Ops {

/// Anything the console polls: API, PostgreSQL, Redis, Prometheus, the orchestrator.
/// Signal-only: the GUI never waits on a source. Every call inside has a client-side deadline;
/// failures arrive as data (CheckResult with a translated reason), never as exceptions.
/// Concrete sources add their own typed `snapshotReady(const XSnapshot&)` signal.
class Source : public QObject
{
    Q_OBJECT

public:
    explicit Source(QString id, QObject* parent = nullptr);

    /// Stable identifier ("api", "postgres", "redis", "prometheus", "orchestrator", "host").
    QString id() const { return m_id; }
    /// Starts periodic checks (the first one at once).
    virtual void start() = 0;
    virtual void stop() = 0;
    /// One check now, outside the schedule; a check already running is not doubled.
    virtual void refresh() = 0;

    CheckResult lastResult() const { return m_last; }
    /// UTC time of the last check the server answered (latencyMs >= 0), good or bad; invalid: never.
    /// Timeouts and unreachable servers do not move it, so its age is how long the source has been
    /// silent — the dashboard shows it per source, never another source's time.
    QDateTime lastAnswerAt() const { return m_lastAnswerAt; }

Q_SIGNALS:
    /// Every outcome, good or bad.
    void checked(const Ops::CheckResult& result);
    void healthChanged(Ops::Health health);

protected:
    /// Records and announces an outcome; call on the source's (GUI) thread.
    void report(const CheckResult& result);

private:
    QString m_id;
    CheckResult m_last;
    QDateTime m_lastAnswerAt;
};

} // namespace Ops
