#pragma once

#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/schemamigrations.h"

#include <QTest>

/// Brings a scratch database up to the embedded schema (or to `upTo` migrations only), as an administrator
/// does (the superuser; fragrance_user made a console).
inline bool migrate(const ScratchDatabase& db, int upTo = -1)
{
    Ops::DatabaseWorker worker;
    worker.setConnectionParams(db.adminParams());
    QList<Ops::Migration> migrations = Ops::SchemaMigrations::embedded();
    if (upTo >= 0)
        migrations = migrations.mid(0, upTo);
    bool done = false;
    bool ok = false;
    worker.submit(Ops::SchemaMigrations::job(migrations, QStringLiteral("fragrance_user")), nullptr, [&](const Ops::DatabaseResult& r) {
        ok = r.ok();
        if (!ok)
            qWarning("migration failed: %s", qPrintable(r.error));
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}
