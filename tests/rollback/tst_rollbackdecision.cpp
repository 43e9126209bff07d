#include "models/rollback/rollbackdecision.h"

#include <QTest>

using namespace Ops;

/// The runbook's Rollback Decision Tree on evidence: each branch alone, unknown figures, thresholds,
/// and which path wins when several branches fire.
class TestRollbackDecision : public QObject
{
    Q_OBJECT

    static const RollbackBranch& branch(const RollbackRecommendation& r, RollbackBranch::Id id)
    {
        for (const RollbackBranch& b : r.branches) {
            if (b.id == id)
                return b;
        }
        static RollbackBranch none;
        return none;
    }

    static RollbackEvidence healthy()
    {
        RollbackEvidence e;
        e.errorPercent = 0.2;
        e.databaseErrors = false;
        e.p95Seconds = 0.12;
        e.p95BaselineSeconds = 0.1;
        e.workerFailurePercent = 0;
        return e;
    }

private Q_SLOTS:
    void healthyStackNeedsNoRollback()
    {
        const RollbackRecommendation r = RollbackDecisionTree::evaluate(healthy());
        QCOMPARE(r.path, RollbackPath::None);
        QCOMPARE(r.branches.size(), 5);
        for (const RollbackBranch& b : r.branches) {
            QVERIFY(b.known);
            QVERIFY(!b.triggered);
            QVERIFY(!b.evidence.isEmpty());
        }
    }

