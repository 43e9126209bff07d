#pragma once

#include "models/metrics/chartevent.h"
#include "models/audit/auditentry.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Ops {

class AuditStore;

/// The console's own actions as chart markers: what the audit trail holds for a time range (asked
/// again whenever the range moves) plus every action recorded since, live — scale, restart,
/// rollback, maintenance, from this console or, on the next load, from any other.
class AuditEventFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventFeed)

public:
    explicit AuditEventFeed(QObject* parent = nullptr);
    ~AuditEventFeed() override;

    /// Reads the audit trail of `profile` through `reader` (an audit store of its own, not owned; null:
    /// no database, only live events). Forgets the events of the previous profile.
    void setSource(AuditStore* reader, const QString& profile);
    /// An action just recorded by this console (the session's actionRecorded).
    void addLive(const AuditEntry& entry);

    /// Reads the active profile's actions in [from, to) from the audit trail; eventsChanged() follows.
    /// Without a database the events recorded live are kept.
    void load(const QDateTime& from, const QDateTime& to);
    /// In the current language (the texts are made on each call).
    QList<Metrics::ChartEvent> events() const;
    /// Says eventsChanged() again, e.g. after the language changed.
    void republish();

    static Metrics::ChartEvent toEvent(const AuditEntry& entry);

Q_SIGNALS:
    void eventsChanged(const QList<Ops::Metrics::ChartEvent>& events);

private:
    void merge(const QList<AuditEntry>& entries, bool replace);

    QPointer<AuditStore> m_reader;
    QString m_profile;
    QList<AuditEntry> m_entries; ///< by time
    QList<AuditEntry> m_live;    ///< recorded since start: kept across loads (journaled ones too)
};

} // namespace Ops
