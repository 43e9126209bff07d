#include "models/metrics/chartsmodel.h"

#include "models/core/logging.h"
#include "models/core/memoryrelease.h"
#include "models/metrics/chartsettings.h"
#include "models/metrics/clientscraper.h"
#include "models/metrics/sharedquantiles.h"
#include "models/net/prometheusclient.h"
#include "models/profiles/connectionprofile.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace Ops::Metrics {

namespace {
constexpr int kMaxHistory = 20;

ChartSeries toChartSeries(const PromSeries& s, const QString& legend, qint64 stepMs)
{
    ChartSeries out{legendName(legend, s.labels), SeriesPoints(stepMs)};
    out.points.reserve(s.points.size());
    for (const QPointF& p : s.points) {
        if (std::isfinite(p.y())) // NaN (e.g. a quantile without requests) is a gap, not a value
            out.points.append(p);
    }
    out.points.squeeze(); // the panel keeps these points until the next refresh
    return out;
}

QString alertsQuery(const QStringList& names)
{
    QStringList escaped;
    for (const QString& n : names)
        escaped.append(QRegularExpression::escape(n));
    return QStringLiteral("ALERTS{alertname=~\"") + escaped.join(QLatin1Char('|')) +
           QStringLiteral("\",alertstate=\"firing\"}");
}
} // namespace

ChartsModel::ChartsModel(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_client(new PrometheusClient(http, this))
    , m_scraper(new ClientScraper(http, this))
{
    m_client->setDeadline(10000);
    m_panels = PanelCatalog::defaults();
    m_data.resize(m_panels.size());
    connect(&m_refresh, &QTimer::timeout, this, &ChartsModel::reload);
    connect(m_scraper, &ClientScraper::updated, this, [this] {
        if (m_mode == Mode::ClientScrape)
            showLocalData();
    });
    connect(m_scraper, &ClientScraper::failed, this, [this] {
        if (m_mode == Mode::ClientScrape)
            showLocalData();
    });
}

ChartsModel::~ChartsModel()
{
    m_client->cancelAll();
}

void ChartsModel::setProfile(const ConnectionProfile& profile)
{
    cancelPending();
    m_profile = profile.name;
    const QUrl prometheus(profile.prometheusUrl.trimmed());
    m_hasPrometheus = !profile.prometheusUrl.trimmed().isEmpty() && prometheus.isValid();
    m_range = ChartSettings::loadRange(m_profile);
    m_history.clear();
    m_refreshSeconds = ChartSettings::refreshSeconds(m_profile).get();
    m_panels = ChartSettings::loadPanels(m_profile);
    m_data = QVector<PanelData>(m_panels.size());
    m_scraper->setPanels(m_panels);
    Q_EMIT panelsChanged();
    Q_EMIT rangeChanged(m_range);
    Q_EMIT refreshChanged(m_refreshSeconds);
    if (!m_hasPrometheus)
        enterClientMode(tr("This profile has no Prometheus: the console scrapes the API's /metrics itself."));
    else
        leaveClientMode();
    restartTimer();
    reload();
}

void ChartsModel::setRange(const TimeRange& range)
{
    applyRange(range, true);
}

void ChartsModel::applyRange(const TimeRange& range, bool remember)
{
    if (!range.isValid())
        return;
    if (remember && range != m_range) {
        m_history.append(m_range);
        if (m_history.size() > kMaxHistory)
            m_history.removeFirst();
    }
    m_range = range;
    ChartSettings::saveRange(m_profile, m_range);
    Q_EMIT rangeChanged(m_range);
    reload();
}

void ChartsModel::zoomTo(qint64 startMs, qint64 endMs)
{
    if (endMs - startMs < 1000)
        return; // a click, not a drag
    setRange(TimeRange::absolute(QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()),
                                 QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc())));
}

void ChartsModel::zoomOut()
{
    setRange(zoomedOut(m_range));
}

bool ChartsModel::back()
{
    if (m_history.isEmpty())
        return false;
    applyRange(m_history.takeLast(), false);
    return true;
}