    void eachBranch_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<RollbackPath>("expected");
        QTest::addColumn<RollbackBranch::Id>("branch");
        QTest::newRow("5xx") << 0 << RollbackPath::Quick << RollbackBranch::Id::ApiErrors;
        QTest::newRow("database") << 1 << RollbackPath::Full << RollbackBranch::Id::DatabaseErrors;
        QTest::newRow("slow") << 2 << RollbackPath::Quick << RollbackBranch::Id::Performance;
        QTest::newRow("workers") << 3 << RollbackPath::WorkersOnly << RollbackBranch::Id::WorkerFailures;
        QTest::newRow("corruption") << 4 << RollbackPath::Full << RollbackBranch::Id::DataCorruption;
    }

    void eachBranch()
    {
        QFETCH(int, which);
        QFETCH(RollbackPath, expected);
        QFETCH(RollbackBranch::Id, branch);
        RollbackEvidence e = healthy();
        switch (which) {
        case 0:
            e.errorPercent = 10.4;
            break;
        case 1:
            e.databaseErrors = true;
            e.databaseDetail = QStringLiteral("QueuePool limit reached");
            break;
        case 2:
            e.p95Seconds = 0.2;
            break;
        case 3:
            e.workerFailurePercent = 66.7;
            break;
        case 4:
            e.dataCorruption = true;
            break;
        }
        const RollbackRecommendation r = RollbackDecisionTree::evaluate(e);
        QCOMPARE(r.path, expected);
        QVERIFY(TestRollbackDecision::branch(r, branch).triggered);
        int triggered = 0;
        for (const RollbackBranch& b : r.branches)
            triggered += b.triggered ? 1 : 0;
        QCOMPARE(triggered, 1);
        QCOMPARE(r.investigate, which == 4);
        if (which == 1)
            QVERIFY(TestRollbackDecision::branch(r, branch).evidence.contains(QStringLiteral("QueuePool")));
    }

    void thresholdsAreStrictWhereTheRunbookSaysOver()
    {
        RollbackEvidence e = healthy();
        e.errorPercent = 5.0; // "> 5 %": exactly 5 is not over
        e.workerFailurePercent = 50.0;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::None);
        e.errorPercent = 5.01;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::Quick);
        e = healthy();
        e.p95Seconds = 0.2; // "2x slower": exactly twice the baseline counts
        e.p95BaselineSeconds = 0.1;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::Quick);
        e.p95Seconds = 0.199;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::None);
    }

    void unknownEvidenceIsNotZero()
    {
        RollbackEvidence e; // nothing measured
        const RollbackRecommendation r = RollbackDecisionTree::evaluate(e);
        QCOMPARE(r.path, RollbackPath::None);
        // Nothing fires, but nothing was seen either: "cannot decide", never "no rollback".
        QVERIFY(!r.decided);
        QCOMPARE(r.missing.size(), 4);
        QVERIFY(!branch(r, RollbackBranch::Id::ApiErrors).known);
        QVERIFY(!branch(r, RollbackBranch::Id::DatabaseErrors).known);
        QVERIFY(!branch(r, RollbackBranch::Id::Performance).known);
        QVERIFY(!branch(r, RollbackBranch::Id::WorkerFailures).known);
        // A p95 without a baseline cannot say "2x slower".
        e.p95Seconds = 5;
        QVERIFY(!branch(RollbackDecisionTree::evaluate(e), RollbackBranch::Id::Performance).known);
        e.p95BaselineSeconds = 0; // a zero baseline is no baseline
        QVERIFY(!branch(RollbackDecisionTree::evaluate(e), RollbackBranch::Id::Performance).triggered);
    }

    void anUnknownBranchLeavesTheVerdictOpen_data()
    {
        QTest::addColumn<int>("unknown");    // the branch whose figure is missing
        QTest::addColumn<bool>("dbErrors");  // the database branch fires (Full: nothing is heavier)
        QTest::addColumn<bool>("decided");
        QTest::newRow("5xx unknown, nothing fires") << 0 << false << false;
        QTest::newRow("database unknown, nothing fires") << 1 << false << false;
        QTest::newRow("p95 unknown, nothing fires") << 2 << false << false;
        QTest::newRow("workers unknown, nothing fires") << 3 << false << false;
        QTest::newRow("5xx unknown, database fires") << 0 << true << true;
        QTest::newRow("workers unknown, database fires") << 3 << true << true;
    }

    void anUnknownBranchLeavesTheVerdictOpen()
    {
        QFETCH(int, unknown);
        QFETCH(bool, dbErrors);
        QFETCH(bool, decided);
        RollbackEvidence e = healthy();
        e.databaseErrors = dbErrors;
        const QString why = QStringLiteral("Prometheus: connection refused");
        switch (unknown) {
        case 0:
            e.errorPercent.reset();
            e.errorPercentWhy = why;
            break;
        case 1:
            e.databaseErrors.reset();
            e.databaseWhy = why;
            break;
        case 2:
            e.p95Seconds.reset();
            e.p95Why = why;
            break;
        case 3:
            e.workerFailurePercent.reset();
            e.workersWhy = why;
            break;
        }
        const RollbackRecommendation r = RollbackDecisionTree::evaluate(e);
        QCOMPARE(r.decided, decided);
        QCOMPARE(r.path, dbErrors ? RollbackPath::Full : RollbackPath::None);
        if (!decided) {
            QCOMPARE(r.missing.size(), 1);
            QVERIFY2(r.missing.first().contains(why), qPrintable(r.missing.first())); // says what is missing and why
        }
        QVERIFY(!r.branches.at(unknown).known);
        QVERIFY(r.branches.at(unknown).evidence.contains(why));
    }

    void aLighterPathWithAHeavierUnknownIsUndecided()
    {
        RollbackEvidence e = healthy();
        e.errorPercent = 12; // Quick fires
        e.databaseErrors.reset(); // Full might have: undecided
        RollbackRecommendation r = RollbackDecisionTree::evaluate(e);
        QCOMPARE(r.path, RollbackPath::Quick);
        QVERIFY(!r.decided);
        e.databaseErrors = false;
        e.workerFailurePercent.reset(); // WorkersOnly is lighter than Quick: decided
        r = RollbackDecisionTree::evaluate(e);
        QVERIFY(r.decided);
        QVERIFY(r.missing.isEmpty());
    }

    void heaviestPathWins()
    {
        RollbackEvidence e = healthy();
        e.errorPercent = 12;
        e.workerFailurePercent = 80;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::Quick);
        e.databaseErrors = true;
        QCOMPARE(RollbackDecisionTree::evaluate(e).path, RollbackPath::Full);
    }

    void pathKeysRoundTrip()
    {
        for (RollbackPath p :
             {RollbackPath::None, RollbackPath::Quick, RollbackPath::Full, RollbackPath::WorkersOnly}) {
            QCOMPARE(RollbackDecisionTree::pathFromKey(RollbackDecisionTree::pathKey(p)), p);
            QVERIFY(!RollbackDecisionTree::pathName(p).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRollbackDecision)
#include "tst_rollbackdecision.moc"
