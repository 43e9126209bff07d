#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ops {

class RollbackWatch;

/// Step 7: the runbook's post-rollback checklist. "Monitor for 30 minutes" shows the session's live countdown
/// (RollbackWatch) of the 5xx share, which warns when it rises; "Document incident" opens the incident editor
/// prefilled with the rollback's timeline.
class AfterPane final : public QWidget
{
    Q_OBJECT

public:
    enum Item
    {
        VerifyServices,
        ErrorRates,
        Monitor,
        DocumentIncident,
        Postmortem,
        FixInStaging,
        PlanRedeploy,
        ItemCount
    };

    explicit AfterPane(QWidget* parent = nullptr);

    /// The post-rollback watch this pane shows (the session's; null: none can run).
    void setWatch(RollbackWatch* watch);
    void setChecked(Item item, bool on);
    bool isChecked(Item item) const;
    /// Starts the watch of `seconds` (default the runbook's 30 minutes), sampling every `sampleMs`.
    void startWatch(int seconds = 30 * 60, int sampleMs = 15000);
    void stopWatch();
    bool isWatching() const;
    int secondsLeft() const;
    bool warned() const;
    void retranslateUi();

Q_SIGNALS:
    void documentIncidentRequested();

private:
    void renderWatch();

    QLabel* m_intro;
    QList<QCheckBox*> m_items;
    QLabel* m_watch;
    QPushButton* m_watchButton;
    QPushButton* m_document;
    QPointer<RollbackWatch> m_watchModel;
};

} // namespace Ops
