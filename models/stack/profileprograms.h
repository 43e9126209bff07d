#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ops {

/// One program a profile makes the console run, with what it will run: the program's path, the Docker
/// Engine it is pointed at (DOCKER_HOST, part of its approval), its working folder, its environment and
/// examples of its exact command lines. This is what the approval dialog and `--approve-programs` show.
struct PlannedProgram
{
    enum class Role { Orchestrator, Kubectl, SmokeTest };
    Role role = Role::Orchestrator;
    QString path;
    QString target; ///< DOCKER_HOST given to it; empty: none
    QString workingDirectory;
    QStringList environment;     ///< "NAME=value" set from the profile (besides PATH, HOME, LANG)
    QList<QStringList> examples; ///< argv of commands it will run, the program first
};

/// What a profile runs (ProcessRunner refuses each of these until the operator approves it).
class ProfilePrograms
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProfilePrograms)

public:
    /// The orchestrator's program (compose or kubectl) and the smoke test's, when the profile names them.
    static QList<PlannedProgram> of(const ConnectionProfile& profile);
    /// What the program is for (translated).
    static QString roleText(PlannedProgram::Role role);
    /// The status command's arguments (`compose -f FILE -p NAME ps --format json -a`, v1's `ps`, or
    /// `kubectl get deployments -o json`).
    static QStringList statusArguments(const OrchestratorSettings& settings);
    /// For each program of the profile that may not run now, why (translated); empty: all may run.
    static QStringList unapproved(const ConnectionProfile& profile);
    /// Why the profile's programs cannot be approved as they are (invalid settings, translated), or empty.
    static QString settingsProblem(const ConnectionProfile& profile);
    /// One command line for display: arguments with spaces or quotes are quoted.
    static QString displayCommand(const QStringList& argv);
};

} // namespace Ops
