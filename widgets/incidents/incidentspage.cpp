#include "widgets/incidents/incidentspage.h"
#include "widgets/pages/verticalscrollarea.h"

#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/languagemanager.h"
#include "models/health/alertentry.h"
#include "models/health/servicestatus.h"
#include "models/incidents/escalation.h"
#include "models/incidents/incidentfiltermodel.h"
#include "models/incidents/incidentlistmodel.h"
#include "models/incidents/incidentlog.h"
#include "models/incidents/incidentstore.h"
#include "models/incidents/incidenttemplate.h"
#include "models/incidents/oncallroster.h"
#include "widgets/incidents/incidenteditor.h"
#include "models/audit/auditentry.h"
#include "models/session/session.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ops {

IncidentsPage::IncidentsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new IncidentListModel(this))
    , m_filter(new IncidentFilterModel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_statusFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_since(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_editor(new IncidentEditor(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_state->setWordWrap(true); // long errors wrap, never widen the window
    m_state->setObjectName(QStringLiteral("syncState"));
    m_new->setObjectName(QStringLiteral("newIncident"));
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // ISO in both languages, never a 2-digit year
    m_since->setMinimumDate(QDate(2000, 1, 1));
    m_since->setDate(m_since->minimumDate());

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_state);
    header->addWidget(m_new);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_since);
    filters->addWidget(m_search, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    // The editor scrolls rather than growing the window: with an incident open, whom to call and the
    // Korean labels made the page taller than an 800-pixel screen. Up and down only, as wide as it needs.
    auto* editorScroll = new VerticalScrollArea(splitter);
    editorScroll->setWidget(m_editor);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_editor, &IncidentEditor::saveRequested, this, [this](const Incident& incident) {
        if (m_log)
            m_log->store()->save(incident);
    });
    connect(m_editor, &IncidentEditor::updateRequested, this,
            [this](const QUuid& id, const QString& text) { appendTimeline(id, text); });
    connect(m_editor, &IncidentEditor::copyRequested, this, [this](const QString& language) {
        if (m_editor->hasIncident())
            QGuiApplication::clipboard()->setText(communicationText(m_editor->incident().id, language));
    });
    connect(m_editor, &IncidentEditor::exportLogRequested, this, &IncidentsPage::exportLog);
    connect(m_editor, &IncidentEditor::exportPostmortemRequested, this, &IncidentsPage::exportPostmortem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentsPage::onSelectionChanged);
    connect(m_new, &QPushButton::clicked, this, [this] {
        newIncident(Incident::create(tr("New incident", "incidents page"), Severity::P2));
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverityFilter(m_severityFilter->currentData().toInt()); });
    connect(m_since, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_filter->setSince(date == m_since->minimumDate() ? QDate() : date);
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &IncidentFilterModel::setSearch);

    // Escalation ages move on by the second, on screen only: the timer runs while the page is shown.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IncidentsPage::tick);
    connect(&context.session(), &Session::reset, this, [this] {
        m_editor->flush();
        m_log.clear();
        m_current = QUuid();
        m_model->setIncidents({}, {});
        updateStatusLine();
    });
    connect(&context.session(), &Session::built, this, &IncidentsPage::bindLog);

    retranslateUi();
    context.session().start();
    bindLog();
}

void IncidentsPage::bindLog()
{
    m_log = context().session().incidents();
    if (!m_log) {
        markReady();
        return;
    }
    IncidentStore* store = m_log->store();
    connect(store, &IncidentStore::incidentsChanged, this, [this] {
        reloadList();
        markReady();
    });
    connect(store, &IncidentStore::loadFailed, this, [this] {
        updateStatusLine();
        markReady();
    });
    connect(store, &IncidentStore::saved, m_editor, &IncidentEditor::setSavedVersion);
    connect(store, &IncidentStore::conflictDetected, this, &IncidentsPage::onConflict);
    connect(m_log, &IncidentLog::statusChanged, this, &IncidentsPage::updateStatusLine);
    reloadList();
    if (m_log->hasLoaded() || !context().hasActiveProfile())
        markReady();
}

IncidentsPage::~IncidentsPage()
{
    m_editor->flush();
}

QString IncidentsPage::dataDirectory() const
{
    return m_log ? m_log->dataDirectory() : context().session().dataDirectory() + QStringLiteral("/incidents");
}

void IncidentsPage::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void IncidentsPage::retranslateUi()
{
    m_title->setText(tr("Incidents", "incidents page: title"));
    m_new->setText(tr("New incident", "incidents page: button"));
    m_search->setPlaceholderText(tr("Search title, impact, timeline…"));
    m_since->setSpecialValueText(tr("any date", "incidents page: shown in the date field when no date is chosen"));
    const auto refill = [](QComboBox* combo, const QList<QPair<QString, int>>& items) {
        const int current = combo->currentIndex();
        QSignalBlocker block(combo);
        combo->clear();
        for (const auto& item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(std::max(0, current));
    };
    QList<QPair<QString, int>> statuses = {{tr("Open incidents", "incidents page"), IncidentFilterModel::kOpen},
                                           {tr("All statuses", "incidents page"), IncidentFilterModel::kAll}};
    for (IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
                             IncidentStatus::Resolved})
        statuses.append({SeverityInfo::statusText(s), int(s)});
    refill(m_statusFilter, statuses);
    QList<QPair<QString, int>> severities = {{tr("All severities", "incidents page"), IncidentFilterModel::kAll}};
    for (Severity s : {Severity::P0, Severity::P1, Severity::P2, Severity::P3})
        severities.append({SeverityInfo::label(s), int(s)});
    refill(m_severityFilter, severities);
    m_filter->setStatusFilter(m_statusFilter->currentData().toInt());
    m_filter->setSeverityFilter(m_severityFilter->currentData().toInt());
    updateStatusLine();
}

void IncidentsPage::updateStatusLine()
{
    if (!m_log) {
        m_state->setText(tr("No profile: local journal only"));
        return;
    }
    const IncidentStore* store = m_log->store();
    const int pending = store->pendingCount();
    QString text = m_log->isLive() ? tr("Live", "incidents page") : tr("Database unreachable: working offline");
    if (pending > 0)
        text += QStringLiteral(" · ") % tr("%n change(s) waiting to sync", nullptr, pending);
    if (store->conflictCount() > 0)
        text += QStringLiteral(" · ") % tr("%n conflicting change(s) kept aside", nullptr, store->conflictCount());
    m_state->setText(text);
}

void IncidentsPage::reloadList()
{
    if (!m_log)
        return;
    const IncidentStore* store = m_log->store();
    QSet<QUuid> pending;
    const QList<Incident> all = store->incidents();
    for (const Incident& i : all)
        if (store->isPending(i.id))
            pending.insert(i.id);
    m_model->setIncidents(all, pending);
    // Keep the editor on its incident; take the database's state only when nothing is being typed.
    if (!m_current.isNull()) {
        const Incident current = store->incident(m_current);
        if (!m_editor->hasUnsavedChanges() && !current.id.isNull()) {
            const Incident shown = m_editor->incident();
            if (!shown.sameFields(current) || shown.version != current.version)
                m_editor->setIncident(current);
            else
                m_editor->setTimeline(current.timeline);
        } else if (!current.id.isNull()) {
            m_editor->setTimeline(current.timeline);
        }
        const int row = m_model->rowOf(m_current);
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateStatusLine();
    tick();
}

void IncidentsPage::select(const QUuid& id)
{
    m_current = id;
    if (m_log) {
        m_log->setFocusedIncident(id);
        m_editor->setIncident(m_log->store()->incident(id));
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (index.isValid()) {
        QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    tick();
}

void IncidentsPage::onSelectionChanged()
{
    m_editor->flush();
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (index.isValid())
        select(index.data(IncidentListModel::IdRole).toUuid());
}

OnCallRoster IncidentsPage::roster() const
{
    return m_log ? m_log->roster() : OnCallRoster();
}

void IncidentsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    tick();
    m_tick.start();
}

void IncidentsPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_tick.stop();
}

void IncidentsPage::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model->setNow(now);
    if (!m_editor->hasIncident())
        return;
    const Incident i = m_editor->incident();
    const EscalationState s = Escalation::at(i, now);
    if (!i.isOpen()) {
        m_editor->setEscalation(tr("Resolved after %1", "incidents page").arg(Escalation::durationText(s.elapsedSeconds)), {});
        return;
    }
    QString line = tr("%1 %2 — %3 since the start").arg(Escalation::levelKey(s.level), Escalation::roleText(s.level),
                                                       Escalation::durationText(s.elapsedSeconds));
    if (s.secondsToNext >= 0)
        line += QStringLiteral(" · ") % tr("next level in %1", "incidents page").arg(Escalation::durationText(s.secondsToNext));
    if (i.severity == Severity::P0)
        line += QStringLiteral(" · ") % tr("P0: all hands", "incidents page");
    m_editor->setEscalation(line, roster().whomToCall(s.level, i.severity));
}

QUuid IncidentsPage::newIncident(const Incident& prefilled)
{
    if (!m_log)
        return {};
    m_editor->flush();
    Incident incident = prefilled;
    if (incident.id.isNull())
        incident.id = QUuid::createUuid();
    const QUuid id = m_log->create(incident);
    if (m_log->store()->incident(id).id.isNull())
        m_current = id; // the store shows it when the save returns
    select(id);
    m_editor->setIncident(m_log->store()->incident(id).id.isNull() ? incident : m_log->store()->incident(id));
    return id;
}

QUuid IncidentsPage::newFromAlert(const AlertEntry& alert)
{
    return m_log ? newIncident(m_log->fromAlert(alert)) : QUuid();
}

QUuid IncidentsPage::newFromService(const ServiceStatus& status)
{
    return m_log ? newIncident(m_log->fromService(status)) : QUuid();
}

bool IncidentsPage::appendTimeline(const QUuid& incidentId, const QString& text)
{
    return m_log && m_log->appendTimeline(incidentId, text);
}

bool IncidentsPage::appendTimeline(const QString& text)
{
    return m_log && m_log->appendToOpenIncident(text);
}

IncidentStore& IncidentsPage::store() const
{
    Q_ASSERT(m_log);
    return *m_log->store();
}

QString IncidentsPage::communicationText(const QUuid& incidentId, const QString& language)
{
    Incident incident = m_log ? m_log->store()->incident(incidentId) : Incident();
    if (m_editor->hasIncident() && m_editor->incident().id == incidentId)
        incident = m_editor->incident();
    const QTranslator* translator = context().language().translatorFor(language);
    return IncidentTemplate::communication(incident, translator, QTimeZone::systemTimeZone());
}

void IncidentsPage::exportLog()
{
    if (!m_editor->hasIncident())
        return;
    const Incident incident = m_editor->incident();
    const QString path = dataDirectory() + u'/' + IncidentTemplate::logFileName(incident);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const QByteArray lines = IncidentTemplate::logLines(incident).toUtf8();
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(lines) == lines.size();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(lines));
    m_state->setText(ok ? tr("Appended to %1 (and copied)").arg(path) : tr("Cannot write %1: %2", "incidents page: status text").arg(path, file.errorString()));
}

