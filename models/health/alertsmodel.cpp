#include "models/health/alertsmodel.h"

#include "models/core/formatting.h"

#include <QHash>
#include <algorithm>

namespace Ops {

namespace {

/// A Prometheus rule's summary is the server's text: shown as written, in quotes, and marked as the
/// rule's; the console's own alerts speak in the console's language.
QString summaryText(const AlertEntry& a)
{
    if (a.origin != AlertEntry::Origin::Prometheus || a.summary.isEmpty())
        return a.summary;
    return AlertsModel::tr("“%1” — Prometheus rule", "an alert summary as the server's rule wrote it, untranslated")
        .arg(a.summary);
}

} // namespace

AlertsModel::AlertsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                   QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const AlertEntry& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return a.expected && a.state != AlertEntry::State::Resolved
                       ? tr("%1 (expected: maintenance)", "alert state during a maintenance window")
                             .arg(alertStateText(a.state))
                       : alertStateText(a.state);
        case NameColumn: return a.name;
        case SubjectColumn:
            return a.labels.isEmpty() ? a.subject
                                      : tr("%1 (%2)", "alert subject (its other labels)").arg(a.subject, a.labels);
        case SeverityColumn: return alertSeverityText(a.severity);
        case SinceColumn: return a.state == AlertEntry::State::Resolved ? Format::age(a.resolvedAt) : Format::age(a.since);
        case ValueColumn: return a.value;
        case SummaryColumn: return summaryText(a);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case StateColumn: return int(a.state);
        case SinceColumn: return a.since;
        default: return data(index, Qt::DisplayRole);
        }
    case StateRole: return int(a.state);
    case AlertRole: return QVariant::fromValue(a);
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn)
            return Format::utcAndLocal(a.since);
        // The dashboard shows a row on one line, elided: the tooltip has the whole subject with its
        // labels, and the summary.
        if (index.column() == SubjectColumn && !a.labels.isEmpty())
            return QString(data(index, Qt::DisplayRole).toString() + u'\n' + summaryText(a));
        return summaryText(a);
    default: break;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State", "alert column");
    case NameColumn: return tr("Alert", "alert column");
    case SubjectColumn: return tr("Subject", "alert column: what the alert is about");
    case SeverityColumn: return tr("Severity", "alert column");
    case SinceColumn: return tr("Since", "alert column");
    case ValueColumn: return tr("Value", "alert column");
    case SummaryColumn: return tr("Summary", "alert column");
    }
    return {};
}

void AlertsModel::setActive(AlertEntry::Origin origin, const QList<AlertEntry>& active, const QDateTime& now)
{
    QHash<QString, AlertEntry> incoming;
    for (AlertEntry a : active) {
        a.origin = origin;
        a.expected = m_expected;
        incoming.insert(a.key(), a);
    }
    QList<AlertEntry> startedFiring;
    QList<AlertEntry> next;
    for (const AlertEntry& old : std::as_const(m_rows)) {
        if (old.origin != origin) {
            next.append(old);
            continue;
        }
        auto it = incoming.find(old.key());
        if (it != incoming.end()) {
            AlertEntry updated = it.value();
            if (!updated.since.isValid())
                updated.since = old.state == AlertEntry::State::Resolved ? now : old.since;
            if (updated.state == AlertEntry::State::Firing && old.state != AlertEntry::State::Firing)
                startedFiring.append(updated);
            next.append(updated);
            incoming.erase(it);
        } else if (old.state != AlertEntry::State::Resolved) {
            AlertEntry resolved = old;
            resolved.state = AlertEntry::State::Resolved;
            resolved.resolvedAt = now;
            next.append(resolved);
        } else if (old.resolvedAt.msecsTo(now) < kResolvedKeepMs) {
            next.append(old);
        }
    }
    for (AlertEntry a : std::as_const(incoming)) {
        if (!a.since.isValid())
            a.since = now;
        if (a.state == AlertEntry::State::Firing)
            startedFiring.append(a);
        next.append(a);
    }
    // Firing first, then pending, then resolved; newest first within each.
    std::stable_sort(next.begin(), next.end(), [](const AlertEntry& x, const AlertEntry& y) {
        const auto rank = [](AlertEntry::State s) {
            switch (s) {
            case AlertEntry::State::Firing: return 0;
            case AlertEntry::State::Pending: return 1;
            case AlertEntry::State::Silenced: return 2;
            case AlertEntry::State::Resolved: return 3;
            }
            return 3;
        };
        if (rank(x.state) != rank(y.state))
            return rank(x.state) < rank(y.state);
        return x.since > y.since;
    });

    const AlertCounts before = counts();
    if (next != m_rows) {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }
    for (const AlertEntry& a : std::as_const(startedFiring))
        Q_EMIT alertStartedFiring(a);
    const AlertCounts after = counts();
    if (before.firing != after.firing || before.pending != after.pending || before.silenced != after.silenced ||
        before.criticalFiring != after.criticalFiring)
        Q_EMIT countsChanged(after.firing, after.pending);
}

void AlertsModel::setExpected(bool expected)
{
    if (m_expected == expected)
        return;
    m_expected = expected;
    for (AlertEntry& a : m_rows)
        a.expected = expected;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int AlertsModel::firingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AlertEntry& a) { return a.state == AlertEntry::State::Firing; }));
}

int AlertsModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AlertEntry& a) { return a.state == AlertEntry::State::Pending; }));
}

AlertCounts AlertsModel::counts() const
{
    return countAlerts(m_rows);
}

AlertCounts AlertsModel::counts(AlertEntry::Origin origin) const
{
    QList<AlertEntry> of;
    for (const AlertEntry& a : m_rows)
        if (a.origin == origin)
            of << a;
    return countAlerts(of);
}

void AlertsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countsChanged(0, 0);
}

} // namespace Ops
