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
};

} // namespace Ops
