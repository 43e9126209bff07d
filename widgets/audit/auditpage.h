#pragma once

#include "models/audit/auditchain.h"
#include "models/audit/auditentry.h"
#include "widgets/pages/page.h"

#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Ops {

class AuditModel;
class AuditStore;

/// The audit trail (ops.audit): filters by time range, action, target and text, the offline
/// journal's pending count while PostgreSQL is away, and a CSV export.
class AuditPage final : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(ConsoleContext& context, QWidget* parent = nullptr);

    bool isReady() const override { return m_loaded; }
    AuditModel* model() const { return m_model; }
    AuditFilter filter() const;
    void setTextFilter(const QString& text);
    void setActionFilter(const QString& action);
    /// Writes what the table shows as CSV; false with a message on the page when it cannot.
    bool exportTo(const QString& path);
    QString pendingText() const;
    /// The line that says whether the audit trail's hash chain is whole (empty before the first check).
    QString chainText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void listed(int rows);
    void listFailed(const QString& reason);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void attachStore();
    void updatePending(int pending);
    void chooseExportFile();
    void verifyChain();
    void showChain();

    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<AuditStore> m_store;
    bool m_loaded = false;

    QLabel* m_title;
    QLabel* m_fromLabel;
    QDateTimeEdit* m_from;
    QLabel* m_toLabel;
    QDateTimeEdit* m_to;
    QComboBox* m_action;
    QLineEdit* m_target;
    QLineEdit* m_text;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_pending;
    QLabel* m_chain;
    QLabel* m_status;
    bool m_chainChecked = false;
    AuditChainReport m_chainReport;
    QString m_chainError;
    QTableView* m_table;
};

} // namespace Ops
