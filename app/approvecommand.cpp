#include "app/approvecommand.h"

#include "app/checkcommand.h"
#include "models/profiles/programapprovals.h"
#include "models/profiles/programidentity.h"
#include "models/stack/profileprograms.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Ops {

int ApproveCommand::run(const ConnectionProfile& profile)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const QString problem = ProfilePrograms::settingsProblem(profile); !problem.isEmpty()) {
        err << tr("The profile's settings cannot be run: %1").arg(problem) << Qt::endl;
        return 2;
    }
    const QList<PlannedProgram> programs = ProfilePrograms::of(profile);
    if (programs.isEmpty()) {
        out << tr("The profile \"%1\" names no program.").arg(profile.name) << Qt::endl;
        return 0;
    }
    QList<ProgramIdentity> toApprove;
    QStringList targets;
    bool unusable = false;
    out << tr("Programs the profile \"%1\" runs:").arg(profile.name) << Qt::endl;
    for (const PlannedProgram& p : programs) {
        const ProgramIdentity id = ProgramIdentity::read(p.path);
        out << Qt::endl << QStringLiteral("* ") << ProfilePrograms::roleText(p.role) << Qt::endl;
        out << QStringLiteral("  ") << tr("program: %1").arg(p.path);
        if (!id.resolvedPath.isEmpty() && id.resolvedPath != p.path)
            out << QStringLiteral(" → ") << id.resolvedPath;
        out << Qt::endl;
        if (id.exists)
            out << QStringLiteral("  ")
                << tr("owner %1, mode %2, %3 bytes, SHA-256 %4")
                       .arg(id.owner, id.modeText())
                       .arg(id.size)
                       .arg(QString::fromLatin1(id.sha256))
                << Qt::endl;
        if (!p.workingDirectory.isEmpty())
            out << QStringLiteral("  ") << tr("working folder: %1").arg(p.workingDirectory) << Qt::endl;
        for (const QString& e : p.environment)
            out << QStringLiteral("  ") << tr("environment: %1").arg(e) << Qt::endl;
        for (const QStringList& argv : p.examples)
            out << QStringLiteral("  $ ") << ProfilePrograms::displayCommand(argv) << Qt::endl;
        QStringList differences;
        switch (ProgramApprovals::verdict(id, p.target, &differences)) {
        case ProgramApprovals::Verdict::Approved:
            ProgramApprovals::refreshUnchanged(id, p.target);
            out << QStringLiteral("  ") << tr("already approved") << Qt::endl;
            break;
        case ProgramApprovals::Verdict::NotApproved:
            out << QStringLiteral("  ") << tr("not approved yet") << Qt::endl;
            toApprove << id;
            targets << p.target;
            break;
        case ProgramApprovals::Verdict::Changed:
            out << QStringLiteral("  ") << tr("changed since it was approved: %1").arg(differences.join(QStringLiteral("; ")))
                << Qt::endl;
            toApprove << id;
            targets << p.target;
            break;
        case ProgramApprovals::Verdict::Unusable:
            err << QStringLiteral("  ") << tr("cannot be approved: %1").arg(id.problem) << Qt::endl;
            unusable = true;
            break;
        }
    }
    out << Qt::endl;
    if (unusable)
        return 2;
    if (toApprove.isEmpty()) {
        out << tr("Every program of this profile is approved.") << Qt::endl;
        return 0;
    }
    out << tr("Type \"approve\" to let the console run these programs on this workstation: ") << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed();
    if (answer != QLatin1String("approve")) {
        out << tr("Nothing was approved.") << Qt::endl;
        return CheckCommand::UnapprovedPrograms;
    }
    for (qsizetype i = 0; i < toApprove.size(); ++i) {
        QString error;
        if (!ProgramApprovals::approve(toApprove.at(i), targets.at(i), &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }
    out << tr("Approved.") << Qt::endl;
    return 0;
}

} // namespace Ops
