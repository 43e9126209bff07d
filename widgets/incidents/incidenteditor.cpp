#include "widgets/incidents/incidenteditor.h"

#include "models/core/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ops {

namespace {

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString& line : all)
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

} // namespace

IncidentEditor::IncidentEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_impact(new QLineEdit(this))
    , m_detectedBy(new QLineEdit(this))
    , m_commander(new QLineEdit(this))
    , m_eta(new QLineEdit(this))
    , m_actions(new QPlainTextEdit(this))
    , m_nextSteps(new QPlainTextEdit(this))
    , m_rootCause(new QLineEdit(this))
    , m_postmortem(new QDateEdit(this))
    , m_timeline(new QListWidget(this))
    , m_update(new QLineEdit(this))
    , m_addUpdate(new QPushButton(this))
    , m_escalation(new QLabel(this))
    , m_whom(new QLabel(this))
    , m_copyKo(new QPushButton(this))
    , m_copyEn(new QPushButton(this))
    , m_exportLog(new QPushButton(this))
    , m_exportPostmortem(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_update->setObjectName(QStringLiteral("timelineText"));
    m_addUpdate->setObjectName(QStringLiteral("timelineAdd"));
    m_escalation->setObjectName(QStringLiteral("escalation"));
    m_copyEn->setObjectName(QStringLiteral("copyEnglish"));
    m_copyKo->setObjectName(QStringLiteral("copyKorean"));
    m_whom->setWordWrap(true);
    m_whom->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actions->setMaximumHeight(70);
    m_nextSteps->setMaximumHeight(70);
    m_postmortem->setCalendarPopup(true);
    m_postmortem->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // ISO in both languages
    m_postmortem->setMinimumDate(QDate(2000, 1, 1));
    m_postmortem->setDate(m_postmortem->minimumDate());
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &IncidentEditor::saveNow);

    auto* form = new QFormLayout;
    const auto row = [this, form](QWidget* field) {
        auto* label = new QLabel(this);
        m_labels.append(label);
        form->addRow(label, field);
    };
    row(m_title);
    auto* sevStatus = new QHBoxLayout;
    sevStatus->addWidget(m_severity);
    sevStatus->addWidget(m_status);
    auto* sevStatusBox = new QWidget(this);
    sevStatusBox->setLayout(sevStatus);
    sevStatus->setContentsMargins(0, 0, 0, 0);
    row(sevStatusBox);
    row(m_impact);
    row(m_detectedBy);
    row(m_commander);
    row(m_actions);
    row(m_nextSteps);
    row(m_eta);
    row(m_rootCause);
    row(m_postmortem);

    auto* checks = new QGridLayout;
    const QList<ChecklistItem> items = checklistItems();
    for (int n = 0; n < items.size(); ++n) {
        auto* box = new QCheckBox(this);
        m_checklist.insert(items.at(n), box);
        checks->addWidget(box, n / 2, n % 2);
        connect(box, &QCheckBox::toggled, this, &IncidentEditor::edited);
    }

    auto* updateRow = new QHBoxLayout;
    updateRow->addWidget(m_update, 1);
    updateRow->addWidget(m_addUpdate);
    // Two by two: in one row the four were wider than the editor's side of the page at 1280 px, and the
    // editor never scrolls across (its right edge was cut off).
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_copyKo, 0, 0);
    buttons->addWidget(m_copyEn, 0, 1);
    buttons->addWidget(m_exportLog, 1, 0);
    buttons->addWidget(m_exportPostmortem, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_escalation);
    layout->addWidget(m_whom);
    layout->addLayout(form);
    layout->addLayout(checks);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(updateRow);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_title, m_impact, m_detectedBy, m_commander, m_eta, m_rootCause})
        connect(edit, &QLineEdit::textEdited, this, &IncidentEditor::edited);
    for (QPlainTextEdit* edit : {m_actions, m_nextSteps})
        connect(edit, &QPlainTextEdit::textChanged, this, &IncidentEditor::edited);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &IncidentEditor::edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IncidentEditor::edited);
    connect(m_postmortem, &QDateEdit::dateChanged, this, &IncidentEditor::edited);
    connect(m_addUpdate, &QPushButton::clicked, this, &IncidentEditor::addUpdate);
    connect(m_update, &QLineEdit::returnPressed, this, &IncidentEditor::addUpdate);
    connect(m_copyKo, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(QStringLiteral("ko")); });
    connect(m_copyEn, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(QStringLiteral("en")); });
    connect(m_exportLog, &QPushButton::clicked, this, &IncidentEditor::exportLogRequested);
    connect(m_exportPostmortem, &QPushButton::clicked, this, &IncidentEditor::exportPostmortemRequested);
    retranslateUi();
    setEnabled(false);
}

