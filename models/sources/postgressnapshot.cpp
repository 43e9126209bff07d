#include "models/sources/postgressnapshot.h"

namespace Ops {

double PostgresSnapshot::poolUsage() const
{
    if (maxConnections <= 0)
        return 0.0;
    return double(totalBackends) / double(maxConnections);
}

int PostgresSnapshot::backendsOf(const QString& database) const
{
    for (const PostgresDatabaseBackends& entry : backends) {
        if (entry.database == database)
            return entry.backends;
    }
    return -1;
}

} // namespace Ops
