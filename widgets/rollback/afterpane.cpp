#include "widgets/rollback/afterpane.h"

#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/rollback/rollbackassessor.h"
#include "models/net/prometheusclient.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Ops {

AfterPane::AfterPane(QWidget* parent) : QWidget(parent), m_prometheus(new PrometheusClient(nullptr, this))
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    for (int i = 0; i < ItemCount; ++i) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("after%1").arg(i));
        m_items << box;
        if (i == Monitor) {
            auto* row = new QHBoxLayout;
            row->addWidget(box);
            m_watchButton = new QPushButton(this);
            m_watchButton->setObjectName(QStringLiteral("watch"));
            row->addWidget(m_watchButton);
            m_watch = new QLabel(this);
            m_watch->setObjectName(QStringLiteral("watchStatus"));
            row->addWidget(m_watch, 1);
            layout->addLayout(row);
        } else if (i == DocumentIncident) {
            auto* row = new QHBoxLayout;
            row->addWidget(box);
            m_document = new QPushButton(this);
            m_document->setObjectName(QStringLiteral("documentIncident"));
            row->addWidget(m_document);
            row->addStretch();
            layout->addLayout(row);
        } else {
            layout->addWidget(box);
        }
    }
    layout->addStretch();
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AfterPane::tick);
    connect(&m_sampler, &QTimer::timeout, this, &AfterPane::sample);
    connect(m_watchButton, &QPushButton::clicked, this, [this] {
        if (isWatching())
            stopWatch();
        else
            startWatch();
    });
    connect(m_document, &QPushButton::clicked, this, [this] {
        setChecked(DocumentIncident, true);
        Q_EMIT documentIncidentRequested();
    });
    retranslateUi();
}

void AfterPane::setPrometheusUrl(const QString& url)
{
    m_prometheus->setBaseUrl(QUrl(url));
}

void AfterPane::setChecked(Item item, bool on)
{
    m_items.at(item)->setChecked(on);
}

bool AfterPane::isChecked(Item item) const
{
    return m_items.at(item)->isChecked();
}

void AfterPane::startWatch(int seconds, int sampleMs)
{
    m_left = seconds;
    m_first.reset();
    m_last.reset();
    m_warned = false;
    m_countdown.start();
    m_sampler.start(sampleMs);
    sample();
    renderWatch();
}

void AfterPane::stopWatch()
{
    m_countdown.stop();
    m_sampler.stop();
    renderWatch();
}

void AfterPane::tick()
{
    if (--m_left <= 0) {
        m_left = 0;
        stopWatch();
        if (!m_warned)
            setChecked(Monitor, true);
        return;
    }
    renderWatch();
}

void AfterPane::sample()
{
    m_prometheus->query(RollbackAssessor::errorPercentQuery(m_window), QDateTime::currentDateTimeUtc(), this,
                        [this](const PromQueryResult& r) {
                            if (!r.status.ok || r.series.isEmpty() || r.series.first().points.isEmpty())
                                return;
                            const double v = r.series.first().points.last().y();
                            if (!std::isfinite(v))
                                return;
                            if (!m_first)
                                m_first = v;
                            // Warn above the runbook's 1 %, or when it climbs clearly above where the watch
                            // began.
                            const bool rising = m_last && v > *m_last && v > *m_first + 0.5;
                            m_last = v;
                            if (v >= 1.0 || rising)
                                m_warned = true;
                            renderWatch();
                        });
}

void AfterPane::renderWatch()
{
    const QString clock = QStringLiteral("%1:%2").arg(m_left / 60).arg(m_left % 60, 2, 10, QLatin1Char('0'));
    QString text;
    Health h = Health::Unknown;
    if (isWatching()) {
        text = tr("%1 left").arg(clock);
        h = Health::Ok;
    } else if (m_left == 0 && (m_first || m_warned)) {
        text = tr("watch over");
        h = m_warned ? Health::Degraded : Health::Ok;
    }
    if (m_last)
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) +
                tr("5xx share %1 %").arg(*m_last, 0, 'f', 2);
    if (m_warned) {
        text += QStringLiteral(" — ") + tr("WARNING: the error rate is rising or above 1 %");
        h = Health::Down;
    }
    m_watch->setText(text);
    QPalette p = m_watch->palette();
    p.setColor(QPalette::WindowText, healthColor(h));
    m_watch->setPalette(p);
    m_watchButton->setText(isWatching() ? tr("Stop watching") : tr("Start the 30-minute watch"));
}

void AfterPane::retranslateUi()
{
    m_intro->setText(tr("The runbook's post-rollback actions."));
    const QStringList texts = {tr("Verify all services healthy"), tr("Check error rates (< 1 %)"),
                               tr("Monitor for 30 minutes"),      tr("Document the incident"),
                               tr("Schedule the postmortem"),     tr("Fix the issues in staging"),
                               tr("Plan the re-deployment")};
    for (int i = 0; i < ItemCount; ++i)
        m_items.at(i)->setText(texts.at(i));
    m_document->setText(tr("Open an incident with the rollback's timeline…"));
    renderWatch();
}

} // namespace Ops
