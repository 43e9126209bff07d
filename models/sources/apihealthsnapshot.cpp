#include "models/sources/apihealthsnapshot.h"

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

} // namespace Ops
