#pragma once

#include "models/incidents/oncallroster.h"

#include <QObject>
#include <QPointer>

namespace Ops {

class DatabaseWorker;

/// The on-call roster in ops.oncall, mirrored in a local JSON file so that it stays readable when the
/// database is down. Saves are version-checked like incidents (a concurrent edit is refused).
class OnCallStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnCallStore)

public:
    OnCallStore(DatabaseWorker* worker, const QString& cacheFile, QObject* parent = nullptr);

    /// The cached roster (the runbook's table when nothing is cached).
    OnCallRoster roster() const { return m_roster; }
    void refresh();
    void save(const OnCallRoster& roster);

Q_SIGNALS:
    void rosterChanged(const Ops::OnCallRoster& roster);
    void saved(bool inDatabase);
    void failed(const QString& reason);

private:
    void adopt(const OnCallRoster& roster);
    QPointer<DatabaseWorker> m_worker;
    QString m_cacheFile;
    OnCallRoster m_roster;
};

} // namespace Ops
