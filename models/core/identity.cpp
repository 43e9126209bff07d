#include "models/core/identity.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace Ops::Identity {

QString osUser()
{
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(::geteuid()));
}

QString host()
{
    return QSysInfo::machineHostName();
}

} // namespace Ops::Identity
