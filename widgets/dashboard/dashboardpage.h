#pragma once

#include "models/health/alertentry.h"
#include "models/health/checkstep.h"
#include "models/health/servicestatus.h"
#include "models/health/scalehint.h"
#include "widgets/pages/page.h"

#include <QHash>
#include <QTimer>

class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class QGroupBox;

namespace Ops {

class HealthMonitor;
class ServiceTile;

/// The operator's first screen: a tile per service, the comprehensive health check as one
/// action, firing and pending alerts, and the runbook's "when to scale" signals.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(ConsoleContext& context, QWidget* parent = nullptr);

    bool isReady() const override;
    ServiceTile* tile(const QString& service) const { return m_tiles.value(service); }

Q_SIGNALS:
    /// The operator wants to scale a service (a tile's button or a scale hint).
    void scaleRequested(const QString& service);
    void restartRequested(const QString& service);
    /// The operator wants an incident prefilled from an alert (double-click on it) or a failing tile.
    void incidentFromAlertRequested(const Ops::AlertEntry& alert);
    void incidentFromServiceRequested(const Ops::ServiceStatus& status);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshAges();
    void syncTiles();
    void updateAlertsTitle();
    void updateSummary();
    void showHints(const QList<ScaleHint>& hints);
    void showCheckStarted(const QList<CheckStep>& steps);
    void showCheckStep(const CheckStep& step);
    void renderCheckStep(QListWidgetItem* item, const CheckStep& step);
    void showCheckFinished(const QList<CheckStep>& steps);
    void openUrl(const QString& url, const QString& path = QString());

    HealthMonitor& m_monitor;
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_checkNow;
    QPushButton* m_comprehensive;
    QPushButton* m_grafana;
    QPushButton* m_prometheus;
    QPushButton* m_docs;
    QGridLayout* m_tileGrid;
    QHash<QString, ServiceTile*> m_tiles;
    QGroupBox* m_alertsBox;
    QTableView* m_alerts;
    QGroupBox* m_hintsBox;
    QListWidget* m_hints;
    QLabel* m_noHints;
    QGroupBox* m_checkBox;
    QListWidget* m_checkSteps;
    QLabel* m_checkVerdict;
    QPushButton* m_checkClose;
    QTimer m_ageTimer;
};

} // namespace Ops
