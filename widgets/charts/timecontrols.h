#pragma once

#include "models/metrics/timerange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Ops {

/// Grafana's time picker: quick ranges, from/to fields that take `now-6h` or an absolute time,
/// zoom out, back, auto-refresh and refresh now. Only emits requests; the model decides.
class TimeControls final : public QWidget
{
    Q_OBJECT

public:
    explicit TimeControls(QWidget* parent = nullptr);

    void setRange(const Metrics::TimeRange& range);
    void setRefreshSeconds(int seconds);
    void setBackEnabled(bool enabled);
    void retranslateUi();

    QComboBox* quickRanges() const { return m_quick; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void rangeRequested(const Ops::Metrics::TimeRange& range);
    void zoomOutRequested();
    void backRequested();
    void refreshSecondsChosen(int seconds);
    void refreshNowRequested();

private:
    void applyTyped();

    QComboBox* m_quick;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QPushButton* m_apply;
    QToolButton* m_zoomOut;
    QToolButton* m_back;
    QComboBox* m_refresh;
    QToolButton* m_refreshNow;
    QLabel* m_error;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_refreshLabel;
};

} // namespace Ops
