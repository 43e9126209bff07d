#include "models/metrics/auditeventfeed.h"

#include "models/audit/auditentry.h"
#include "models/audit/auditstore.h"
#include "models/audit/auditsummary.h"

#include <algorithm>

namespace Ops {

using Metrics::ChartEvent;

namespace {
constexpr int kMaxEvents = 500; // more markers than that on one chart would only be a smear
}

AuditEventFeed::AuditEventFeed(QObject* parent) : QObject(parent) {}

void AuditEventFeed::setSource(AuditStore* reader, const QString& profile)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    m_profile = profile;
    m_live.clear();
    m_entries.clear();
    if (m_reader)
        connect(m_reader, &AuditStore::listed, this, [this](const QList<AuditEntry>& entries) { merge(entries, true); });
    Q_EMIT eventsChanged({});
}

void AuditEventFeed::addLive(const AuditEntry& entry)
{
    if (!AuditSummary::isEvent(entry))
        return;
    m_live.append(entry);
    merge({entry}, false);
}

AuditEventFeed::~AuditEventFeed() = default;

ChartEvent AuditEventFeed::toEvent(const AuditEntry& entry)
{
    return ChartEvent{entry.at, AuditSummary::kind(entry), AuditSummary::describe(entry)};
}

void AuditEventFeed::load(const QDateTime& from, const QDateTime& to)
{
    if (!m_reader)
        return; // no database yet: the live events stay
    AuditFilter filter;
    filter.from = from;
    filter.to = to;
    filter.profile = m_profile;
    filter.limit = kMaxEvents;
    m_reader->list(filter);
}

QList<ChartEvent> AuditEventFeed::events() const
{
    QList<ChartEvent> events;
    events.reserve(m_entries.size());
    // One marker per action: a command's intent row (written before it ran) has its outcome row (after);
    // the outcome marks it.
    for (const AuditEntry& entry : m_entries)
        if (!entry.isIntent())
            events.append(toEvent(entry));
    return events;
}

void AuditEventFeed::republish()
{
    Q_EMIT eventsChanged(events());
}

void AuditEventFeed::merge(const QList<AuditEntry>& entries, bool replace)
{
    QList<AuditEntry> merged = replace ? m_live : m_entries;
    for (const AuditEntry& entry : entries) {
        if (!AuditSummary::isEvent(entry))
            continue;
        const bool known = std::any_of(merged.cbegin(), merged.cend(), [&entry](const AuditEntry& e) { return e.id == entry.id; });
        if (!known)
            merged.append(entry);
    }
    std::sort(merged.begin(), merged.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.at < b.at; });
    if (merged.size() > kMaxEvents)
        merged.remove(0, merged.size() - kMaxEvents);
    if (merged == m_entries)
        return;
    m_entries = merged;
    republish();
}

} // namespace Ops
