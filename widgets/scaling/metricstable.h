#pragma once

#include <QJsonObject>
#include <QTableWidget>

namespace Ops {

/// The figures the runbook scales on (p95, CPU, error rate, queue lengths, replicas), before a change
/// and again after it, side by side. Keys are those of HealthMonitor::scaleMetrics().
class MetricsTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit MetricsTable(QWidget* parent = nullptr);

    void setBefore(const QJsonObject& metrics);
    void setAfter(const QJsonObject& metrics);
    QJsonObject before() const { return m_before; }
    QJsonObject after() const { return m_after; }

    /// Translated label of a metric key ("p95_ms" -> "Response time p95").
    static QString labelOf(const QString& key);
    static QString valueText(const QString& key, const QJsonValue& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refill();

    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace Ops
