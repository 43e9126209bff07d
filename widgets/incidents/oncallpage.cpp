#include "widgets/incidents/oncallpage.h"

#include "models/session/consolecontext.h"
#include "models/incidents/oncallstore.h"
#include "models/session/session.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ops {

namespace {

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(OnCallRoster::displayText(cells.at(c))));
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? OnCallRoster::storedText(item->text().trimmed()) : QString();
}

} // namespace

OnCallPage::OnCallPage(ConsoleContext& context, QWidget* parent)
    : Page(context, parent)
    , m_title(new QLabel(this))
    , m_rotationTitle(new QLabel(this))
    , m_escalationTitle(new QLabel(this))
    , m_externalTitle(new QLabel(this))
    , m_state(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_rotation(new QTableWidget(0, 5, this))
    , m_escalation(new QTableWidget(0, 4, this))
    , m_external(new QTableWidget(0, 3, this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_state->setWordWrap(true); // long errors wrap, never widen the window
    m_rotation->setObjectName(QStringLiteral("rotation"));
    m_save->setObjectName(QStringLiteral("saveRoster"));
    for (QTableWidget* t : {m_rotation, m_escalation, m_external}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_state);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_rotationTitle);
    layout->addWidget(m_rotation, 2);
    layout->addWidget(m_escalationTitle);
    layout->addWidget(m_escalation, 1);
    layout->addWidget(m_externalTitle);
    layout->addWidget(m_external, 1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_store)
            return;
        m_state->setText(tr("Saving…", "on-call page: status text"));
        m_store->save(editedRoster());
    });
    connect(&context.session(), &Session::reset, this, [this] { m_store.clear(); });
    connect(&context.session(), &Session::built, this, &OnCallPage::bindStore);
    retranslateUi();
    context.session().start();
    bindStore();
}

void OnCallPage::bindStore()
{
    m_store = context().session().onCall();
    if (!m_store)
        return;
    connect(m_store, &OnCallStore::rosterChanged, this, &OnCallPage::showRoster);
    connect(m_store, &OnCallStore::failed, m_state, &QLabel::setText);
    connect(m_store, &OnCallStore::saved, this, [this] { m_state->setText(tr("Saved", "on-call page: status text")); });
    showRoster(m_store->roster());
}

void OnCallPage::showRoster(const OnCallRoster& roster)
{
    m_shown = roster;
    m_rotation->setRowCount(int(roster.rotation.size()));
    for (int r = 0; r < roster.rotation.size(); ++r) {
        const OnCallEntry& e = roster.rotation.at(r);
        setRow(m_rotation, r, {e.role, e.primary, e.backup, e.phone, e.slack});
    }
    m_escalation->setRowCount(int(roster.escalation.size()));
    for (int r = 0; r < roster.escalation.size(); ++r) {
        const Contact& c = roster.escalation.at(r);
        setRow(m_escalation, r, {Escalation::levelKey(EscalationLevel(r + 2)), c.name, c.who, c.reach});
        m_escalation->item(r, 0)->setFlags(Qt::ItemIsEnabled);
    }
    m_external->setRowCount(int(roster.external.size()));
    for (int r = 0; r < roster.external.size(); ++r) {
        const Contact& c = roster.external.at(r);
        setRow(m_external, r, {c.name, c.who, c.reach});
    }
}

OnCallRoster OnCallPage::editedRoster() const
{
    OnCallRoster roster;
    roster.version = m_shown.version;
    for (int r = 0; r < m_rotation->rowCount(); ++r)
        roster.rotation.append({cell(m_rotation, r, 0), cell(m_rotation, r, 1), cell(m_rotation, r, 2),
                                cell(m_rotation, r, 3), cell(m_rotation, r, 4)});
    for (int r = 0; r < m_escalation->rowCount(); ++r)
        roster.escalation.append({cell(m_escalation, r, 1), cell(m_escalation, r, 2), cell(m_escalation, r, 3)});
    for (int r = 0; r < m_external->rowCount(); ++r)
        roster.external.append({cell(m_external, r, 0), cell(m_external, r, 1), cell(m_external, r, 2)});
    return roster;
}

void OnCallPage::retranslateUi()
{
    m_title->setText(tr("On-call", "on-call page: title"));
    m_rotationTitle->setText(tr("On-call rotation", "on-call page: title"));
    m_escalationTitle->setText(tr("Escalation path: L1 on-call engineer (0–15 min) → L2 (15–30) → L3 (30–60) → L4 (> 60 min or P0)"));
    m_externalTitle->setText(tr("External contacts", "on-call page: title"));
    m_save->setText(tr("Save", "on-call page: button"));
    m_rotation->setHorizontalHeaderLabels({tr("Role", "on-call page: column header"), tr("Primary", "on-call page: column header"), tr("Backup", "on-call page: column header"), tr("Phone", "on-call page: column header"), tr("Slack", "on-call page: column header")});
    m_escalation->setHorizontalHeaderLabels({tr("Level", "on-call page: column header"), tr("Role", "on-call page: column header"), tr("Name", "on-call page: column header"), tr("Phone / e-mail", "on-call page: column header")});
    m_external->setHorizontalHeaderLabels({tr("Contact", "on-call page: column header"), tr("Name", "on-call page: column header"), tr("URL / phone / e-mail")});
    // The runbook's default words follow the language.
    if (m_rotation->rowCount() > 0)
        showRoster(m_shown);
}

} // namespace Ops
