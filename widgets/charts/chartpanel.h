#pragma once

#include "models/metrics/chartevent.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"

#include <QFrame>

class QLabel;

namespace Ops {
class NoticeLabel;
}
class QToolButton;
class QAction;

namespace Ops {

class PanelChartView;

/// A Grafana-like panel: title, a menu (export PNG and CSV, edit, move, remove), the plot, and the
/// panel's state in words over the plot (loading, no data, Prometheus' error, "needs Prometheus").
class ChartPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    void setDefinition(const Metrics::PanelDefinition& definition);
    void setData(const Metrics::PanelData& data);
    void setEvents(const QList<Metrics::ChartEvent>& events);

    PanelChartView* view() const { return m_view; }
    const Metrics::PanelDefinition& definition() const { return m_definition; }
    /// The words shown over the plot; empty when the data is shown as it is.
    QString message() const;

    bool exportPng(const QString& path) const;
    bool exportCsv(const QString& path) const;
    void retranslateUi();

Q_SIGNALS:
    void editRequested();
    void removeRequested();
    void moveRequested(int delta);
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomOutRequested();

protected:
    /// The panel's white card (no style sheet: see the constructor).
    void paintEvent(QPaintEvent* event) override;

private:
    void askExportPng();
    void askExportCsv();

    Metrics::PanelDefinition m_definition;
    QLabel* m_title;
    NoticeLabel* m_badge;
    QToolButton* m_menuButton;
    QAction* m_pngAction;
    QAction* m_csvAction;
    QAction* m_editAction;
    QAction* m_upAction;
    QAction* m_downAction;
    QAction* m_removeAction;
    PanelChartView* m_view;
    NoticeLabel* m_message;
};

} // namespace Ops
