#include "models/core/appsettings.h"

#include "models/core/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Ops {

void AppSettings::initialize(const QString& directory)
{
    // QSettings files live under <organization>/<application>; tests may not have set them.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("FragranceAI"));
    if (QCoreApplication::applicationName().isEmpty() || QCoreApplication::applicationName().startsWith(QLatin1String("tst_")))
        QCoreApplication::setApplicationName(QStringLiteral("opsconsole"));
    // INI everywhere: the same readable file on every platform, and tests can inspect it.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const QString dir = directory.isEmpty() ? qEnvironmentVariable("OPSCONSOLE_CONFIG_DIR") : directory;
    if (!dir.isEmpty())
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    // QSettings does not create the folder of its file.
    PrivateFiles::makeDirectory(QFileInfo(QSettings().fileName()).absolutePath()); // 0700 when new
}

QString AppSettings::settingsFilePath()
{
    return QSettings().fileName();
}

} // namespace Ops
