#include "widgets/charts/chartspage.h"
#include "widgets/shell/noticelabel.h"

#include "widgets/charts/chartpanel.h"
#include "models/session/consolecontext.h"
#include "models/metrics/chartsmodel.h"
#include "models/metrics/auditeventfeed.h"
#include "models/session/session.h"
#include "widgets/charts/paneleditordialog.h"
#include "widgets/charts/timecontrols.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Ops {

using namespace Metrics;

namespace {
constexpr int kColumns = 2;
// Building chart panels takes a few milliseconds each: at most this much per turn of the event loop.
constexpr int kBuildSliceMs = 8;
} // namespace

ChartsPage::ChartsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_model(new ChartsModel(context.session().http(), this)),
      m_title(new QLabel(this)), m_controls(new TimeControls(this)), m_note(new NoticeLabel(this)),
      m_add(new QPushButton(this)), m_reset(new QPushButton(this)), m_scroll(new QScrollArea(this)),
      m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid)), m_auditEvents(new AuditEventFeed(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_note->setWordWrap(true);
    m_note->setLook({QColor(0x7a, 0x4d, 0x00), QColor(0xff, 0xf4, 0xd6), QColor(0xf0, 0xd4, 0x8a), 3, 6});
    m_note->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    // The grid's grey by its palette: a style sheet here would style every panel and child in it.
    QPalette grey = m_grid->palette();
    grey.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    m_grid->setPalette(grey);
    m_grid->setAutoFillBackground(true);
    m_gridLayout->setContentsMargins(6, 6, 6, 6);
    m_gridLayout->setSpacing(8);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_reset);
    header->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_controls);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);

    connect(m_controls, &TimeControls::rangeRequested, m_model, &ChartsModel::setRange);
    connect(m_controls, &TimeControls::zoomOutRequested, m_model, &ChartsModel::zoomOut);
    connect(m_controls, &TimeControls::backRequested, m_model, &ChartsModel::back);
    connect(m_controls, &TimeControls::refreshSecondsChosen, m_model, &ChartsModel::setRefreshSeconds);
    connect(m_controls, &TimeControls::refreshNowRequested, m_model, &ChartsModel::reload);
    connect(m_add, &QPushButton::clicked, this, &ChartsPage::addPanel);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Reset panels", "charts page: dialog title"),
                                  tr("Replace this profile's panels with the runbook's default panels?")) ==
            QMessageBox::Yes)
            m_model->resetPanels();
    });

    connect(m_model, &ChartsModel::rangeChanged, this, [this](const TimeRange& range) {
        m_controls->setRange(range);
        m_controls->setBackEnabled(m_model->canGoBack());
        loadEvents();
    });
    // The console's own actions (audit trail) as markers: read for the range, then live.
    connect(m_auditEvents, &AuditEventFeed::eventsChanged, this, &ChartsPage::setEvents);
    Session& session = context.session();
    connect(&session, &Session::actionRecorded, m_auditEvents, &AuditEventFeed::addLive);
    connect(&session, &Session::reset, this, [this] {
        m_auditEvents->setSource(nullptr, QString());
        delete m_auditReader; // it reads the previous profile's database
    });
    const auto bindAudit = [this] {
        Session& s = this->context().session();
        m_auditReader = s.createAuditReader(this);
        m_auditEvents->setSource(m_auditReader, s.profile().name);
    };
    connect(&session, &Session::built, this, bindAudit);
    bindAudit();
    connect(&context.session(), &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            loadEvents();
    });
    connect(m_model, &ChartsModel::refreshChanged, m_controls, &TimeControls::setRefreshSeconds);
    connect(m_model, &ChartsModel::panelsChanged, this, &ChartsPage::rebuildPanels);
    connect(m_model, &ChartsModel::modeChanged, this, &ChartsPage::updateModeNote);
    connect(m_model, &ChartsModel::panelDataChanged, this, [this](int index) {
        if (m_panelsBuilt && index < m_panels.size()) // before: the build gives each panel its data
            m_panels[index]->setData(m_model->panelData(index));
        updateModeNote();
    });
    connect(m_model, &ChartsModel::settled, this, [this] {
        ensurePanels(); // ready means drawn: every panel exists with its data
        if (!m_ready) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
    connect(&context, &ConsoleContext::activeProfileChanged, this, [this](const ConnectionProfile& profile) {
        if (m_started)
            m_model->setProfile(profile);
    });
    // No panels yet: the page paints its frame first, and the panels are built after that while
    // Prometheus answers (see paintEvent()).
    retranslateUi();
}

ChartsPage::~ChartsPage() = default;

QList<ChartPanel*> ChartsPage::panels()
{
    ensurePanels();
    return m_panels;
}

void ChartsPage::paintEvent(QPaintEvent* event)
{
    Page::paintEvent(event);
    if (!m_panelsBuilt && !m_buildScheduled) {
        m_buildScheduled = true;
        QTimer::singleShot(0, this, &ChartsPage::buildSomePanels);
    }
}

void ChartsPage::buildSomePanels()
{
    if (m_panelsBuilt)
        return;
    // The chart views first, hidden and outside the grid (no layout or paint while they come)...
    QElapsedTimer slice;
    slice.start();
    const qsizetype wanted = m_model->panels().size();
    while (m_pendingPanels.size() + m_panels.size() < wanted && slice.elapsed() < kBuildSliceMs)
        m_pendingPanels.append(new ChartPanel(m_grid));
    if (m_pendingPanels.size() + m_panels.size() < wanted) {
        QTimer::singleShot(0, this, &ChartsPage::buildSomePanels); // the rest in the next turn
        return;
    }
    ensurePanels();
}

void ChartsPage::ensurePanels()
{
    if (m_panelsBuilt)
        return;
    m_panelsBuilt = true;
    // ...then into the grid together: one layout pass, and each panel gets its definition and data at
    // its final size, so the chart lays out and decimates once.
    const int first = int(m_panels.size());
    for (int index = first; index < m_model->panels().size(); ++index)
        placePanel(m_pendingPanels.isEmpty() ? new ChartPanel(m_grid) : m_pendingPanels.takeFirst(), index);
    qDeleteAll(std::exchange(m_pendingPanels, {}));
    m_gridLayout->activate();
    for (int index = first; index < m_panels.size(); ++index)
        setUpPanel(m_panels.at(index), index);
}

bool ChartsPage::isReady() const
{
    return m_ready;
}

QString ChartsPage::modeNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void ChartsPage::retranslateUi()
{
    m_title->setText(tr("Charts", "charts page: title"));
    m_add->setText(tr("Add panel…", "charts page: button"));
    m_reset->setText(tr("Reset panels", "charts page: button"));
    m_controls->retranslateUi();
    m_auditEvents->republish();
    for (ChartPanel* p : std::as_const(m_panels))
        p->retranslateUi();
    // Built-in titles and words follow the language: reload their definitions.
    if (m_started)
        m_model->setProfile(context().activeProfile());
    updateModeNote();
}

void ChartsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Charts ask Prometheus only while they are seen.
    updatePixelWidth();
    if (!m_started) {
        m_started = true;
        context().session().start(); // the HTTP client follows the profile from then on
        m_model->setProfile(context().activeProfile());
    }
    m_model->setActive(true);
    loadEvents(); // other consoles' actions since the last look
}

void ChartsPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_model->setActive(false);
}

void ChartsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    updatePixelWidth();
}

void ChartsPage::updatePixelWidth()
{
    // Two panels per row; the plot is the panel minus its axis labels.
    const int width = (m_scroll->viewport()->width() - 30) / kColumns - 70;
    m_model->setPixelWidth(width);
}

void ChartsPage::rebuildPanels()
{
    if (!m_panelsBuilt)
        return; // built from the model's definitions when the page has painted (see paintEvent())
    // Panels are reused: a chart view is costly to build, and another profile or language usually keeps
    // most of them.
    const QList<PanelDefinition>& definitions = m_model->panels();
    while (m_panels.size() > definitions.size())
        delete m_panels.takeLast();
    for (int i = 0; i < definitions.size(); ++i) {
        if (i >= m_panels.size())
            placePanel(new ChartPanel(m_grid), i);
        setUpPanel(m_panels.at(i), i);
    }
}

void ChartsPage::setUpPanel(ChartPanel* panel, int index)
{
    panel->setDefinition(m_model->panels().at(index));
    panel->setData(m_model->panelData(index));
    panel->setEvents(m_events);
}

void ChartsPage::placePanel(ChartPanel* panel, int index)
{
    panel->setMinimumHeight(260);
    m_gridLayout->addWidget(panel, index / kColumns, index % kColumns);
    connect(panel, &ChartPanel::zoomRequested, m_model, &ChartsModel::zoomTo);
    connect(panel, &ChartPanel::zoomOutRequested, m_model, &ChartsModel::zoomOut);
    connect(panel, &ChartPanel::editRequested, this, [this, panel] { editPanel(int(m_panels.indexOf(panel))); });
    connect(panel, &ChartPanel::removeRequested, this, [this, panel] {
        const int index = int(m_panels.indexOf(panel));
        if (QMessageBox::question(this, tr("Remove panel", "charts page: dialog title"), tr("Remove the panel “%1”?").arg(panel->definition().title)) ==
            QMessageBox::Yes)
            m_model->removePanel(index);
    });
    connect(panel, &ChartPanel::moveRequested, this, [this, panel](int delta) {
        const int index = int(m_panels.indexOf(panel));
        m_model->movePanel(index, index + delta);
    });
    m_panels.append(panel);
}

void ChartsPage::updateModeNote()
{
    const bool local = m_model->mode() == ChartsModel::Mode::ClientScrape;
    m_note->setText(local ? m_model->modeReason() : QString());
    m_note->setVisible(local && !m_model->modeReason().isEmpty());
}

void ChartsPage::setEvents(const QList<ChartEvent>& events)
{
    m_events = events;
    for (ChartPanel* p : std::as_const(m_panels))
        p->setEvents(events);
}

void ChartsPage::loadEvents()
{
    const auto resolved = m_model->range().resolve();
    if (!resolved)
        return;
    // A range ending "now" keeps moving: actions recorded later arrive live.
    m_auditEvents->load(resolved->first, resolved->second.addSecs(60));
}

void ChartsPage::addPanel()
{
    auto* dialog = new PanelEditorDialog(PanelDefinition{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_model->addPanel(dialog->panel()); });
    dialog->open();
}

void ChartsPage::editPanel(int index)
{
    if (index < 0 || index >= m_model->panels().size())
        return;
    auto* dialog = new PanelEditorDialog(m_model->panels().at(index), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] { m_model->updatePanel(index, dialog->panel()); });
    dialog->open();
}

} // namespace Ops
