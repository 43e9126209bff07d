#pragma once

#include <QObject>
#include <QPointer>

namespace Ops {

class Orchestrator;

/// Reads NGINX's maintenance flag through the orchestrator (`exec -T nginx test -e /tmp/maintenance.flag`):
/// whether the site is behind the maintenance page now — what a run saved before a crash may not know.
/// Changes nothing. One answer per probe().
class MaintenanceFlagProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceFlagProbe)

public:
    enum class Flag
    {
        Off,
        On,
        Unknown, ///< the orchestrator could not tell (busy, engine down): detail says why
    };
    Q_ENUM(Flag)

    /// `orchestrator` is not owned; it must outlive this probe or be deleted with it.
    explicit MaintenanceFlagProbe(Orchestrator* orchestrator, QObject* parent = nullptr);

    void probe();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void answered(Ops::MaintenanceFlagProbe::Flag flag, const QString& detail);

private:
    void answer(Flag flag, const QString& detail);

    QPointer<Orchestrator> m_orchestrator;
    QList<QMetaObject::Connection> m_connections;
    bool m_busy = false;
};

} // namespace Ops
