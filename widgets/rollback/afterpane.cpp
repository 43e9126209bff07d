#include "widgets/rollback/afterpane.h"

#include "models/core/health.h"
#include "widgets/dashboard/healthstyle.h"
#include "models/rollback/rollbackwatch.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Ops {

AfterPane::AfterPane(QWidget* parent) : QWidget(parent)
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

void AfterPane::setWatch(RollbackWatch* watch)
{
    if (m_watchModel)
        disconnect(m_watchModel, nullptr, this, nullptr);
    m_watchModel = watch;
    if (watch) {
        connect(watch, &RollbackWatch::changed, this, &AfterPane::renderWatch);
        connect(watch, &RollbackWatch::finished, this, [this](bool quiet) {
            if (quiet)
                setChecked(Monitor, true);
        });
    }
    renderWatch();
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
    if (m_watchModel)
        m_watchModel->start(seconds, sampleMs);
}

void AfterPane::stopWatch()
{
    if (m_watchModel)
        m_watchModel->stop();
}

bool AfterPane::isWatching() const
{
    return m_watchModel && m_watchModel->isWatching();
}

int AfterPane::secondsLeft() const
{
    return m_watchModel ? m_watchModel->secondsLeft() : 0;
}

bool AfterPane::warned() const
{
    return m_watchModel && m_watchModel->warned();
}

void AfterPane::renderWatch()
{
    const int left = secondsLeft();
    const QString clock = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    const std::optional<double> last = m_watchModel ? m_watchModel->lastPercent() : std::nullopt;
    QString text;
    Health h = Health::Unknown;
    if (!m_watchModel) {
        text = tr("No Prometheus: the error rate cannot be watched.");
    } else if (isWatching()) {
        text = tr("%1 left", "rollback wizard, after step").arg(clock);
        h = Health::Ok;
    } else if (m_watchModel->completed()) {
        text = tr("watch over", "rollback wizard, after step");
        h = warned() ? Health::Degraded : Health::Ok;
    }
    if (last)
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + tr("5xx share %1 %", "rollback wizard, after step").arg(*last, 0, 'f', 2);
    if (warned()) {
        text += QStringLiteral(" — ") + tr("WARNING: the error rate is rising or above 1 %");
        h = Health::Down;
    }
    m_watch->setText(text);
    QPalette p = m_watch->palette();
    p.setColor(QPalette::WindowText, healthColor(h));
    m_watch->setPalette(p);
    m_watchButton->setText(isWatching() ? tr("Stop watching", "rollback wizard, after step: button") : tr("Start the 30-minute watch"));
}

void AfterPane::retranslateUi()
{
    m_intro->setText(tr("The runbook's post-rollback actions."));
    const QStringList texts = {tr("Verify all services healthy"), tr("Check error rates (< 1 %)"),
                               tr("Monitor for 30 minutes"),      tr("Document the incident", "rollback wizard, after step"),
                               tr("Schedule the postmortem", "rollback wizard, after step"),     tr("Fix the issues in staging"),
                               tr("Plan the re-deployment", "rollback wizard, after step")};
    for (int i = 0; i < ItemCount; ++i)
        m_items.at(i)->setText(texts.at(i));
    m_document->setText(tr("Open an incident with the rollback's timeline…"));
    renderWatch();
}

} // namespace Ops
