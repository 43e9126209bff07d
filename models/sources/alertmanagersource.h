#pragma once

#include "models/net/alertmanagerapiparser.h"
#include "models/sources/source.h"

#include <QDateTime>
#include <QMetaType>
#include <QPointer>
#include <QVector>

namespace Ops {

class ApiRequest;
class HttpClient;
class PollSchedule;

/// What Alertmanager held at one check: every alert Prometheus sent it, with its silences.
struct AlertmanagerSnapshot
{
    QVector<AmAlert> alerts;
    QDateTime checkedAt; ///< UTC
};

/// Watches the stack's Alertmanager (`GET /api/v2/alerts`) when the profile names one: its alerts
/// show which of Prometheus' firing alerts are silenced, and still arrive while Prometheus itself
/// cannot be asked. Unreachable or a bad answer -> Down with words; otherwise Ok (alerts are data for
/// the alerts list and the verdict, not a verdict on Alertmanager).
class AlertmanagerSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerSource)

public:
    static constexpr int kDefaultIntervalMs = 30000;
    static constexpr int kDefaultDeadlineMs = 5000;
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

    /// Asks the Alertmanager of `http` (HttpService::Alertmanager).
    explicit AlertmanagerSource(HttpClient* http, QObject* parent = nullptr);
    ~AlertmanagerSource() override;

    void setInterval(int ms);
    void setDeadline(int ms) { m_deadlineMs = ms; }
    void setMinimumBackoff(int ms);

    void start() override;
    void stop() override;
    void refresh() override;
    bool isChecking() const { return m_request != nullptr; }
    AlertmanagerSnapshot lastSnapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotReady(const Ops::AlertmanagerSnapshot& snapshot);

private:
    void check();
    void cancelRequest();

    QPointer<HttpClient> m_http;
    PollSchedule* m_schedule;
    int m_deadlineMs = kDefaultDeadlineMs;
    QPointer<ApiRequest> m_request;
    AlertmanagerSnapshot m_snapshot;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::AlertmanagerSnapshot)
