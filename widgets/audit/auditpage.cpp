#include "widgets/audit/auditpage.h"
#include "widgets/shell/theme.h"

#include "models/core/formatting.h"
#include "models/maintenance/maintenancerun.h"

#include "models/session/consolecontext.h"
#include "models/audit/auditmodel.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Ops {

AuditPage::AuditPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent), m_model(new AuditModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_fromLabel(new QLabel(this)), m_from(new QDateTimeEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateTimeEdit(this)), m_action(new QComboBox(this)),
      m_target(new QLineEdit(this)), m_text(new QLineEdit(this)), m_refresh(new QPushButton(this)),
      m_export(new QPushButton(this)), m_pending(new QLabel(this)), m_chain(new QLabel(this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto* filters = new QHBoxLayout;
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    // Typed times are UTC everywhere in the console (README, "Times"); the editors say so.
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(Format::dateTimeEditFormat() + QStringLiteral(" 'UTC'"));
    }
    m_from->setDateTime(QDateTime::currentDateTimeUtc().addDays(-7));
    m_to->setDateTime(QDateTime::currentDateTimeUtc().addDays(1));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_action->setObjectName(QStringLiteral("action"));
    m_target->setObjectName(QStringLiteral("target"));
    m_text->setObjectName(QStringLiteral("text"));
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_action);
    filters->addWidget(m_target);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    layout->addLayout(filters);
    m_pending->setObjectName(QStringLiteral("pending"));
    Theme::setTextLook(m_pending, QColor(0xd3, 0x54, 0x00), QFont::Bold);
    m_pending->hide();
    layout->addWidget(m_pending);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_chain->hide();
    layout->addWidget(m_chain);

    m_model->setTargetNamer([](AuditAction action, const QString& target) {
        return action == AuditAction::MaintenanceStep ? MaintenanceRun::stepTitle(target) : QString();
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // "2026-11-26 22:26:24 UTC (11-27 07:26 KST)" on one line.
    for (int column : {int(AuditModel::TimeColumn), int(AuditModel::ActionColumn), int(AuditModel::TargetColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    // A database error can be a long line: it wraps instead of widening the window (it made a
    // 1280-pixel window 1460 pixels wide during a rollback).
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_target, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);

    Session& ops = context.session();
    connect(&ops, &Session::reset, this, [this] {
        m_model->setEntries({});
        attachStore();
    });
    connect(&ops, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready || state == Session::State::Degraded)
            refresh();
    });
    connect(&ops, &Session::journalPendingChanged, this, &AuditPage::updatePending);
    connect(&ops, &Session::recentChanged, this, &AuditPage::refresh);
    retranslateUi();
    attachStore();
}

void AuditPage::attachStore()
{
    delete m_store;
    m_store = context().session().createAuditReader(this);
    if (!m_store)
        return;
    connect(m_store, &AuditStore::listed, this, [this](const QList<AuditEntry>& entries) {
        m_model->setEntries(entries);
        m_status->setText(tr("%n entries", "audit page: status text", int(entries.size())));
        const bool first = !m_loaded;
        m_loaded = true;
        updatePending(context().session().journalPending());
        Q_EMIT listed(int(entries.size()));
        if (first)
            Q_EMIT ready();
    });
    connect(m_store, &AuditStore::listFailed, this, [this](const QString& reason) {
        m_status->setText(tr("The audit trail cannot be read: %1").arg(reason));
        const bool first = !m_loaded;
        m_loaded = true;
        updatePending(context().session().journalPending());
        Q_EMIT listFailed(reason);
        if (first)
            Q_EMIT ready();
    });
}

void AuditPage::showEvent(QShowEvent* event)
{
    context().session().start();
    if (!m_store)
        attachStore();
    refresh();
    Page::showEvent(event);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.from = m_from->dateTime().toUTC();
    f.to = m_to->dateTime().toUTC();
    f.profile = context().session().profile().name;
    f.action = m_action->currentData().toString();
    f.target = m_target->text().trimmed();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditPage::setTextFilter(const QString& text)
{
    m_text->setText(text);
}

void AuditPage::setActionFilter(const QString& action)
{
    const int i = m_action->findData(action);
    m_action->setCurrentIndex(i < 0 ? 0 : i);
}

void AuditPage::refresh()
{
    // Not before the keychain and the migrations are through: the connection is not set up yet.
    const Session::State state = context().session().state();
    if (m_store && (state == Session::State::Ready || state == Session::State::Degraded)) {
        m_store->list(filter());
        verifyChain();
    }
}

void AuditPage::verifyChain()
{
    context().session().verifyAuditChain(this, [this](const DatabaseResult& result) {
        m_chainChecked = true;
        m_chainError = result.ok() ? QString() : result.error;
        m_chainReport = result.value.value<AuditChainReport>();
        showChain();
    });
}

QString AuditPage::chainText() const
{
    if (!m_chainChecked)
        return QString();
    if (!m_chainError.isEmpty())
        return tr("The audit trail's chain could not be checked: %1").arg(m_chainError);
    return m_chainReport.summary();
}

void AuditPage::showChain()
{
    m_chain->setVisible(m_chainChecked);
    m_chain->setText(chainText());
    // Broken: as loud as the page gets. Intact: quiet.
    const bool broken = m_chainChecked && m_chainError.isEmpty() && !m_chainReport.intact;
    Theme::setTextLook(m_chain, broken ? QColor(0xc0, 0x39, 0x2b) : QColor(0x5d, 0x6d, 0x7e),
                       broken ? QFont::Bold : QFont::Normal);
}

void AuditPage::updatePending(int pending)
{
    m_pending->setVisible(pending > 0);
    m_pending->setText(pendingText());
}

QString AuditPage::pendingText() const
{
    const int pending = context().session().journalPending();
    if (pending <= 0)
        return QString();
    return tr("%n record(s) wait in the local journal: PostgreSQL could not be reached. They are written "
              "when it is back.",
              nullptr, pending);
}

bool AuditPage::exportTo(const QString& path)
{
    QList<AuditEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !AuditStore::exportCsv(shown, &file)) {
        m_status->setText(tr("Cannot write %1: %2", "audit page: status text").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported %n entries to %1.", nullptr, int(shown.size())).arg(path));
    return true;
}

void AuditPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the audit trail"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv)", "audit page: file type filter"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

void AuditPage::retranslateUi()
{
    m_title->setText(tr("Audit trail", "audit page: title"));
    m_fromLabel->setText(tr("From", "audit page: label"));
    m_toLabel->setText(tr("to", "audit page: label"));
    const QString current = m_action->currentData().toString();
    const QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions", "audit page: choice in a drop-down list"), QString());
    m_action->addItem(tr("Scale", "audit page: choice in a drop-down list"), QStringLiteral("scale"));
    m_action->addItem(tr("Restart", "audit page: choice in a drop-down list"), QStringLiteral("restart"));
    m_action->addItem(tr("Rollback", "audit page: choice in a drop-down list"), QStringLiteral("rollback"));
    m_action->addItem(tr("Rollback step", "audit page: choice in a drop-down list"), QStringLiteral("rollback-step"));
    m_action->addItem(tr("Maintenance", "audit page: choice in a drop-down list"), QStringLiteral("maintenance"));
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
    m_target->setPlaceholderText(tr("Target", "audit page: placeholder text in an empty field"));
    m_text->setPlaceholderText(tr("Search reason, user, host, command…"));
    m_refresh->setText(tr("Refresh", "audit page: button"));
    m_export->setText(tr("Export CSV…", "audit page: button"));
    updatePending(context().session().journalPending());
    showChain();
}

} // namespace Ops
