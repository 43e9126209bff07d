#pragma once

#include "models/store/sql.h"

namespace Ops::Sql {

/// The PostgreSQL driver (models/store/pgdriver/), loaded the first time it is needed: by the first
/// database job, on its own thread, never before the window's first frame. Thread-safe. Throws
/// BrokenConnection, with a translated reason, when the driver library cannot be loaded.
Driver& driver();
/// Opens a connection with libpq's connection string; throws BrokenConnection.
std::unique_ptr<Connection> connect(const std::string& conninfo);
/// Whether the driver is loaded in this process (for tests and diagnostics).
bool driverLoaded();

} // namespace Ops::Sql
