#include "widgets/scaling/metricstable.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>

namespace Ops {

MetricsTable::MetricsTable(QWidget* parent) : QTableWidget(0, 3, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setMinimumHeight(120);
    refill();
}

void MetricsTable::setBefore(const QJsonObject& metrics)
{
    m_before = metrics;
    refill();
}

void MetricsTable::setAfter(const QJsonObject& metrics)
{
    m_after = metrics;
    refill();
}

QString MetricsTable::labelOf(const QString& key)
{
    if (key == QLatin1String("p95_ms"))
        return tr("Response time p95", "scale dialog, metrics before and after");
    if (key == QLatin1String("cpu_pct"))
        return tr("API CPU", "scale dialog, metrics before and after");
    if (key == QLatin1String("error_pct"))
        return tr("5xx error rate", "scale dialog, metrics before and after");
    if (key.startsWith(QLatin1String("queue_")))
        return tr("Queue %1", "scale dialog, metrics before and after").arg(key.mid(6));
    if (key.startsWith(QLatin1String("running_")))
        return tr("%1 running", "replicas of a service").arg(key.mid(8));
    return key;
}

QString MetricsTable::valueText(const QString& key, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return tr("—", "no value");
    const double v = value.toDouble();
    if (key == QLatin1String("p95_ms"))
        return tr("%1 ms", "scale dialog, metrics before and after: state or name word").arg(v, 0, 'f', 0);
    if (key.endsWith(QLatin1String("_pct")))
        return tr("%1 %", "scale dialog, metrics before and after: state or name word").arg(v, 0, 'f', 1);
    return QString::number(qint64(v));
}

void MetricsTable::refill()
{
    setHorizontalHeaderLabels({tr("Metric", "scale dialog, metrics before and after: column header"), tr("Before", "scale dialog, metrics before and after: column header"), tr("After", "scale dialog, metrics before and after: column header")});
    QStringList keys = m_before.keys();
    for (const QString& k : m_after.keys())
        if (!keys.contains(k))
            keys << k;
    setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        setItem(row, 0, new QTableWidgetItem(labelOf(key)));
        setItem(row, 1, new QTableWidgetItem(valueText(key, m_before.value(key))));
        setItem(row, 2,
                new QTableWidgetItem(m_after.isEmpty() ? QString() : valueText(key, m_after.value(key))));
    }
}

void MetricsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refill();
    QTableWidget::changeEvent(event);
}

} // namespace Ops
