#pragma once

#include "models/incidents/oncallroster.h"
#include "models/incidents/oncallstore.h"
#include "widgets/pages/page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Ops {

class DatabaseWorker;
class OnCallStore;

/// The runbook's Emergency Contacts: on-call rotation, escalation path contacts and external contacts,
/// editable; stored in PostgreSQL and cached locally so it stays readable when the database is down.
class OnCallPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnCallPage)

public:
    /// Shows and edits the session's on-call roster (Session::onCall()).
    explicit OnCallPage(ConsoleContext& context, QWidget* parent = nullptr);

    OnCallRoster editedRoster() const;
    OnCallStore* store() const { return m_store; }

protected:
    void retranslateUi() override;

private:
    void showRoster(const OnCallRoster& roster);
    void bindStore();

    QPointer<OnCallStore> m_store;
    OnCallRoster m_shown;
    QLabel* m_title;
    QLabel* m_rotationTitle;
    QLabel* m_escalationTitle;
    QLabel* m_externalTitle;
    QLabel* m_state;
    QPushButton* m_save;
    QTableWidget* m_rotation;
    QTableWidget* m_escalation;
    QTableWidget* m_external;
};

} // namespace Ops
