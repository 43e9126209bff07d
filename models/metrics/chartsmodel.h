#pragma once

#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"
#include "models/metrics/timerange.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Ops {
struct ConnectionProfile;
class HttpClient;
class PrometheusClient;
}

namespace Ops::Metrics {

class ClientScraper;

/// The Charts page's model: the profile's panels, the one time range they share, the auto-refresh,
/// and each panel's data. Asks Prometheus (query_range with a step derived from the panels' pixel
/// width; a new range cancels the requests still under way) and, when the profile has no Prometheus
/// or it is unreachable, computes the same panels from the API's `/metrics` (ClientScraper).
/// Remembers range, refresh and panels per profile. GUI thread only; never blocks.
class ChartsModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsModel)

public:
    enum class Mode {
        Prometheus,  ///< panels come from Prometheus' query_range
        ClientScrape ///< Prometheus missing or unreachable: the console scrapes /metrics itself
    };
    Q_ENUM(Mode)

    /// Asks Prometheus and the API through the session's `http` (configured for the active profile).
    explicit ChartsModel(HttpClient* http, QObject* parent = nullptr);
    ~ChartsModel() override;

    /// Points the model at a profile: loads its remembered range, refresh and panels, and reloads.
    void setProfile(const ConnectionProfile& profile);
    QString profileName() const { return m_profile; }

    Mode mode() const { return m_mode; }
    /// Why the model scrapes /metrics itself (translated); empty in Prometheus mode.
    QString modeReason() const { return m_modeReason; }

    const QList<PanelDefinition>& panels() const { return m_panels; }
    PanelData panelData(int index) const { return m_data.value(index); }

    TimeRange range() const { return m_range; }
    /// The current range in ms since the epoch (resolved against now at the last reload).
    qint64 rangeStartMs() const { return m_startMs; }
    qint64 rangeEndMs() const { return m_endMs; }
    void setRange(const TimeRange& range);
    /// Absolute range from a drag on a chart.
    void zoomTo(qint64 startMs, qint64 endMs);
    void zoomOut();
    /// The range before the last change (Grafana's back); false when there is none.
    bool back();
    bool canGoBack() const { return !m_history.isEmpty(); }

    /// Auto-refresh in seconds (0 = off).
    int refreshSeconds() const { return m_refreshSeconds; }
    void setRefreshSeconds(int seconds);
    static QList<int> refreshChoices() { return {0, 5, 30, 60, 300}; }

    /// Plot width of the panels in pixels: the step is derived from it (about a point per pixel).
    void setPixelWidth(int pixels);
    int pixelWidth() const { return m_pixelWidth; }
    qint64 stepMs() const { return m_stepMs; }

    void addPanel(const PanelDefinition& panel);
    void updatePanel(int index, const PanelDefinition& panel);
    void removePanel(int index);
    void movePanel(int from, int to);
    void resetPanels();

    /// Queries everything for the current range now (cancels what is still under way).
    void reload();
    /// An inactive model (its page is hidden) neither refreshes nor scrapes; activating reloads.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    PrometheusClient& client() const { return *m_client; }
    ClientScraper& scraper() const { return *m_scraper; }
    int pendingRequests() const;
    /// Requests dropped because the range (or anything else) changed before they answered.
    int canceledRequests() const { return m_canceled; }
    /// True once every panel has an answer (data, no data or words) for the current reload.
    bool isSettled() const;

Q_SIGNALS:
    void panelsChanged();
    void panelDataChanged(int index);
    void rangeChanged(const Ops::Metrics::TimeRange& range);
    void refreshChanged(int seconds);
    void modeChanged(Ops::Metrics::ChartsModel::Mode mode);
    /// Every panel of a reload has answered.
    void settled();

private:
    void cancelPending();
    void queryPrometheus();
    void enterClientMode(const QString& reason);
    void leaveClientMode();
    void showLocalData();
    void probePrometheus();
    void finishPanel(int index, const PanelData& data, quint64 generation);
    void applyRange(const TimeRange& range, bool remember);
    void savePanels();
    void restartTimer();

    PrometheusClient* m_client;
    ClientScraper* m_scraper;
    QString m_profile;
    bool m_hasPrometheus = false;
    Mode m_mode = Mode::Prometheus;
    QString m_modeReason;
    QList<PanelDefinition> m_panels;
    QVector<PanelData> m_data;
    TimeRange m_range;
    QList<TimeRange> m_history;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_stepMs = 0;
    int m_pixelWidth = 600;
    int m_refreshSeconds = 30;
    QTimer m_refresh;
    quint64 m_generation = 0;
    QList<quint64> m_pending; ///< PrometheusClient request ids of the current reload
    int m_canceled = 0;
    int m_outstandingPanels = 0;
    bool m_probing = false;
    bool m_active = true;
};

} // namespace Ops::Metrics
