#include "models/stack/orchestratorcommand.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Ops {

QString OrchestratorCommand::displayLine() const
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    const auto quote = [](const QString& word) -> QString {
        if (plain.match(word).hasMatch())
            return word;
        QString q = word;
        q.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + q + u'\'';
    };
    QStringList words;
    if (environment.contains(QStringLiteral("VERSION")))
        words << QStringLiteral("VERSION=") + quote(environment.value(QStringLiteral("VERSION")));
    for (const QString& word : argv())
        words << quote(word);
    if (!stdinFile.isEmpty())
        words << QStringLiteral("<") << quote(stdinFile);
    return words.join(u' ');
}

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
