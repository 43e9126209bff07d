#pragma once

#include "models/health/servicestatus.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Ops {

/// One service on the dashboard: state in colour, symbol and words; replicas; version;
/// age of the last check; and why it is not OK.
class ServiceTile final : public QFrame
{
    Q_OBJECT

public:
    explicit ServiceTile(QWidget* parent = nullptr);

    void setStatus(const ServiceStatus& status);
    /// Whether the tile offers Scale… and Restart…: only the application's services (the profile's
    /// applicationServices) are scaled or restarted by the console; PostgreSQL, Redis and monitoring never.
    void setActionsOffered(bool offered);
    const ServiceStatus& status() const { return m_status; }
    /// Re-renders translated words and the age.
    void refresh();
    /// Re-renders the age of the last check ("Checked 10 s ago") as of `now`, in steps of
    /// kAgeStepSeconds: the label changes (and repaints) at most once per step.
    void refreshAge(const QDateTime& now);
    QString ageText() const;

    static constexpr int kAgeStepSeconds = 5;

Q_SIGNALS:
    void scaleRequested(const QString& service);
    /// The runbook's first P0 mitigation for this service (only offered for the application's services).
    void restartRequested(const QString& service);
    /// The operator wants to open an incident about this (unhealthy) service.
    void incidentRequested(const Ops::ServiceStatus& status);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyHealthStyle();
    static constexpr int kBandWidth = 6;

    ServiceStatus m_status;
    bool m_styled = false;
    bool m_ageOverdue = false;
    bool m_ageStyled = false;
    QLabel* m_symbol;
    QLabel* m_name;
    QLabel* m_state;
    QLabel* m_replicas;
    QLabel* m_version;
    QLabel* m_age;
    QLabel* m_reason;
    QToolButton* m_scale;
    QToolButton* m_incident;
    QToolButton* m_restart;
    bool m_actionsOffered = true;
};

} // namespace Ops
