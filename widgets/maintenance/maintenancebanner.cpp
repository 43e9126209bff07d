#include "widgets/maintenance/maintenancebanner.h"

#include "models/core/formatting.h"
#include "models/maintenance/maintenanceactivity.h"

#include <QEvent>

namespace Ops {

MaintenanceBanner::MaintenanceBanner(MaintenanceActivity& activity, QWidget* parent)
    : QLabel(parent), m_activity(activity)
{
    setObjectName(QStringLiteral("maintenanceBanner"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(6);
    connect(&activity, &MaintenanceActivity::changed, this, &MaintenanceBanner::refresh);
    refresh();
}

void MaintenanceBanner::refresh()
{
    const MaintenanceWindow active = m_activity.activeWindow();
    const MaintenanceWindow upcoming = m_activity.upcomingWindow();
    if (active.isValid()) {
        setStyleSheet(QStringLiteral(
            "background:#fff3e0; color:#8a4b00; border:1px solid #e0a050; border-radius:4px;"));
        // The shipped icon, not an emoji: the shipped fonts have no glyph for U+1F527.
        setText(QStringLiteral("<img src=\":/icons/maintenance-32.png\" width=\"16\" height=\"16\" "
                               "style=\"vertical-align:middle\">&nbsp;") +
                tr("Maintenance in progress: %1, until %2. Alerts of the stack are expected; desktop "
                   "notifications are paused.")
                    .arg(active.title.toHtmlEscaped(),
                         Format::utcAndLocal(active.end, Format::Precision::Minutes)));
        show();
    } else if (upcoming.isValid()) {
        setStyleSheet(QStringLiteral(
            "background:#e3f2fd; color:#0d47a1; border:1px solid #90caf9; border-radius:4px;"));
        setText(tr("Upcoming maintenance: %1, from %2 to %3.")
                    .arg(upcoming.title.toHtmlEscaped(),
                         Format::utcAndLocal(upcoming.start, Format::Precision::Minutes),
                         Format::utcAndLocal(upcoming.end, Format::Precision::Minutes)));
        show();
    } else {
        clear();
        hide();
    }
}

void MaintenanceBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace Ops
