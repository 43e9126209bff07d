#include "models/sources/apihealthsnapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Ops {

ApiHealthSnapshot ApiHealthSnapshot::fromJson(const QJsonObject& object)
{
    ApiHealthSnapshot s;
    s.status = object.value(QLatin1String("status")).toString();
    s.version = object.value(QLatin1String("version")).toString();
    s.timestamp = object.value(QLatin1String("timestamp")).toString();
    if (!s.timestamp.isEmpty()) {
        const QDateTime when = QDateTime::fromString(s.timestamp, Qt::ISODateWithMs);
        if (when.isValid())
            s.apiTime = when.toUTC();
    }
    const QJsonObject services = object.value(QLatin1String("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (it.key() == QLatin1String("database")) {
            s.database = it.value().toString();
        } else if (it.key() == QLatin1String("redis")) {
            s.redis = it.value().toString();
        } else if (it.key() == QLatin1String("workers")) {
            const QJsonObject workers = it.value().toObject();
            for (auto w = workers.begin(); w != workers.end(); ++w)
                s.workers.insert(w.key(), w.value().toInt());
        } else if (it.value().isString()) {
            s.otherServices.insert(it.key(), it.value().toString());
        }
    }
    return s;
}

bool ApiHealthSnapshot::fromBody(const QByteArray& body, ApiHealthSnapshot* snapshot, QString* problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("Ops::ApiSource", "not JSON: %1 at byte %2")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *problem = QCoreApplication::translate("Ops::ApiSource", "not a JSON object");
        return false;
    }
    *snapshot = fromJson(doc.object());
    return true;
}

QString apiStatusText(const QString& status)
{
    const QString s = status.trimmed().toLower();
    if (s == QLatin1String("healthy"))
        return QCoreApplication::translate("Ops::ApiHealthSnapshot", "healthy", "the API's /health status");
    if (s == QLatin1String("degraded"))
        return QCoreApplication::translate("Ops::ApiHealthSnapshot", "degraded", "the API's /health status");
    if (s == QLatin1String("unhealthy"))
        return QCoreApplication::translate("Ops::ApiHealthSnapshot", "unhealthy", "the API's /health status");
    if (s.isEmpty())
        return QCoreApplication::translate("Ops::ApiHealthSnapshot", "none", "the API sent no /health status");
    return QStringLiteral("\"%1\"").arg(status);
}

} // namespace Ops
