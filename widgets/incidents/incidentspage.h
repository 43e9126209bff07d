#pragma once

#include "models/incidents/incident.h"
#include "models/incidents/incidentlog.h"
#include "widgets/pages/page.h"

#include <QPointer>
#include <QTimer>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ops {

struct AlertEntry;
struct ServiceStatus;
class IncidentEditor;
class IncidentFilterModel;
class IncidentListModel;
class IncidentLog;
class IncidentStore;
struct OnCallRoster;

/// The incident log: a filtered list, an autosaving editor with the escalation timer, and the
/// runbook's communication texts. Works on the database of the active profile, or — when it is down —
/// on the local cache and journal (pending changes are counted in the header).
class IncidentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    /// Shows the session's incident log (Session::incidents()) of the active profile.
    explicit IncidentsPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~IncidentsPage() override;

    bool isReady() const override { return m_ready; }

    /// A new incident prefilled from a firing alert (title, severity, impact, alerts that fired); selected.
    QUuid newFromAlert(const AlertEntry& alert);
    /// A new incident prefilled from a failing service tile.
    QUuid newFromService(const ServiceStatus& status);
    QUuid newIncident(const Incident& prefilled);
    /// Adds a timeline update to an open incident (the console's own actions); false when it is unknown
    /// or resolved.
    bool appendTimeline(const QUuid& incidentId, const QString& text);
    /// The same, to the incident open in the editor, else the newest open one.
    bool appendTimeline(const QString& text);

    IncidentStore& store() const;
    /// Where exports go (the incident log's folder).
    QString dataDirectory() const;
    IncidentEditor* editor() const { return m_editor; }
    /// The communication message in `language` ("ko" or "en").
    QString communicationText(const QUuid& incidentId, const QString& language);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void bindLog();
    void reloadList();
    void select(const QUuid& id);
    void onSelectionChanged();
    void onConflict(const Incident& mine, const Incident& theirs);
    void tick();
    void updateStatusLine();
    void markReady();
    void exportLog();
    void exportPostmortem();
    OnCallRoster roster() const;

    QPointer<IncidentLog> m_log;
    IncidentListModel* m_model;
    IncidentFilterModel* m_filter;
    QTimer m_tick;
    bool m_ready = false;
    QUuid m_current;

    QLabel* m_title;
    QLabel* m_state;
    QPushButton* m_new;
    QComboBox* m_statusFilter;
    QComboBox* m_severityFilter;
    QDateEdit* m_since;
    QLineEdit* m_search;
    QTableView* m_table;
    IncidentEditor* m_editor;
};

} // namespace Ops
