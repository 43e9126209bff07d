#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ops {

class PrometheusClient;

/// Step 7: the runbook's post-rollback checklist. "Monitor for 30 minutes" is a live countdown that
/// watches the 5xx share and warns when it rises; "Document incident" opens the incident editor
/// prefilled with the rollback's timeline.
class AfterPane final : public QWidget
{
    Q_OBJECT

public:
    enum Item
    {
        VerifyServices,
        ErrorRates,
        Monitor,
        DocumentIncident,
        Postmortem,
        FixInStaging,
        PlanRedeploy,
        ItemCount
    };

    explicit AfterPane(QWidget* parent = nullptr);

    void setPrometheusUrl(const QString& url);
    void setRateWindow(const QString& window) { m_window = window; }
    void setChecked(Item item, bool on);
    bool isChecked(Item item) const;
    /// Starts the watch of `seconds` (default the runbook's 30 minutes), sampling every `sampleMs`.
    void startWatch(int seconds = 30 * 60, int sampleMs = 15000);
    void stopWatch();
    bool isWatching() const { return m_countdown.isActive(); }
    int secondsLeft() const { return m_left; }
    bool warned() const { return m_warned; }
    void retranslateUi();

Q_SIGNALS:
    void documentIncidentRequested();

private:
    void tick();
    void sample();
    void renderWatch();

    QLabel* m_intro;
    QList<QCheckBox*> m_items;
    QLabel* m_watch;
    QPushButton* m_watchButton;
    QPushButton* m_document;
    PrometheusClient* m_prometheus;
    QString m_window = QStringLiteral("5m");
    QTimer m_countdown;
    QTimer m_sampler;
    int m_left = 0;
    std::optional<double> m_first;
    std::optional<double> m_last;
    bool m_warned = false;
};

} // namespace Ops
