#include "widgets/dashboard/servicetile.h"

#include "models/core/formatting.h"
#include "widgets/dashboard/healthstyle.h"
#include "widgets/shell/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace Ops {

ServiceTile::ServiceTile(QWidget* parent)
    : QFrame(parent)
    , m_symbol(new QLabel(this))
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_replicas(new QLabel(this))
    , m_version(new QLabel(this))
    , m_age(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_scale(new QToolButton(this))
    , m_incident(new QToolButton(this))
    , m_restart(new QToolButton(this))
{
    // Fonts, palettes and a painted frame rather than style sheets: a style sheet puts the tile and its
    // children through the style-sheet style, which kept about 100 KiB of rules per tile (heaptrack) and
    // re-polished them all whenever the health colour changed.
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(220, 118);
    m_symbol->setObjectName(QStringLiteral("tileSymbol"));
    m_state->setObjectName(QStringLiteral("tileState"));
    m_reason->setObjectName(QStringLiteral("tileReason"));
    Theme::setTextLook(m_name, QColor(), QFont::DemiBold, 12);
    Theme::setTextLook(m_symbol, QColor(), QFont::Normal, 16);
    m_reason->setWordWrap(true);
    Theme::setTextLook(m_reason, QColor(0x44, 0x44, 0x44));
    // Room for two lines whatever the tile's row gives it: a grid of tiles does not grow a row for a
    // wrapped label, and Redis' "clients, memory · queues" line was cut in half in a real window. The
    // whole text is also the label's tooltip.
    m_reason->setMinimumHeight(2 * m_reason->fontMetrics().lineSpacing());
    Theme::setTextLook(m_age, QColor(0x66, 0x66, 0x66));
    m_scale->setAutoRaise(true);
    connect(m_scale, &QToolButton::clicked, this, [this] { Q_EMIT scaleRequested(m_status.service); });
    m_incident->setAutoRaise(true);
    m_incident->setObjectName(QStringLiteral("tileIncident"));
    connect(m_incident, &QToolButton::clicked, this, [this] { Q_EMIT incidentRequested(m_status); });
    m_restart->setAutoRaise(true);
    m_restart->setObjectName(QStringLiteral("tileRestart"));
    connect(m_restart, &QToolButton::clicked, this, [this] { Q_EMIT restartRequested(m_status.service); });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 8, 8, 8);
    grid->addWidget(m_symbol, 0, 0, 2, 1, Qt::AlignTop);
    // The name has the whole first row: "postgres_exporter" next to "증설·축소…" was cut.
    grid->addWidget(m_name, 0, 1, 1, 2);
    grid->addWidget(m_state, 1, 1);
    grid->addWidget(m_scale, 1, 2, Qt::AlignRight);
    grid->addWidget(m_replicas, 2, 1);
    grid->addWidget(m_version, 2, 2, Qt::AlignRight);
    grid->addWidget(m_reason, 3, 1, 1, 2);
    grid->addWidget(m_age, 4, 1);
    // One button per row: side by side they made four tiles wider than a 1280-pixel window. Restart sits
    // beside the age, so a healthy tile is a line shorter and the alerts below get the room; Incident
    // (shown only for a service down or degraded) takes the row under it.
    grid->addWidget(m_restart, 4, 2, Qt::AlignRight);
    grid->addWidget(m_incident, 5, 2, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    refresh();
}

void ServiceTile::setActionsOffered(bool offered)
{
    m_actionsOffered = offered;
    m_scale->setVisible(offered);
    m_restart->setVisible(offered);
}

void ServiceTile::setStatus(const ServiceStatus& status)
{
    const bool restyle = !m_styled || status.health != m_status.health;
    m_status = status;
    if (restyle)
        applyHealthStyle();
    refresh();
}

void ServiceTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void ServiceTile::applyHealthStyle()
{
    m_styled = true;
    const QColor color = healthColor(m_status.health);
    Theme::setTextLook(m_symbol, color, QFont::Normal, 16);
    Theme::setTextLook(m_state, color, QFont::DemiBold);
    update(); // the frame's band
}

void ServiceTile::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    Theme::paintCard(painter, rect(), 4, Qt::white, QColor(0xd0, 0xd7, 0xde), healthColor(m_status.health),
                     kBandWidth);
}

QString ServiceTile::ageText() const
{
    return m_age->text();
}

void ServiceTile::refreshAge(const QDateTime& now)
{
    // The age of this service's own source's last answer (never another source's poll), in words when it
    // is overdue. In whole steps while answers come in time: "answered 10 s ago" until it is 15 s (QLabel
    // repaints only a changed text).
    const bool overdue = answerOverdue(m_status, now);
    QDateTime stepped = now;
    if (!overdue && m_status.lastAnswer.isValid()) {
        const qint64 ms = std::max<qint64>(0, m_status.lastAnswer.msecsTo(now));
        const qint64 step = kAgeStepSeconds * 1000LL;
        stepped = m_status.lastAnswer.addMSecs(ms - ms % step);
    }
    m_age->setText(answerAgeText(m_status, stepped));
    m_age->setToolTip(m_status.lastAnswer.isValid()
                          ? tr("Last answer of the %1 check: %2", "dashboard, service tile: tooltip")
                                .arg(m_status.checkedBy, Format::utcAndLocal(m_status.lastAnswer))
                          : QString());
    if (overdue != m_ageOverdue || !m_ageStyled) { // only when it changes: a new font re-lays the label out
        m_ageOverdue = overdue;
        m_ageStyled = true;
        if (overdue)
            Theme::setTextLook(m_age, healthColor(Health::Stale), QFont::DemiBold);
        else
            Theme::setTextLook(m_age, QColor(0x66, 0x66, 0x66));
    }
}

void ServiceTile::refresh()
{
    if (!m_styled)
        applyHealthStyle();
    m_symbol->setText(healthSymbol(m_status.health));
    m_name->setText(m_status.service);
    m_state->setText(healthText(m_status.health));
    if (m_status.running < 0)
        m_replicas->setText(tr("Replicas: –", "dashboard, service tile: label"));
    else if (m_status.desired >= 0)
        m_replicas->setText(tr("Replicas: %1 of %2", "dashboard, service tile: label").arg(m_status.running).arg(m_status.desired));
    else
        m_replicas->setText(tr("Replicas: %1", "dashboard, service tile: label").arg(m_status.running));
    m_version->setText(m_status.version);
    m_version->setToolTip(tr("Version or image tag"));
    const QString reason = m_status.reason.isEmpty() ? m_status.detail : m_status.reason;
    m_reason->setText(reason);
    m_reason->setToolTip(reason);
    refreshAge(QDateTime::currentDateTimeUtc());
    m_scale->setText(tr("Scale…", "dashboard, service tile: button"));
    m_incident->setText(tr("Incident…", "dashboard, service tile: button"));
    m_restart->setText(tr("Restart…", "dashboard, service tile: button"));
    m_restart->setToolTip(tr("Restart %1 (the runbook's first P0 mitigation), with a reason and a check afterwards")
                              .arg(m_status.service));
    m_incident->setToolTip(tr("Open a new incident about %1").arg(m_status.service));
    m_incident->setVisible(m_status.health == Health::Down || m_status.health == Health::Degraded);
    m_scale->setToolTip(tr("Open the scale dialog for %1").arg(m_status.service));
    setAccessibleName(tr("%1: %2", "dashboard, service tile").arg(m_status.service, healthText(m_status.health)));
}

} // namespace Ops
