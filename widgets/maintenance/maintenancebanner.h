#pragma once

#include <QLabel>

namespace Ops {

class MaintenanceActivity;

/// One line above the dashboard's tiles: an active maintenance window as a banner (its alerts are
/// expected, the desktop stays quiet) or an upcoming one as a notice, in UTC and local time. Hidden
/// when there is neither.
class MaintenanceBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit MaintenanceBanner(MaintenanceActivity& activity, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    MaintenanceActivity& m_activity;
};

} // namespace Ops
