#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ops {

/// One problem found in a profile: the field it concerns (its JSON name) and a translated message.
struct ProfileIssue
{
    QString field;
    QString message;
};

/// Checks a profile before it is saved or used; the console refuses to save one with issues.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProfileValidator)

public:
    static QList<ProfileIssue> validate(const ConnectionProfile& profile);
    /// Compose project names: lower-case letters, digits, '-' and '_', starting with a letter or digit.
    static bool isValidComposeProjectName(const QString& name);
    /// Celery queue names as Redis keys the console will LLEN.
    static bool isValidQueueName(const QString& name);
    /// DOCKER_HOST: empty, unix:///path, tcp://host[:port] or ssh://[user@]host[:port]; a user or host that
    /// starts with '-' (read by ssh as an option) and any character outside names are refused.
    static bool isValidDockerHost(const QString& value);
    /// A compose file name or path: never an option, no "..", no characters outside names.
    static bool isValidComposeFile(const QString& file);
    /// An absolute, clean path of a program (no "..", no characters outside names).
    static bool isValidProgramPath(const QString& path);
    /// A kubeconfig context name, never an option.
    static bool isValidKubeContext(const QString& context);
};

} // namespace Ops
