#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ops {

/// One program run: an absolute program path and an argument list — never a shell line.
struct OrchestratorCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory;
    int timeoutMs = 120000; ///< 0: no deadline (logs -f; ended with cancel())
    QString stdinFile;      ///< fed to the program's standard input (a restore); empty: no input
    bool stdinIsBackup = false; ///< stdinFile is a backup for psql (ProcessRunner::setStandardInputIsBackup)
    qint64 outputCap = -1;  ///< output bytes kept for the result; -1: the runner's default (logs -f: 0,
                            ///< its lines go out one by one and the Logs page keeps what it retains)

    QStringList argv() const { return QStringList{program} + arguments; }
    /// How the operator reads it before it runs (dialogs, the rollback's review): the VERSION it pins,
    /// the argv with anything unusual single-quoted, and `< file` for standard input. Never run by a shell.
    QString displayLine() const;
};

/// What one orchestrator action did, for the operator and the audit trail.
struct OrchestratorResult
{
    QString action;              ///< "scale", "restart", "down", "logs", "rollout-undo", …
    QStringList targets;         ///< the services or deployments it acted on
    QList<QStringList> commands; ///< argv of every command that was started, in order
    bool ok = false;
    int exitCode = -1; ///< of the last command that ran
    bool timedOut = false;
    bool cancelled = false;
    QByteArray output; ///< standard output of all commands (capped by ProcessRunner)
    QString stderrText;
    QString error; ///< translated, when !ok

    /// sha256 of the output, lower-case hex (for AuditEntry::outputDigest).
    QString outputDigest() const;
    /// The argv of all commands as one list for AuditEntry::argv; several commands are separated by ";".
    QStringList auditArgv() const;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::OrchestratorResult)
