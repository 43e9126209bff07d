#include "models/rollback/verificationoverride.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace Ops::VerificationOverride {

AuditEntry entry(const QString& profile, const RollbackRunState& run, const QList<RollbackVerifier::Result>& results,
                 const QDateTime& measuredFrom, const QDateTime& measuredTo, const QString& reason)
{
    AuditEntry e = AuditEntry::create(profile, AuditAction::RollbackOverride, run.request.version, reason.trimmed());
    e.override = true;
    const QMetaEnum checks = QMetaEnum::fromType<RollbackVerifier::Check>();
    QJsonArray failed;
    for (const RollbackVerifier::Result& r : results) {
        if (r.ok)
            continue;
        QJsonObject one{{QStringLiteral("check"), QString::fromLatin1(checks.valueToKey(int(r.check)))},
                        {QStringLiteral("detail"), r.detail},
                        {QStringLiteral("done"), r.done}};
        if (r.figure)
            one.insert(QStringLiteral("value"), *r.figure);
        failed.append(one);
        if (r.check == RollbackVerifier::Check::ErrorRate && r.figure)
            e.metricsAfter.insert(QStringLiteral("errorPercent"), *r.figure);
    }
    e.metricsAfter.insert(QStringLiteral("run"), run.id);
    e.metricsAfter.insert(QStringLiteral("failed"), failed);
    if (measuredFrom.isValid() && measuredTo.isValid()) {
        e.metricsAfter.insert(QStringLiteral("errorRateFrom"), measuredFrom.toUTC().toString(Qt::ISODateWithMs));
        e.metricsAfter.insert(QStringLiteral("errorRateTo"), measuredTo.toUTC().toString(Qt::ISODateWithMs));
    }
    e.metricsBefore.insert(QStringLiteral("fromVersion"), run.fromVersion);
    return e;
}

} // namespace Ops::VerificationOverride
