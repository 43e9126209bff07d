#pragma once

#include "models/audit/auditstore.h"

#include <QPointer>

#include "models/metrics/chartevent.h"
#include "widgets/pages/page.h"

#include <QList>

class QGridLayout;
class QLabel;

namespace Ops {
class NoticeLabel;
}
class QPushButton;
class QScrollArea;

namespace Ops {

namespace Metrics {
class ChartsModel;
}
class AuditEventFeed;
class ChartPanel;
class TimeControls;

/// The runbook's Prometheus queries as Grafana-like panels sharing one time range, with the operator's
/// own panels beside them. Reads ChartsModel only; remembers its choices per profile.
class ChartsPage final : public Page
{
    Q_OBJECT

public:
    explicit ChartsPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~ChartsPage() override;

    bool isReady() const override;
    /// Prometheus draws the panels; the audit markers from the records come when they come.
    bool firstDataNeedsRecords() const override { return false; }
    Metrics::ChartsModel& model() const { return *m_model; }
    /// The panels (built now if the page has not painted yet).
    QList<ChartPanel*> panels();
    TimeControls* timeControls() const { return m_controls; }
    /// The note shown when the console computes panels from /metrics itself.
    QString modeNote() const;

    /// Vertical markers on every panel (who did what); replaces the previous events.
    void setEvents(const QList<Metrics::ChartEvent>& events);
    /// The markers shown now (the console's actions in the range, from the audit trail and live).
    QList<Metrics::ChartEvent> events() const { return m_events; }
    /// Opens the editor for a new panel.
    void addPanel();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuildPanels();
    void placePanel(ChartPanel* panel, int index);
    void setUpPanel(ChartPanel* panel, int index);
    void buildSomePanels();
    void ensurePanels();
    void updateModeNote();
    void editPanel(int index);
    void updatePixelWidth();
    void loadEvents();

    Metrics::ChartsModel* m_model;
    QLabel* m_title;
    TimeControls* m_controls;
    NoticeLabel* m_note;
    QPushButton* m_add;
    QPushButton* m_reset;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    AuditEventFeed* m_auditEvents;
    QPointer<AuditStore> m_auditReader;
    QList<ChartPanel*> m_panels;
    QList<ChartPanel*> m_pendingPanels; ///< built, not yet in the grid
    QList<Metrics::ChartEvent> m_events;
    bool m_ready = false;
    bool m_panelsBuilt = false;   ///< every panel of the model exists
    bool m_buildScheduled = false;
    bool m_started = false;
};

} // namespace Ops
