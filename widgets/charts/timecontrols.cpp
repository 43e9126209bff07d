#include "widgets/charts/timecontrols.h"
#include "widgets/shell/theme.h"

#include "models/metrics/chartsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace Ops {

using namespace Metrics;

TimeControls::TimeControls(QWidget* parent)
    : QWidget(parent)
    , m_quick(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_apply(new QPushButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_back(new QToolButton(this))
    , m_refresh(new QComboBox(this))
    , m_refreshNow(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
{
    for (const QString& span : Metrics::quickRanges())
        m_quick->addItem(QString(), span);
    m_quick->addItem(QString(), QString()); // "Custom range", selected when the fields say something else
    for (int seconds : ChartsModel::refreshChoices())
        m_refresh->addItem(QString(), seconds);
    m_from->setMinimumWidth(150);
    m_to->setMinimumWidth(150);
    Theme::setTextLook(m_error, QColor(0x9b, 0x1c, 0x2c));
    m_error->hide();

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_quick);
    row->addSpacing(8);
    row->addWidget(m_fromLabel);
    row->addWidget(m_from);
    row->addWidget(m_toLabel);
    row->addWidget(m_to);
    row->addWidget(m_apply);
    row->addWidget(m_error);
    row->addStretch(1);
    row->addWidget(m_back);
    row->addWidget(m_zoomOut);
    row->addSpacing(8);
    row->addWidget(m_refreshLabel);
    row->addWidget(m_refresh);
    row->addWidget(m_refreshNow);

    connect(m_quick, &QComboBox::activated, this, [this](int index) {
        const QString span = m_quick->itemData(index).toString();
        if (!span.isEmpty())
            Q_EMIT rangeRequested(TimeRange::last(span));
    });
    connect(m_apply, &QPushButton::clicked, this, &TimeControls::applyTyped);
    connect(m_from, &QLineEdit::returnPressed, this, &TimeControls::applyTyped);
    connect(m_to, &QLineEdit::returnPressed, this, &TimeControls::applyTyped);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimeControls::zoomOutRequested);
    connect(m_back, &QToolButton::clicked, this, &TimeControls::backRequested);
    connect(m_refreshNow, &QToolButton::clicked, this, &TimeControls::refreshNowRequested);
    connect(m_refresh, &QComboBox::activated, this,
            [this](int index) { Q_EMIT refreshSecondsChosen(m_refresh->itemData(index).toInt()); });
    retranslateUi();
}

void TimeControls::retranslateUi()
{
    const QStringList spans = Metrics::quickRanges();
    for (int i = 0; i < spans.size(); ++i)
        m_quick->setItemText(i, TimeRangeText::describe(TimeRange::last(spans[i])));
    m_quick->setItemText(int(spans.size()), tr("Custom range", "charts, time range bar: choice in a drop-down list"));
    // The boxes read UTC (or an ISO time with its offset); the axes below show the operator's zone.
    m_fromLabel->setText(tr("From (UTC)", "time range: typed times are UTC"));
    m_toLabel->setText(tr("to", "time range"));
    const QString hint = tr("now-6h, now, 2026-11-26 09:00 (UTC) or 2026-11-26T18:00+09:00");
    m_from->setPlaceholderText(hint);
    m_to->setPlaceholderText(hint);
    m_from->setToolTip(hint);
    m_to->setToolTip(hint);
    m_apply->setText(tr("Apply", "time range"));
    m_zoomOut->setText(tr("Zoom out", "chart time range, not scaling"));
    m_zoomOut->setToolTip(tr("Twice the time range (or double-click a chart)"));
    m_back->setText(tr("Back", "charts, time range bar: button"));
    m_back->setToolTip(tr("The time range before the last change"));
    m_refreshLabel->setText(tr("Auto-refresh", "charts, time range bar: label"));
    for (int i = 0; i < m_refresh->count(); ++i) {
        const int s = m_refresh->itemData(i).toInt();
        m_refresh->setItemText(i, s == 0 ? tr("Off", "auto-refresh")
                                  : s < 60 ? tr("%1 s", "charts, time range bar").arg(s)
                                           : tr("%1 min", "charts, time range bar").arg(s / 60));
    }
    m_refreshNow->setText(tr("Refresh", "charts, time range bar: button"));
}

void TimeControls::setRange(const TimeRange& range)
{
    m_from->setText(range.from);
    m_to->setText(range.to);
    m_error->hide();
    int match = m_quick->count() - 1;
    if (range.to == QLatin1String("now") && range.from.startsWith(QLatin1String("now-"))) {
        const int i = m_quick->findData(range.from.mid(4));
        if (i >= 0)
            match = i;
    }
    const QSignalBlocker block(m_quick);
    m_quick->setCurrentIndex(match);
}

void TimeControls::setRefreshSeconds(int seconds)
{
    const QSignalBlocker block(m_refresh);
    const int i = m_refresh->findData(seconds);
    m_refresh->setCurrentIndex(i >= 0 ? i : 0);
}

void TimeControls::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void TimeControls::applyTyped()
{
    const TimeRange range{m_from->text().trimmed(), m_to->text().trimmed()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!parseTimeExpression(range.from, now) || !parseTimeExpression(range.to, now)) {
        m_error->setText(tr("Write now, now-6h, a UTC time like 2026-11-26 09:00 or one with its offset like 2026-11-26T18:00+09:00."));
        m_error->show();
        return;
    }
    if (!range.isValid(now)) {
        m_error->setText(tr("The start must be before the end."));
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT rangeRequested(range);
}

} // namespace Ops
