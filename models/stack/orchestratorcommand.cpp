#include "models/stack/orchestratorcommand.h"

#include <QCryptographicHash>

namespace Ops {

QString OrchestratorResult::outputDigest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex());
}

QStringList OrchestratorResult::auditArgv() const
{
    QStringList all;
    for (const QStringList& argv : commands) {
        if (!all.isEmpty())
            all.append(QStringLiteral(";"));
        all += argv;
    }
    return all;
}

} // namespace Ops
