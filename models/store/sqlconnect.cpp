#include "models/store/sqlconnect.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

#include <dlfcn.h>

namespace Ops::Sql {

namespace {

using DriverEntry = Driver* (*)();

struct Loaded
{
    Driver* driver = nullptr;
    std::string error;
};

// A QBasicMutex is never destroyed: a database thread may still be loading the driver while the
// process exits (those threads are abandoned, never waited for), and a destroyed QMutex under it would
// be undefined.
QBasicMutex s_mutex;
Loaded* s_loaded = nullptr; // never freed, for the same reason

/// Where the driver is looked for: beside the executable (an installed console, or the build tree's
/// app/), then where the build put it (tests and benchmarks run from other folders of the build tree).
/// Never a path from the environment or a profile: nothing outside the installation is loaded.
QStringList candidates()
{
    const QString name = QStringLiteral(OPSCONSOLE_SQL_DRIVER_FILE);
    QStringList out;
    if (QCoreApplication::instance())
        out << QDir(QCoreApplication::applicationDirPath()).filePath(name);
    out << QStringLiteral(OPSCONSOLE_SQL_DRIVER_INSTALLED) << QStringLiteral(OPSCONSOLE_SQL_DRIVER_BUILT);
    return out;
}

Loaded* load()
{
    auto* loaded = new Loaded;
    // Linked in already (a test that links the driver itself)?
    if (auto entry = reinterpret_cast<DriverEntry>(dlsym(RTLD_DEFAULT, "opsconsole_sql_driver"))) {
        loaded->driver = entry();
        return loaded;
    }
    QStringList tried;
    for (const QString& path : candidates()) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (auto entry = reinterpret_cast<DriverEntry>(library.resolve("opsconsole_sql_driver"))) {
            loaded->driver = entry();
            qCDebug(lcStore) << "PostgreSQL driver loaded from" << path;
            return loaded; // never unloaded: QLibrary keeps it while the process lives
        }
        tried << library.errorString();
    }
    loaded->error = QCoreApplication::translate(
                        "Ops::Sql", "the console's PostgreSQL driver (%1) could not be loaded: %2")
                        .arg(QStringLiteral(OPSCONSOLE_SQL_DRIVER_FILE),
                             tried.isEmpty() ? QCoreApplication::translate("Ops::Sql", "not installed")
                                             : tried.join(QStringLiteral("; ")))
                        .toStdString();
    qCWarning(lcStore) << loaded->error.c_str();
    return loaded;
}

} // namespace

Driver& driver()
{
    QMutexLocker lock(&s_mutex);
    if (!s_loaded)
        s_loaded = load();
    if (!s_loaded->driver)
        throw BrokenConnection(s_loaded->error);
    return *s_loaded->driver;
}

std::unique_ptr<Connection> connect(const std::string& conninfo)
{
    return std::make_unique<Connection>(driver().connect(conninfo));
}

bool driverLoaded()
{
    QMutexLocker lock(&s_mutex);
    return s_loaded && s_loaded->driver;
}

} // namespace Ops::Sql
