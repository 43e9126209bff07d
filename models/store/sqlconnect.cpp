#include "models/store/sqlconnect.h"

#include "models/core/logging.h"
#include "models/profiles/programidentity.h"

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
/// app/), in the installed library folder, and, for the build tree's own programs (tests and
/// benchmarks run from other folders of it), where the build put it. Never a path from the environment
/// or a profile.
QStringList candidates()
{
    // The executable's folder from the kernel (this runs on a database thread: not through
    // QCoreApplication, whose answer is the GUI thread's).
    const QString here =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    QStringList out;
    out << QDir(here).filePath(QStringLiteral(OPSCONSOLE_SQL_DRIVER_FILE))
        << QStringLiteral(OPSCONSOLE_SQL_DRIVER_INSTALLED);
    if (here.startsWith(QStringLiteral(OPSCONSOLE_BUILD_ROOT "/")))
        out << QStringLiteral(OPSCONSOLE_SQL_DRIVER_BUILT);
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
        // Code loaded into the console is held to what a program it runs is (ProgramIdentity): owned by
        // root or the operator, and neither it nor a folder above it changeable by anyone else.
        if (const ProgramIdentity identity = ProgramIdentity::read(path); !identity.isApprovable()) {
            tried << identity.problem; // it names the file
            continue;
        }
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
