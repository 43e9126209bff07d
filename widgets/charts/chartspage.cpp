#include "widgets/charts/chartspage.h"

#include "widgets/charts/chartpanel.h"
#include "models/session/consolecontext.h"
#include "models/metrics/chartsmodel.h"
#include "models/metrics/auditeventfeed.h"
#include "models/session/session.h"
#include "widgets/charts/paneleditordialog.h"
#include "widgets/charts/timecontrols.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ops {

using namespace Metrics;

namespace {
constexpr int kColumns = 2;
}

ChartsPage::ChartsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new ChartsModel(context.session().http(), this))
    , m_title(new QLabel(this))
    , m_controls(new TimeControls(this))
    , m_note(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
    , m_auditEvents(new AuditEventFeed(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #7a4d00; background: #fff4d6; border: 1px solid #f0d48a;"
                                         " border-radius: 3px; padding: 6px; }"));
    m_note->hide();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_grid->setStyleSheet(QStringLiteral("background: #f4f5f7;"));
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
        if (index < m_panels.size())
            m_panels[index]->setData(m_model->panelData(index));
        updateModeNote();
    });
    connect(m_model, &ChartsModel::settled, this, [this] {
        if (!m_ready) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
    connect(&context, &ConsoleContext::activeProfileChanged, this, [this](const ConnectionProfile& profile) {
        if (m_started)
            m_model->setProfile(profile);
    });
    rebuildPanels();
    retranslateUi();
}

ChartsPage::~ChartsPage() = default;

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
    qDeleteAll(m_panels);
    m_panels.clear();
    const QList<PanelDefinition>& definitions = m_model->panels();
    for (int i = 0; i < definitions.size(); ++i) {
        auto* panel = new ChartPanel(m_grid);
        panel->setDefinition(definitions[i]);
        panel->setData(m_model->panelData(i));
        panel->setEvents(m_events);
        panel->setMinimumHeight(260);
        m_gridLayout->addWidget(panel, i / kColumns, i % kColumns);
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