void ChartsModel::setRefreshSeconds(int seconds)
{
    m_refreshSeconds = std::max(0, seconds);
    ChartSettings::refreshSeconds(m_profile).set(m_refreshSeconds);
    restartTimer();
    Q_EMIT refreshChanged(m_refreshSeconds);
}

void ChartsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!m_active) {
        cancelPending();
        m_refresh.stop();
        m_scraper->stop();
        return;
    }
    if (m_mode == Mode::ClientScrape)
        m_scraper->start();
    restartTimer();
    reload();
}

void ChartsModel::restartTimer()
{
    m_refresh.stop();
    if (m_active && m_refreshSeconds > 0)
        m_refresh.start(m_refreshSeconds * 1000);
    // The scraper follows the chosen refresh, but keeps scraping when auto-refresh is off:
    // without Prometheus its history is the only history there is.
    m_scraper->setIntervalMs(m_refreshSeconds > 0 ? m_refreshSeconds * 1000 : 5000);
}

void ChartsModel::setPixelWidth(int pixels)
{
    m_pixelWidth = std::max(50, pixels);
}

void ChartsModel::addPanel(const PanelDefinition& panel)
{
    m_panels.append(panel);
    m_data.append(PanelData{});
    savePanels();
    Q_EMIT panelsChanged();
    reload();
}

void ChartsModel::updatePanel(int index, const PanelDefinition& panel)
{
    if (index < 0 || index >= m_panels.size())
        return;
    m_panels[index] = panel;
    savePanels();
    Q_EMIT panelsChanged();
    reload();
}

void ChartsModel::removePanel(int index)
{
    if (index < 0 || index >= m_panels.size())
        return;
    m_panels.removeAt(index);
    m_data.removeAt(index);
    savePanels();
    Q_EMIT panelsChanged();
    reload();
}

void ChartsModel::movePanel(int from, int to)
{
    if (from < 0 || from >= m_panels.size() || to < 0 || to >= m_panels.size() || from == to)
        return;
    m_panels.move(from, to);
    m_data.move(from, to);
    savePanels();
    Q_EMIT panelsChanged();
    reload();
}

void ChartsModel::resetPanels()
{
    m_panels = PanelCatalog::defaults();
    m_data = QVector<PanelData>(m_panels.size());
    ChartSettings::panels(m_profile).reset();
    m_scraper->setPanels(m_panels);
    Q_EMIT panelsChanged();
    reload();
}

void ChartsModel::savePanels()
{
    ChartSettings::savePanels(m_profile, m_panels);
    m_scraper->setPanels(m_panels);
}

int ChartsModel::pendingRequests() const
{
    return int(m_pending.size());
}

bool ChartsModel::isSettled() const
{
    return m_outstandingPanels == 0 && m_generation > 0;
}

void ChartsModel::cancelPending()
{
    for (quint64 id : std::as_const(m_pending))
        m_client->cancel(id);
    m_canceled += int(m_pending.size());
    m_pending.clear();
    m_outstandingPanels = 0;
}

void ChartsModel::reload()
{
    if (!m_active)
        return;
    cancelPending();
    ++m_generation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto resolved = m_range.resolve(now);
    if (!resolved)
        return;
    m_startMs = resolved->first.toMSecsSinceEpoch();
    m_endMs = resolved->second.toMSecsSinceEpoch();
    m_stepMs = stepForWidth(m_endMs - m_startMs, m_pixelWidth);
    if (m_mode == Mode::ClientScrape) {
        showLocalData();
        if (m_hasPrometheus)
            probePrometheus();
        return;
    }
    queryPrometheus();
}