void IncidentEditor::retranslateUi()
{
    const QStringList labels = {tr("Title", "incident"), tr("Severity / status", "incident editor"), tr("Impact", "incident editor"), tr("Detected by", "incident editor"),
                                tr("Commander", "incident editor"), tr("Actions taken (one per line)"), tr("Next steps (one per line)"),
                                tr("ETA", "incident editor"), tr("Root cause", "incident editor"), tr("Postmortem date", "incident editor")};
    for (int n = 0; n < m_labels.size() && n < labels.size(); ++n)
        m_labels.at(n)->setText(labels.at(n));
    m_loading = true;
    const int severity = m_severity->currentIndex();
    const int status = m_status->currentIndex();
    m_severity->clear();
    for (Severity s : {Severity::P0, Severity::P1, Severity::P2, Severity::P3})
        m_severity->addItem(SeverityInfo::label(s) % QStringLiteral(" (") % SeverityInfo::responseTime(s) % u')');
    m_status->clear();
    for (IncidentStatus s : {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
                             IncidentStatus::Resolved})
        m_status->addItem(SeverityInfo::statusText(s));
    m_severity->setCurrentIndex(std::max(0, severity));
    m_status->setCurrentIndex(std::max(0, status));
    m_loading = false;
    m_postmortem->setSpecialValueText(tr("not scheduled", "incident editor: shown in the date field when no date is chosen"));
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
        it.value()->setText(SeverityInfo::checklistText(ChecklistItem(it.key())));
    m_update->setPlaceholderText(tr("What happened, what was done…"));
    m_addUpdate->setText(tr("Add update", "incident editor: button"));
    m_copyKo->setText(tr("Copy message (Korean)", "incident editor: button"));
    m_copyEn->setText(tr("Copy message (English)", "incident editor: button"));
    m_exportLog->setText(tr("Export incident log", "incident editor: button"));
    m_exportPostmortem->setText(tr("Postmortem draft", "incident editor: button"));
}

void IncidentEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentEditor::setIncident(const Incident& incident)
{
    m_autosave.stop();
    m_loading = true;
    m_incident = incident;
    m_title->setText(incident.title);
    m_severity->setCurrentIndex(int(incident.severity));
    m_status->setCurrentIndex(int(incident.status));
    m_impact->setText(incident.impact);
    m_detectedBy->setText(incident.detectedBy);
    m_commander->setText(incident.commander);
    m_eta->setText(incident.eta);
    m_actions->setPlainText(incident.actionsTaken.join(u'\n'));
    m_nextSteps->setPlainText(incident.nextSteps.join(u'\n'));
    m_rootCause->setText(incident.rootCause);
    m_postmortem->setDate(incident.postmortemDate.isValid() ? incident.postmortemDate : m_postmortem->minimumDate());
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
        it.value()->setChecked(incident.isChecked(ChecklistItem(it.key())));
    setTimeline(incident.timeline);
    m_loading = false;
    setEnabled(!incident.id.isNull());
}

void IncidentEditor::setTimeline(const QList<TimelineEntry>& timeline)
{
    m_incident.timeline = timeline;
    m_timeline->clear();
    for (const TimelineEntry& e : timeline)
        m_timeline->addItem(QStringLiteral("[%1] %2").arg(Format::utcAndLocal(e.at, Format::Precision::Minutes), e.text));
    m_timeline->scrollToBottom();
}

Incident IncidentEditor::incident() const
{
    Incident i = m_incident;
    i.title = m_title->text().trimmed();
    i.severity = severityFromInt(m_severity->currentIndex());
    const IncidentStatus status = IncidentStatus(std::max(0, m_status->currentIndex()));
    if (status == IncidentStatus::Resolved && i.isOpen())
        i.resolvedAt = QDateTime::currentDateTimeUtc();
    else if (status != IncidentStatus::Resolved)
        i.resolvedAt = QDateTime();
    i.status = status;
    i.impact = m_impact->text();
    i.detectedBy = m_detectedBy->text();
    i.commander = m_commander->text();
    i.eta = m_eta->text();
    i.actionsTaken = lines(m_actions);
    i.nextSteps = lines(m_nextSteps);
    i.rootCause = m_rootCause->text();
    i.postmortemDate = m_postmortem->date() == m_postmortem->minimumDate() ? QDate() : m_postmortem->date();
    int checklist = 0;
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
        if (it.value()->isChecked())
            checklist |= it.key();
    i.checklist = checklist;
    return i;
}

void IncidentEditor::setSavedVersion(const QUuid& id, int version, const QUuid& change)
{
    if (id != m_incident.id)
        return;
    m_incident.version = version;
    m_incident.lastChange = change;
}

void IncidentEditor::flush()
{
    if (m_autosave.isActive()) {
        m_autosave.stop();
        saveNow();
    }
}

void IncidentEditor::saveNow()
{
    const Incident now = incident();
    m_incident.status = now.status; // the resolution time is taken once
    m_incident.resolvedAt = now.resolvedAt;
    Q_EMIT saveRequested(now);
}

void IncidentEditor::setEscalation(const QString& level, const QStringList& whomToCall)
{
    m_escalation->setText(level);
    m_whom->setText(whomToCall.join(u'\n'));
}

void IncidentEditor::edited()
{
    if (m_loading || m_incident.id.isNull())
        return;
    m_autosave.start();
}

void IncidentEditor::addUpdate()
{
    const QString text = m_update->text().trimmed();
    if (text.isEmpty() || m_incident.id.isNull())
        return;
    m_update->clear();
    Q_EMIT updateRequested(m_incident.id, text);
}

} // namespace Ops
