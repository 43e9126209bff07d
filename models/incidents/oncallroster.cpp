#include "models/incidents/oncallroster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Ops {

namespace {

// The runbook's defaults: stored as written here, translated for display only.
struct DefaultWord
{
    const char* text;
    const char* comment;
};
constexpr DefaultWord kDefaultWords[] = {
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Platform Engineer", "on-call role"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Database Admin", "on-call role"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "ML Engineer", "on-call role"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "DevOps", "on-call role"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Team Lead", "escalation role (L2)"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Engineering Manager", "escalation role (L3)"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "CTO", "escalation role (L4)"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Cloud Provider Support", "external contact"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Database Vendor", "external contact"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Monitoring Service", "external contact"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "Security Team", "external contact"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "TBD", "on-call placeholder: nobody named yet"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "[Support URL/Phone]", "contact placeholder"),
    QT_TRANSLATE_NOOP3("Ops::OnCallRoster", "[Support URL]", "contact placeholder"),
};

} // namespace

QString OnCallRoster::displayText(const QString& stored)
{
    for (const DefaultWord& w : kDefaultWords)
        if (stored == QLatin1String(w.text))
            return QCoreApplication::translate("Ops::OnCallRoster", w.text, w.comment);
    return stored;
}

QString OnCallRoster::storedText(const QString& shown)
{
    for (const DefaultWord& w : kDefaultWords)
        if (shown == QCoreApplication::translate("Ops::OnCallRoster", w.text, w.comment))
            return QString::fromLatin1(w.text);
    return shown;
}

OnCallRoster OnCallRoster::runbookDefault()
{
    const QString tbd = QStringLiteral("TBD");
    OnCallRoster r;
    r.rotation = {{QStringLiteral("Platform Engineer"), tbd, tbd, tbd, QStringLiteral("@platform")},
                  {QStringLiteral("Database Admin"), tbd, tbd, tbd, QStringLiteral("@dba")},
                  {QStringLiteral("ML Engineer"), tbd, tbd, tbd, QStringLiteral("@ml-team")},
                  {QStringLiteral("DevOps"), tbd, tbd, tbd, QStringLiteral("@devops")}};
    r.escalation = {{QStringLiteral("Team Lead"), tbd, tbd},
                    {QStringLiteral("Engineering Manager"), tbd, tbd},
                    {QStringLiteral("CTO"), tbd, tbd}};
    r.external = {{QStringLiteral("Cloud Provider Support"), QString(), QStringLiteral("[Support URL/Phone]")},
                  {QStringLiteral("Database Vendor"), QString(), QStringLiteral("[Support URL/Phone]")},
                  {QStringLiteral("Monitoring Service"), QString(), QStringLiteral("[Support URL]")},
                  {QStringLiteral("Security Team"), QString(), QStringLiteral("security@example.com")}};
    return r;
}

QStringList OnCallRoster::whomToCall(EscalationLevel level, Severity severity) const
{
    QStringList out;
    const bool allHands = severity == Severity::P0;
    if (level == EscalationLevel::L1 || allHands) {
        for (const OnCallEntry& e : rotation)
            out.append(tr("%1: %2 (backup %3), %4, %5")
                           .arg(displayText(e.role), displayText(e.primary), displayText(e.backup),
                                displayText(e.phone), e.slack));
    }
    for (int n = 0; n < escalation.size(); ++n) {
        const auto contactLevel = EscalationLevel(n + 2);
        if (allHands || contactLevel == level) {
            const Contact& c = escalation.at(n);
            out.append(tr("%1 (%2): %3, %4", "incidents: oncallroster")
                           .arg(Escalation::levelKey(contactLevel), displayText(c.name), displayText(c.who),
                                displayText(c.reach)));
        }
    }
    return out;
}

namespace {

QJsonArray contactsJson(const QList<Contact>& contacts)
{
    QJsonArray array;
    for (const Contact& c : contacts)
        array.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("who"), c.who},
                                 {QStringLiteral("reach"), c.reach}});
    return array;
}

QList<Contact> contactsFrom(const QJsonValue& value)
{
    QList<Contact> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("who")).toString(),
                    o.value(QStringLiteral("reach")).toString()});
    }
    return out;
}

} // namespace

OnCallRoster OnCallRoster::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return runbookDefault();
    bool ok = false;
    const OnCallRoster roster = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &ok);
    return ok ? roster : runbookDefault();
}

bool OnCallRoster::writeFile(const QString& path) const
{
    QSaveFile out(path);
    const QByteArray data = QJsonDocument(toJson()).toJson();
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
}

QJsonObject OnCallRoster::toJson() const
{
    QJsonArray rows;
    for (const OnCallEntry& e : rotation)
        rows.append(QJsonObject{{QStringLiteral("role"), e.role},
                                {QStringLiteral("primary"), e.primary},
                                {QStringLiteral("backup"), e.backup},
                                {QStringLiteral("phone"), e.phone},
                                {QStringLiteral("slack"), e.slack}});
    return {{QStringLiteral("rotation"), rows},
            {QStringLiteral("escalation"), contactsJson(escalation)},
            {QStringLiteral("external"), contactsJson(external)},
            {QStringLiteral("version"), version}};
}

OnCallRoster OnCallRoster::fromJson(const QJsonObject& o, bool* ok)
{
    OnCallRoster r;
    const QJsonArray rows = o.value(QStringLiteral("rotation")).toArray();
    for (const QJsonValue& v : rows) {
        const QJsonObject e = v.toObject();
        r.rotation.append({e.value(QStringLiteral("role")).toString(), e.value(QStringLiteral("primary")).toString(),
                           e.value(QStringLiteral("backup")).toString(), e.value(QStringLiteral("phone")).toString(),
                           e.value(QStringLiteral("slack")).toString()});
    }
    r.escalation = contactsFrom(o.value(QStringLiteral("escalation")));
    r.external = contactsFrom(o.value(QStringLiteral("external")));
    r.version = o.value(QStringLiteral("version")).toInt();
    if (ok)
        *ok = o.contains(QStringLiteral("rotation"));
    return r;
}

} // namespace Ops