void ChartsModel::queryPrometheus()
{
    const quint64 generation = m_generation;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_startMs, QTimeZone::utc());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_endMs, QTimeZone::utc());
    m_outstandingPanels = int(m_panels.size());
    // One accumulator per panel: its queries and the ALERTS answer arrive in any order.
    struct Accumulator
    {
        PanelData data;
        int remaining = 0;
        QStringList errors;
        bool unreachable = false;
        QString unreachableReason;
    };
    // Every panel's shaded alerts come from one ALERTS query, cut up by alert name: one request instead
    // of one a panel. Prometheus answers at most six requests at a time from one client, and at start-up
    // each request it need not answer is a few milliseconds of a core the first frame also wants.
    struct AlertsWaiter
    {
        QStringList names;
        std::function<void(const PromQueryResult&, const std::function<void()>&)> take;
        std::shared_ptr<Accumulator> acc;
    };
    auto alertsWaiters = std::make_shared<QVector<AlertsWaiter>>();
    QStringList alertNames;
    for (int index = 0; index < m_panels.size(); ++index) {
        const PanelDefinition& panel = m_panels[index];
        auto acc = std::make_shared<Accumulator>();
        acc->data.startMs = m_startMs;
        acc->data.endMs = m_endMs;
        acc->data.stepMs = m_stepMs;
        // Quantiles of one histogram share one query for its buckets (SharedQuantiles).
        const QVector<SharedQuantiles::Group> shared = SharedQuantiles::groups(panel.queries);
        QSet<int> sharedQueries;
        for (const SharedQuantiles::Group& group : shared)
            for (int q : group.queries)
                sharedQueries.insert(q);
        acc->remaining = int(panel.queries.size() - sharedQueries.size() + shared.size()) +
                         (panel.alertNames.isEmpty() ? 0 : 1);
        if (acc->remaining == 0) {
            PanelData empty = acc->data;
            empty.state = PanelData::State::NoData;
            empty.message = tr("This panel has no query.");
            finishPanel(index, empty, generation);
            continue;
        }
        const auto done = [this, acc, index, generation] {
            if (--acc->remaining > 0)
                return;
            if (acc->unreachable) {
                enterClientMode(tr("Prometheus is unreachable (%1): the console scrapes the API's /metrics "
                                   "itself and computes these panels client-side.")
                                    .arg(acc->unreachableReason));
                return;
            }
            PanelData& d = acc->data;
            if (!acc->errors.isEmpty()) {
                d.state = PanelData::State::Error;
                d.message = tr("Prometheus could not answer: %1").arg(acc->errors.join(QStringLiteral("; ")));
            } else if (d.pointCount() == 0) {
                d.state = PanelData::State::NoData;
                d.message = tr("No data in this time range.");
            } else {
                d.state = PanelData::State::Ok;
            }
            finishPanel(index, d, generation);
        };
        const auto onResult = [acc, done](const PromQueryResult& r, const std::function<void()>& use) {
            if (!r.status.ok) {
                if (r.status.transport != HttpOutcome::Failure::None && r.status.httpStatus == 0) {
                    acc->unreachable = true;
                    acc->unreachableReason = r.status.error;
                } else {
                    acc->errors.append(r.status.error);
                }
            } else {
                use();
            }
            done();
        };
        // Series slots keep the panel's query order (p50, p95, p99) whatever order answers come in.
        acc->data.series.clear();
        auto slots = std::make_shared<QVector<QVector<ChartSeries>>>(panel.queries.size());
        const auto collect = [acc, slots] {
            acc->data.series.clear();
            for (const auto& slot : std::as_const(*slots))
                acc->data.series += slot;
        };
        for (const SharedQuantiles::Group& group : shared) {
            const QList<PanelQuery> queries = panel.queries;
            const quint64 id = m_client->queryRange(
                group.inner, start, end, m_stepMs, this,
                [acc, slots, group, queries, collect, onResult](const PromQueryResult& r) {
                    onResult(r, [&] {
                        acc->data.stepMs = r.stepMs;
                        for (qsizetype k = 0; k < group.queries.size(); ++k) {
                            const int q = group.queries.at(k);
                            for (const PromSeries& s : SharedQuantiles::quantiles(group.phis.at(k), r.series))
                                (*slots)[q].append(toChartSeries(s, queries.at(q).legend, r.stepMs));
                        }
                        collect();
                    });
                });
            m_pending.append(id);
        }
        for (int q = 0; q < panel.queries.size(); ++q) {
            if (sharedQueries.contains(q))
                continue;
            const PanelQuery query = panel.queries[q];
            const quint64 id = m_client->queryRange(
                query.promql, start, end, m_stepMs, this,
                [acc, slots, q, query, collect, onResult](const PromQueryResult& r) {
                    onResult(r, [&] {
                        acc->data.stepMs = r.stepMs;
                        for (const PromSeries& s : r.series)
                            (*slots)[q].append(toChartSeries(s, query.legend, r.stepMs));
                        collect();
                    });
                });
            m_pending.append(id);
        }
        if (!panel.alertNames.isEmpty()) {
            alertsWaiters->append({panel.alertNames, onResult, acc});
            for (const QString& name : panel.alertNames)
                if (!alertNames.contains(name))
                    alertNames.append(name);
        }
    }
    if (alertNames.isEmpty())
        return;
    const quint64 id = m_client->queryRange(
        alertsQuery(alertNames), start, end, m_stepMs, this, [alertsWaiters](const PromQueryResult& r) {
            for (const AlertsWaiter& waiter : std::as_const(*alertsWaiters)) {
                waiter.take(r, [&] {
                    for (const PromSeries& s : r.series) {
                        const QString name = s.labels.value(QStringLiteral("alertname"));
                        if (waiter.names.contains(name))
                            waiter.acc->data.alerts += firingIntervals(s.points, r.stepMs, name);
                    }
                });
            }
        });
    m_pending.append(id);
}

