#include "widgets/pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Ops {

PlaceholderPage::PlaceholderPage(ConsoleContext& context, PageId page, QWidget* parent)
    : Page(context, parent)
    , m_page(page)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslateUi();
}

QString PlaceholderPage::description() const
{
    switch (m_page) {
    case PageId::Dashboard: return tr("Live status of every service: the runbook's health checks, always on.");
    case PageId::Charts: return tr("The runbook's Prometheus queries as charts: request rate, errors, latency, queues.");
    case PageId::Scaling: return tr("Scale services up and down with the runbook's guardrails.");
    case PageId::Rollback: return tr("The rollback decision tree as a guided wizard.");
    case PageId::Incidents: return tr("Incident log with severity, timeline, escalation and communication templates.");
    case PageId::Maintenance: return tr("Maintenance windows: schedule, checklist and the guided procedure.");
    case PageId::OnCall: return tr("On-call rotation, escalation path and external contacts.");
    case PageId::Logs: return tr("Service logs, streamed live, with filters and search.");
    case PageId::Audit: return tr("Every action taken from the console, append-only.");
    case PageId::Settings: return {};
    }
    return {};
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(pageTitle(m_page));
    m_description->setText(description());
}

} // namespace Ops
