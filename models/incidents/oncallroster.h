#pragma once

#include "models/incidents/escalation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ops {

/// One row of the runbook's On-Call Rotation table.
struct OnCallEntry
{
    QString role;
    QString primary;
    QString backup;
    QString phone;
    QString slack;
    bool operator==(const OnCallEntry&) const = default;
};

/// A named contact: an escalation level's person (L2–L4) or an external contact.
struct Contact
{
    QString name; ///< "Team lead", "Cloud Provider Support", …
    QString who;  ///< person or organisation
    QString reach; ///< phone, URL or e-mail
    bool operator==(const Contact&) const = default;
};

/// The runbook's Emergency Contacts, edited on the On-call page (ops.oncall, one JSON document).
struct OnCallRoster
{
    Q_DECLARE_TR_FUNCTIONS(Ops::OnCallRoster)

public:
    QList<OnCallEntry> rotation;
    QList<Contact> escalation; ///< L2 team lead, L3 engineering manager, L4 CTO, in that order
    QList<Contact> external;
    int version = 0;

    /// The runbook's table as shipped (TBD everywhere but the Slack channels).
    static OnCallRoster runbookDefault();
    /// The runbook's default words (roles, "TBD", "[Support URL/Phone]") are stored in English, the
    /// same for every console; on screen they are shown in the console's language. Anything an
    /// operator typed is shown as typed.
    static QString displayText(const QString& stored);
    /// The inverse for an edited cell: a shown default goes back to its stored English words.
    static QString storedText(const QString& shown);

    /// Whom to call now at this level: L1 the rotation's primaries (backups named), L2–L4 that level's
    /// person; P0 is all hands: everyone. One line each, translated.
    QStringList whomToCall(EscalationLevel level, Severity severity) const;

    /// The local cache (a JSON file): readable when the database is down. Missing or unreadable:
    /// runbookDefault().
    static OnCallRoster readFile(const QString& path);
    bool writeFile(const QString& path) const;

    QJsonObject toJson() const;
    static OnCallRoster fromJson(const QJsonObject& object, bool* ok = nullptr);
    bool operator==(const OnCallRoster&) const = default;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::OnCallRoster)