void ChartsModel::finishPanel(int index, const PanelData& data, quint64 generation)
{
    if (generation != m_generation || index >= m_data.size())
        return;
    m_data[index] = data;
    Q_EMIT panelDataChanged(index);
    if (m_outstandingPanels > 0 && --m_outstandingPanels == 0) {
        m_pending.clear(); // all answered
        qCDebug(lcPrometheus) << "charts: every panel answered";
        // Their answers (megabytes of JSON, parsed and dropped) leave freed pages behind: give them back.
        Memory::releaseFreed();
        Q_EMIT settled();
    }
}

void ChartsModel::enterClientMode(const QString& reason)
{
    m_modeReason = reason;
    const bool changed = m_mode != Mode::ClientScrape;
    if (changed) {
        qCInfo(lcPrometheus) << "charts: client-side scraping of /metrics:" << reason;
        cancelPending();
        m_mode = Mode::ClientScrape;
        m_scraper->setPanels(m_panels);
        if (m_active)
            m_scraper->start();
        Q_EMIT modeChanged(m_mode);
    }
    showLocalData();
}

void ChartsModel::leaveClientMode()
{
    m_modeReason.clear();
    if (m_mode == Mode::Prometheus)
        return;
    m_scraper->stop();
    m_mode = Mode::Prometheus;
    Q_EMIT modeChanged(m_mode);
}

void ChartsModel::probePrometheus()
{
    if (m_probing)
        return;
    m_probing = true;
    // Back to Prometheus as soon as it answers again.
    m_client->ready(this, [this](const PromStatus& status) {
        m_probing = false;
        if (status.ok && m_mode == Mode::ClientScrape) {
            leaveClientMode();
            reload();
        }
    });
}

void ChartsModel::showLocalData()
{
    // Relative ranges follow the clock between scrapes.
    if (const auto resolved = m_range.resolve()) {
        m_startMs = resolved->first.toMSecsSinceEpoch();
        m_endMs = resolved->second.toMSecsSinceEpoch();
    }
    m_outstandingPanels = 0;
    for (int index = 0; index < m_panels.size(); ++index) {
        PanelData data = m_scraper->panelData(m_panels[index].id, m_startMs, m_endMs);
        if (data.state == PanelData::State::Unavailable && !m_modeReason.isEmpty())
            data.message = data.message + QLatin1Char('\n') + m_modeReason;
        m_data[index] = data;
        Q_EMIT panelDataChanged(index);
    }
    Q_EMIT settled();
}

} // namespace Ops::Metrics
