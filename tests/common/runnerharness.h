#pragma once

#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunner.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"

#include <QTemporaryDir>

#include <memory>

/// What the runner tests against the stack share: the stack's profile, a migrated scratch database for
/// the lock and the audit trail, a folder for saved runs, and a runner wired to them. A base of the test
/// classes, so their bodies read m_profile, rig(), plan(), … directly.
class RunnerHarness
{
protected:
    struct Rig
    {
        Ops::DatabaseWorker worker;
        Ops::AuditStore audit{&worker, nullptr};
        Ops::OperatorLock lock;
        Ops::ComposeOrchestrator orchestrator;
        Ops::RollbackRunner runner{&orchestrator, &lock, &audit};
    };

    /// Reads the profile, creates and migrates the scratch database; false (with a warning) on failure.
    bool setUpHarness();
    std::unique_ptr<Rig> rig() const;
    /// The plan of `request`; the application's replica counts read from the engine when not given.
    QList<Ops::RollbackStep> plan(const Ops::RollbackRequest& request) const;
    /// The application's services and the containers each has now (docker ps).
    QMap<QString, int> applicationReplicas() const;
    /// Audit rows of `action` for the run `run`: by default what ended (outcomes and rows of their own, one
    /// per step); "intent" counts the intents written before the steps' commands ran.
    int auditCount(const QString& action, const QString& run, const QString& stage = QStringLiteral("done")) const;
    Ops::RollbackRequest fullRequest(const QString& backup) const;

    Ops::ConnectionProfile m_profile;
    std::unique_ptr<ScratchDatabase> m_db;
    QTemporaryDir m_stateDir;
};