void IncidentsPage::exportPostmortem()
{
    if (!m_editor->hasIncident())
        return;
    const Incident incident = m_editor->incident();
    const QString path = dataDirectory() + QStringLiteral("/postmortems/postmortem_") %
                         incident.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd")) % u'_' %
                         incident.id.toString(QUuid::WithoutBraces).left(8) % QStringLiteral(".md");
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString language = context().language().language();
    const QByteArray text =
        IncidentTemplate::postmortem(incident, context().language().translatorFor(language), QTimeZone::systemTimeZone())
            .toUtf8();
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    m_state->setText(ok ? tr("Postmortem draft written to %1 (and copied)").arg(path)
                        : tr("Cannot write %1: %2", "incidents page").arg(path, file.errorString()));
}

void IncidentsPage::onConflict(const Incident& mine, const Incident& theirs)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Incident changed elsewhere", "incidents page: dialog title"),
                                tr("Another console changed \"%1\" (version %2) while you were editing it. Keep your "
                                   "version, or take theirs?")
                                    .arg(theirs.title)
                                    .arg(theirs.version),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* keep = box->addButton(tr("Keep mine", "incidents page: dialog button"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    QPushButton* take = box->addButton(tr("Take theirs", "incidents page: dialog button"), QMessageBox::RejectRole);
    take->setObjectName(QStringLiteral("takeTheirs"));
    box->setDetailedText(tr("Yours: %1 — %2\nTheirs: %3 — %4")
                             .arg(mine.title, SeverityInfo::statusText(mine.status), theirs.title,
                                  SeverityInfo::statusText(theirs.status)));
    connect(keep, &QPushButton::clicked, this, [this, mine, theirs] {
        Incident again = mine;
        again.version = theirs.version;
        again.lastChange = theirs.lastChange;
        if (m_current == mine.id)
            m_editor->setIncident(again);
        if (m_log)
            m_log->store()->save(again);
    });
    connect(take, &QPushButton::clicked, this, [this, theirs] {
        if (m_current == theirs.id && m_log)
            m_editor->setIncident(m_log->store()->incident(theirs.id));
    });
    box->open();
}

} // namespace Ops
