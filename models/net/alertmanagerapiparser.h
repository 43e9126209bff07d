#pragma once

#include "models/net/apirequest.h"
#include "models/net/prometheustypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace Ops {

/// One alert as Alertmanager holds it (`GET /api/v2/alerts`, the gettableAlert of its OpenAPI spec).
/// Alertmanager only holds alerts Prometheus sent it, i.e. firing ones; "suppressed" means silenced
/// or inhibited, and such an alert is not news for the operator.
struct AmAlert
{
    enum class State { Active, Suppressed, Unprocessed };
    QString name;            ///< the alertname label
    State state = State::Active;
    PromLabels labels;
    PromLabels annotations;
    QString summary;         ///< annotations["summary"]
    QStringList silencedBy;  ///< silence ids
    QStringList inhibitedBy; ///< fingerprints of the inhibiting alerts
    QDateTime startsAt;      ///< UTC
    QString fingerprint;

    bool isSilenced() const { return state == State::Suppressed && !silencedBy.isEmpty(); }
    bool isSuppressed() const { return state == State::Suppressed; }
};

struct AmAlertsResult
{
    bool ok = false;
    QString error; ///< translated; empty when ok
    QVector<AmAlert> alerts;
    qint64 latencyMs = -1; ///< -1 when no HTTP answer arrived
};

/// Turns Alertmanager's API v2 answers into value types. Pure functions, testable with canned bodies.
/// Alertmanager answers a bare JSON array (no envelope like Prometheus'); errors are HTTP statuses
/// with a JSON string or an object with "message".
class AlertmanagerApiParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::AlertmanagerApiParser)

public:
    /// At most this many alerts are read from one answer; the rest is ignored (a bounded input).
    static constexpr int kMaxAlerts = 5000;

    static AmAlertsResult alerts(const HttpOutcome& outcome);
    static AmAlert::State alertState(const QString& text);
};

} // namespace Ops
