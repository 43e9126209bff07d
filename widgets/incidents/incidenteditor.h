#pragma once

#include "models/incidents/incident.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ops {

/// Edits one incident. Every change is autosaved (saveRequested) a moment after the operator stops
/// typing, so a console killed while editing loses at most that moment. Views only: the page talks to
/// the store.
class IncidentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentEditor)

public:
    static constexpr int kAutosaveDelayMs = 1500;

    explicit IncidentEditor(QWidget* parent = nullptr);

    /// Shows `incident` (no save follows). Edits not yet saved are replaced.
    void setIncident(const Incident& incident);
    /// The incident as edited now (version and change: those it was loaded with or last saved as).
    Incident incident() const;
    bool hasIncident() const { return !m_incident.id.isNull(); }
    bool hasUnsavedChanges() const { return m_autosave.isActive(); }
    /// After a save: the new base of further edits.
    void setSavedVersion(const QUuid& id, int version, const QUuid& change);
    /// Saves at once what the autosave timer would save later.
    void flush();
    /// Escalation line and whom to call now.
    void setEscalation(const QString& level, const QStringList& whomToCall);
    void setTimeline(const QList<TimelineEntry>& timeline);

Q_SIGNALS:
    void saveRequested(const Ops::Incident& incident);
    void updateRequested(const QUuid& incidentId, const QString& text);
    void copyRequested(const QString& language);
    void exportLogRequested();
    void exportPostmortemRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void edited();
    void saveNow();
    void addUpdate();

    Incident m_incident;
    bool m_loading = false;
    QTimer m_autosave;

    QLineEdit* m_title;
    QComboBox* m_severity;
    QComboBox* m_status;
    QLineEdit* m_impact;
    QLineEdit* m_detectedBy;
    QLineEdit* m_commander;
    QLineEdit* m_eta;
    QPlainTextEdit* m_actions;
    QPlainTextEdit* m_nextSteps;
    QLineEdit* m_rootCause;
    QDateEdit* m_postmortem;
    QHash<int, QCheckBox*> m_checklist;
    QListWidget* m_timeline;
    QLineEdit* m_update;
    QPushButton* m_addUpdate;
    QLabel* m_escalation;
    QLabel* m_whom;
    QPushButton* m_copyKo;
    QPushButton* m_copyEn;
    QPushButton* m_exportLog;
    QPushButton* m_exportPostmortem;
    QList<QLabel*> m_labels;
};

} // namespace Ops
