#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Ops {

/// The API's answer to `GET /health` (runbook shape), plus how the check went. Fields the API did
/// not send stay empty; fields it sent beyond these are ignored.
struct ApiHealthSnapshot
{
    QString status;              ///< "healthy", "degraded", "unhealthy" (as sent)
    QString version;             ///< from /health, else from /version
    QString timestamp;           ///< the API's own clock, as sent
    QDateTime apiTime;           ///< `timestamp` parsed (UTC); invalid when absent or unparsable
    QString database;            ///< services.database
    QString redis;               ///< services.redis
    QMap<QString, int> workers;  ///< services.workers: pool -> count
    QMap<QString, QString> otherServices; ///< further services.<name>: "<state>" entries
    qint64 latencyMs = -1;
    QDateTime checkedAt;         ///< UTC
    int httpStatus = 0;

    /// Reads the /health object; tolerant of missing or extra fields.
    static ApiHealthSnapshot fromJson(const QJsonObject& object);
    /// Reads a /health body as the API sent it: false with `problem` (translated) when it is not a
    /// JSON object; `snapshot` then stays untouched.
    static bool fromBody(const QByteArray& body, ApiHealthSnapshot* snapshot, QString* problem);
};

/// The API's status word in the console's language ("healthy" → "healthy"/"정상"); a word the
/// runbook does not define is shown as the API sent it, in quotes.
QString apiStatusText(const QString& status);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ApiHealthSnapshot)
