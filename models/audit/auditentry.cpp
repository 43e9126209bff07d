#include "models/audit/auditentry.h"

#include "models/core/identity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace Ops {

AuditEntry AuditEntry::create(const QString& profile, AuditAction action, const QString& target,
                              const QString& reason)
{
    AuditEntry entry;
    entry.id = QUuid::createUuid();
    entry.at = QDateTime::currentDateTimeUtc();
    entry.osUser = currentOsUser();
    entry.host = currentHost();
    entry.profile = profile;
    entry.action = AuditActions::key(action);
    entry.target = target;
    entry.reason = reason;
    return entry;
}

AuditEntry AuditEntry::outcome() const
{
    AuditEntry out = *this;
    out.id = QUuid::createUuid();
    out.at = QDateTime::currentDateTimeUtc();
    out.stage = Stage::Outcome;
    out.intentId = id;
    out.exitCode = -1;
    out.hasExitCode = false;
    out.outputDigest.clear();
    return out;
}

QString AuditEntry::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Intent:
        return QStringLiteral("intent");
    case Stage::Outcome:
        return QStringLiteral("outcome");
    case Stage::Record:
        break;
    }
    return QStringLiteral("record");
}

AuditEntry::Stage AuditEntry::stageFromKey(const QString& key)
{
    if (key == QLatin1String("intent"))
        return Stage::Intent;
    if (key == QLatin1String("outcome"))
        return Stage::Outcome;
    return Stage::Record;
}

QString AuditEntry::digestOf(const QByteArray& output)
{
    return QString::fromLatin1(QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex());
}

QString AuditEntry::currentOsUser()
{
    return Identity::osUser();
}

QString AuditEntry::currentHost()
{
    return Identity::host();
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("osUser"), osUser},
        {QStringLiteral("host"), host},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
        {QStringLiteral("outputDigest"), outputDigest},
        {QStringLiteral("metricsBefore"), metricsBefore},
        {QStringLiteral("metricsAfter"), metricsAfter},
        {QStringLiteral("override"), override},
        {QStringLiteral("stage"), stageKey(stage)},
    };
    if (!intentId.isNull())
        object.insert(QStringLiteral("intentId"), intentId.toString(QUuid::WithoutBraces));
    if (hasExitCode)
        object.insert(QStringLiteral("exitCode"), exitCode);
    return object;
}

AuditEntry AuditEntry::fromJson(const QJsonObject& object, bool* ok)
{
    AuditEntry entry;
    entry.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    entry.at =
        QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
    entry.osUser = object.value(QStringLiteral("osUser")).toString();
    entry.host = object.value(QStringLiteral("host")).toString();
    entry.profile = object.value(QStringLiteral("profile")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.target = object.value(QStringLiteral("target")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    const QJsonArray argv = object.value(QStringLiteral("argv")).toArray();
    for (const QJsonValue& value : argv)
        entry.argv.append(value.toString());
    if (object.contains(QStringLiteral("exitCode")) && !object.value(QStringLiteral("exitCode")).isNull())
        entry.setExitCode(object.value(QStringLiteral("exitCode")).toInt());
    entry.outputDigest = object.value(QStringLiteral("outputDigest")).toString();
    entry.metricsBefore = object.value(QStringLiteral("metricsBefore")).toObject();
    entry.metricsAfter = object.value(QStringLiteral("metricsAfter")).toObject();
    entry.override = object.value(QStringLiteral("override")).toBool();
    entry.stage = stageFromKey(object.value(QStringLiteral("stage")).toString());
    entry.intentId = QUuid::fromString(object.value(QStringLiteral("intentId")).toString());
    if (ok)
        *ok = !entry.id.isNull() && entry.at.isValid();
    return entry;
}

} // namespace Ops
