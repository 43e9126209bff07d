#include "models/stack/smoketestcommand.h"

#include <QFileInfo>
#include <QProcess>

namespace Ops {

QStringList SmokeTestCommand::argv(const ConnectionProfile& profile, QString* error)
{
    const QStringList parts = QProcess::splitCommand(profile.smokeTestCommand.trimmed());
    QString why;
    if (parts.isEmpty()) {
        why = tr("this profile has no smoke-test command");
    } else if (const QFileInfo program(parts.first()); !program.isAbsolute()) {
        why = tr("the smoke-test program must be given as an absolute path, not \"%1\"").arg(parts.first());
    } else if (!program.isFile() || !program.isExecutable()) {
        why = tr("the smoke-test program %1 does not exist or is not executable").arg(parts.first());
    }
    if (error)
        *error = why;
    return why.isEmpty() ? parts : QStringList();
}

} // namespace Ops
