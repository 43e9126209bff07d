#pragma once

#include "models/profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Helpers of the rollback tests: docker-compose run directly on the real stack (not through the code
/// under test), the probe table in the stack's database and real pg_dump backups.
namespace RollbackFixture {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// `docker-compose -f … -p … ARGS` on the stack with extra environment variables (at most 120 s).
Run compose(const Ops::OrchestratorSettings& settings, const QStringList& args,
            const QMap<QString, QString>& env = {});
/// Runs SQL in the stack's database as the console's role through `exec -T postgres psql`.
Run psql(const Ops::ConnectionProfile& profile, const QString& sql);
/// The value column of the probe row, or a null string.
QString probeValue(const Ops::ConnectionProfile& profile);
/// Creates public.rollback_probe (id 1 = value) afresh.
bool createProbe(const Ops::ConnectionProfile& profile, const QString& value);
/// A real plain-SQL pg_dump (--clean --if-exists) of the probe table into the backups folder, mode 0640.
QString dumpProbe(const Ops::ConnectionProfile& profile, const QString& fileName);
/// The stack as `scripts/stack.sh reset` leaves it: normal scenario, 0.1.0, default replicas.
bool resetStack(const Ops::ConnectionProfile& profile);
/// The /version the API reports, or empty.
QString apiVersion(const Ops::ConnectionProfile& profile);

} // namespace RollbackFixture
