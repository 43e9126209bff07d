#include "appsettings.h"

#include <QSettings>

namespace Ops {

void AppSettings::initialize(const QString& directory)
{
    // INI everywhere: the same readable file on every platform, and tests can inspect it.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const QString dir = directory.isEmpty() ? qEnvironmentVariable("OPSCONSOLE_CONFIG_DIR") : directory;
    if (!dir.isEmpty())
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

QString AppSettings::settingsFilePath()
{
    return QSettings().fileName();
}

} // namespace Ops
