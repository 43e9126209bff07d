#pragma once

#include "models/net/prometheustypes.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace Ops {

/// Turns answers of Prometheus' HTTP API (`/api/v1/...`) into value types. Pure functions:
/// unit-testable with canned bodies. Handles the envelope, HTTP 400/422/503, and non-JSON bodies
/// that proxies put in front of Prometheus.
class PrometheusApiParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::PrometheusApiParser)

public:
    /// The envelope: on success `data` receives the "data" member.
    static PromStatus envelope(const HttpOutcome& outcome, QJsonValue* data);
    /// Words for an errorType ("bad_data" -> "bad query").
    static QString errorTypeText(const QString& errorType);

    static PromQueryResult queryResult(const HttpOutcome& outcome);
    /// queryResult() through a QJsonDocument: what it does for answers readQueryResult() leaves alone
    /// (exposed so that tests compare the two ways).
    static PromQueryResult queryResultFromDocument(const HttpOutcome& outcome);
    static PromAlertsResult alerts(const HttpOutcome& outcome);
    static PromRulesResult rules(const HttpOutcome& outcome);
    static PromTargetsResult targets(const HttpOutcome& outcome);
    /// `/-/ready`: 200 means ready; anything else is a failure with words.
    static PromStatus ready(const HttpOutcome& outcome);

    /// Prometheus timestamps: RFC 3339 with up to nanoseconds; invalid for Go's zero time.
    static QDateTime parseTime(const QString& text);
    static PromAlert::State alertState(const QString& text);
};

} // namespace Ops
