#include "widgets/charts/chartpanel.h"

#include "widgets/charts/panelchartview.h"
#include "widgets/shell/noticelabel.h"
#include "widgets/shell/theme.h"

#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QToolButton>

namespace Ops {

using namespace Metrics;

namespace {
/// The panel's message over the plot: grey on white, or red on pink for an error.
NoticeLabel::Look messageLook(bool error)
{
    return error ? NoticeLabel::Look{QColor(0x9b, 0x1c, 0x2c), QColor(253, 236, 238, 235),
                                     QColor(0xf0, 0xb8, 0xbf), 3, 8}
                 : NoticeLabel::Look{QColor(0x4a, 0x55, 0x61), QColor(255, 255, 255, 225),
                                     QColor(0xd8, 0xdd, 0xe3), 3, 8};
}
} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_badge(new NoticeLabel(this)),
      m_menuButton(new QToolButton(this)), m_view(new PanelChartView(this)), m_message(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    // A card painted here and labels styled in code: no style sheet, whose style would keep its rules
    // for the panel and every child of it (eight panels on the page).
    setFrameShape(QFrame::NoFrame);
    Theme::setTextLook(m_title, QColor(), QFont::DemiBold);
    m_badge->setLook({QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xf4, 0xd6), QColor(), 2, 0});
    m_badge->setContentsMargins(4, 0, 4, 0);
    m_badge->hide();
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setLook(messageLook(false));
    m_message->setMaximumWidth(460);
    m_message->hide();

    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setText(QStringLiteral("⋮"));
    auto* menu = new QMenu(m_menuButton);
    m_pngAction = menu->addAction(QString(), this, &ChartPanel::askExportPng);
    m_csvAction = menu->addAction(QString(), this, &ChartPanel::askExportCsv);
    menu->addSeparator();
    m_editAction = menu->addAction(QString(), this, &ChartPanel::editRequested);
    m_upAction = menu->addAction(QString(), this, [this] { Q_EMIT moveRequested(-1); });
    m_downAction = menu->addAction(QString(), this, [this] { Q_EMIT moveRequested(1); });
    menu->addSeparator();
    m_removeAction = menu->addAction(QString(), this, &ChartPanel::removeRequested);
    m_menuButton->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 2, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);
    header->addWidget(m_menuButton);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 2);
    grid->setSpacing(0);
    grid->addLayout(header, 0, 0);
    grid->addWidget(m_view, 1, 0);
    grid->addWidget(m_message, 1, 0, Qt::AlignCenter); // words over the plot, not instead of it
    connect(m_view, &PanelChartView::zoomRequested, this, &ChartPanel::zoomRequested);
    connect(m_view, &PanelChartView::zoomOutRequested, this, &ChartPanel::zoomOutRequested);
    retranslateUi();
}

void ChartPanel::retranslateUi()
{
    m_menuButton->setToolTip(tr("Panel menu", "charts, one panel: tooltip"));
    m_pngAction->setText(tr("Export as PNG…", "charts, one panel: menu item"));
    m_csvAction->setText(tr("Export data as CSV…"));
    m_editAction->setText(tr("Edit…", "charts, one panel: menu item"));
    m_upAction->setText(tr("Move up", "charts, one panel: menu item"));
    m_downAction->setText(tr("Move down", "charts, one panel: menu item"));
    m_removeAction->setText(tr("Remove panel", "charts, one panel: menu item"));
    m_badge->setText(tr("computed from /metrics", "panel badge"));
    m_badge->setToolTip(tr("Prometheus is not available: the console computes this panel from its own scrapes of "
                           "the API's /metrics."));
}

void ChartPanel::setDefinition(const PanelDefinition& definition)
{
    if (definition == m_definition && !m_title->text().isEmpty())
        return;
    m_definition = definition;
    m_title->setText(definition.title);
    QStringList queries;
    for (const PanelQuery& q : definition.queries)
        queries.append(q.promql);
    m_title->setToolTip(queries.join(QLatin1Char('\n')));
    m_view->setDefinition(definition);
}

void ChartPanel::setData(const PanelData& data)
{
    m_view->setData(data);
    m_badge->setVisible(data.local);
    QString text;
    switch (data.state) {
    case PanelData::State::Ok: break;
    case PanelData::State::Loading: text = data.message.isEmpty() ? tr("Loading…", "charts, one panel") : data.message; break;
    case PanelData::State::NoData: text = data.message.isEmpty() ? tr("No data in this time range.") : data.message; break;
    case PanelData::State::Error:
    case PanelData::State::Unavailable: text = data.message; break;
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const bool error = data.state == PanelData::State::Error || data.state == PanelData::State::Unavailable;
    if (m_message->property("error").toBool() != error || m_message->property("error").isNull()) {
        m_message->setProperty("error", error); // a new look only when the kind of message changes
        m_message->setLook(messageLook(error));
    }
}

void ChartPanel::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    Theme::paintCard(painter, rect(), 3, Qt::white, QColor(0xd8, 0xdd, 0xe3));
}

void ChartPanel::setEvents(const QList<ChartEvent>& events)
{
    m_view->setEvents(events);
}

QString ChartPanel::message() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

bool ChartPanel::exportPng(const QString& path) const
{
    return const_cast<ChartPanel*>(this)->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(panelCsv(m_view->data()));
    return file.commit();
}

void ChartPanel::askExportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export panel as PNG"), m_definition.id + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)", "charts, one panel: file type filter"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export failed", "charts, one panel: dialog title"), tr("Could not write %1.").arg(path));
}

void ChartPanel::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export panel data as CSV"), m_definition.id + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)", "charts, one panel: file type filter"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export failed", "charts, one panel: dialog title"), tr("Could not write %1.").arg(path));
}

} // namespace Ops
