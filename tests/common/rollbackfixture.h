#pragma once

#include "models/profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Helpers of the rollback tests: the docker double run directly (not through the code under test),
/// the probe table in the stack's database, real pg_dump backups, and the double's call log.
namespace RollbackFixture {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// `docker compose -f … -p … ARGS` with extra environment variables, waited for (at most 60 s).
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
/// Back to 0.2.0 and the normal scenario, all services up.
bool resetStack(const Ops::ConnectionProfile& profile);
/// The /version the API reports, or empty.
QString apiVersion(const Ops::ConnectionProfile& profile);
int dockerCallCount();
/// argv and VERSION of the calls after the first `from`.
struct Call
{
    QStringList argv;
    QString version;
};
QList<Call> dockerCallsSince(int from);
/// Calls that restore (psql with --single-transaction).
int restoreCallsSince(int from);

} // namespace RollbackFixture
