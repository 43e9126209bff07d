#include "widgets/settings/programapprovaldialog.h"

#include "models/profiles/programapprovals.h"
#include "models/stack/profileprograms.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ops {

ProgramApprovalDialog::ProgramApprovalDialog(const ConnectionProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_intro(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("programApprovalDialog"));
    m_intro->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("programDetails"));
    m_details->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("approvalStatus"));
    m_approve->setObjectName(QStringLiteral("approvePrograms"));
    m_approve->setEnabled(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_approve, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_approve, &QPushButton::clicked, this, &ProgramApprovalDialog::approve);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    // Hashing a 50 MB binary takes a moment: off the GUI thread.
    QStringList paths;
    for (const PlannedProgram& p : ProfilePrograms::of(m_profile))
        paths << p.path;
    ProgramIdentity::readAsync(paths, this, [this](const QList<ProgramIdentity>& identities) { showIdentities(identities); });
    retranslateUi();
}

void ProgramApprovalDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProgramApprovalDialog::retranslateUi()
{
    setWindowTitle(tr("Programs of the profile \"%1\"", "program approval: dialog title").arg(m_profile.name));
    m_intro->setText(tr("A profile names the programs the console runs, and a profile file can come from anywhere. "
                        "Nothing below runs until you approve it on this workstation. Check that each program is "
                        "the one you expect and that the commands are what you want run."));
    m_approve->setText(tr("Approve and allow", "program approval: button"));
    m_cancel->setText(tr("Cancel", "program approval: button"));
    render();
}

void ProgramApprovalDialog::showIdentities(const QList<ProgramIdentity>& identities)
{
    m_identities = identities;
    m_read = true;
    render();
}

bool ProgramApprovalDialog::canApprove() const
{
    return m_approve->isEnabled();
}

QString ProgramApprovalDialog::detailsText() const
{
    return m_details->toPlainText();
}

void ProgramApprovalDialog::render()
{
    const QList<PlannedProgram> programs = ProfilePrograms::of(m_profile);
    const QString settingsProblem = ProfilePrograms::settingsProblem(m_profile);
    QString html;
    bool approvable = m_read && settingsProblem.isEmpty() && !programs.isEmpty();
    bool pending = false;
    for (qsizetype i = 0; i < programs.size(); ++i) {
        const PlannedProgram& p = programs.at(i);
        html += QStringLiteral("<h3>%1</h3>").arg(ProfilePrograms::roleText(p.role).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> <code>%2</code>")
                    .arg(tr("Program:", "program approval: label").toHtmlEscaped(), p.path.toHtmlEscaped());
        const ProgramIdentity* id = m_read && i < m_identities.size() ? &m_identities.at(i) : nullptr;
        if (id && !id->resolvedPath.isEmpty() && id->resolvedPath != p.path)
            html += QStringLiteral(" → <code>%1</code>").arg(id->resolvedPath.toHtmlEscaped());
        html += QStringLiteral("<br>");
        if (!id) {
            html += tr("Reading the file…").toHtmlEscaped();
        } else if (id->exists) {
            html += tr("Owner %1, mode %2, %3 bytes", "program approval: the file's identity")
                        .arg(id->owner, id->modeText())
                        .arg(id->size)
                        .toHtmlEscaped();
            html += QStringLiteral("<br>SHA-256 <code>%1</code>").arg(QString::fromLatin1(id->sha256));
        }
        if (!p.target.isEmpty())
            html += QStringLiteral("<br><b>%1</b> <code>DOCKER_HOST=%2</code>")
                        .arg(tr("Docker Engine:", "program approval: label").toHtmlEscaped(), p.target.toHtmlEscaped());
        if (!p.workingDirectory.isEmpty())
            html += QStringLiteral("<br><b>%1</b> <code>%2</code>")
                        .arg(tr("Working folder:", "program approval: label").toHtmlEscaped(),
                             p.workingDirectory.toHtmlEscaped());
        html += QStringLiteral("</p><p><b>%1</b></p><pre>").arg(tr("It runs, for example:").toHtmlEscaped());
        for (const QStringList& argv : p.examples)
            html += QStringLiteral("$ ") + ProfilePrograms::displayCommand(argv).toHtmlEscaped() + u'\n';
        html += QStringLiteral("</pre>");
        if (id) {
            QStringList differences;
            QString verdict;
            QString color = QStringLiteral("#1b5e20");
            switch (ProgramApprovals::verdict(*id, p.target, &differences)) {
            case ProgramApprovals::Verdict::Approved:
                verdict = tr("Approved on this workstation.");
                break;
            case ProgramApprovals::Verdict::NotApproved:
                verdict = tr("Not approved yet: nothing of this runs.");
                color = QStringLiteral("#8a5a00");
                pending = true;
                break;
            case ProgramApprovals::Verdict::Changed:
                verdict = tr("Changed since it was approved (%1): nothing of this runs until you approve it again.")
                              .arg(differences.join(QStringLiteral("; ")));
                color = QStringLiteral("#b3261e");
                pending = true;
                break;
            case ProgramApprovals::Verdict::Unusable:
                verdict = tr("Cannot be approved: %1.").arg(id->problem);
                color = QStringLiteral("#b3261e");
                approvable = false;
                break;
            }
            html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(color, verdict.toHtmlEscaped());
        }
    }
    if (programs.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("This profile names no program.").toHtmlEscaped());
    m_details->setHtml(html);
    if (!settingsProblem.isEmpty())
        m_status->setText(tr("The profile's settings cannot be run: %1").arg(settingsProblem));
    else if (!m_read)
        m_status->setText(tr("Reading the programs…"));
    else if (!approvable)
        m_status->setText(tr("Fix what is shown in red in the profile or on this workstation first."));
    else if (!pending)
        m_status->setText(tr("Every program of this profile is approved."));
    else
        m_status->setText(tr("Approving records these files as they are now; a changed file must be approved again."));
    m_approve->setEnabled(approvable && pending);
}

void ProgramApprovalDialog::approve()
{
    const QList<PlannedProgram> programs = ProfilePrograms::of(m_profile);
    for (qsizetype i = 0; i < programs.size() && i < m_identities.size(); ++i) {
        const ProgramIdentity& id = m_identities.at(i);
        const QString target = programs.at(i).target;
        if (ProgramApprovals::verdict(id, target) == ProgramApprovals::Verdict::Approved)
            continue;
        QString error;
        if (!ProgramApprovals::approve(id, target, &error)) {
            m_status->setText(error);
            return;
        }
    }
    Q_EMIT approved();
    accept();
}

} // namespace Ops
