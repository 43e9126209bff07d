// AuditSummary: the words a chart marker and an incident's timeline show for an audit row.
#include "models/audit/auditsummary.h"

#include <QJsonObject>
#include <QTest>

using namespace Ops;

class TestAuditSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleNamesEachServiceFromTo()
    {
        AuditEntry e = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale,
                                          QStringLiteral("worker-llm,worker-rl"), QStringLiteral("queue 61 > 50"));
        e.osUser = QStringLiteral("kim");
        e.host = QStringLiteral("ops-1");
        e.setExitCode(0);
        e.argv = {QStringLiteral("/usr/bin/docker")};
        e.metricsAfter = QJsonObject{
            {QStringLiteral("replicas"),
             QJsonObject{{QStringLiteral("worker-llm"), QJsonObject{{QStringLiteral("from"), 2}, {QStringLiteral("to"), 4}}},
                         {QStringLiteral("worker-rl"), QJsonObject{{QStringLiteral("from"), 1}, {QStringLiteral("to"), 2}}}}}};
        QCOMPARE(AuditSummary::describe(e),
                 QStringLiteral("Scaled worker-llm from 2 to 4, worker-rl from 1 to 2 replicas — “queue 61 > 50” (kim@ops-1)"));
        QCOMPARE(AuditSummary::kind(e), QStringLiteral("scale"));
        QVERIFY(AuditSummary::isEvent(e));
    }

    void failuresOverridesAndUnfinishedCommandsAreSaid()
    {
        AuditEntry e = AuditEntry::create(QStringLiteral("demo"), AuditAction::Restart, QStringLiteral("app"), QString());
        e.osUser = QStringLiteral("lee");
        e.host = QStringLiteral("h");
        e.argv = {QStringLiteral("/usr/bin/docker")};
        QCOMPARE(AuditSummary::describe(e), QStringLiteral("Restarted app — did not finish (lee@h)"));
        e.setExitCode(1);
        e.override = true;
        QCOMPARE(AuditSummary::describe(e), QStringLiteral("Restarted app — failed (exit code 1) — guardrail overridden (lee@h)"));
    }

    void familiesAndFollowUps()
    {
        AuditEntry e;
        e.action = QStringLiteral("rollback-step");
        QCOMPARE(AuditSummary::kind(e), QStringLiteral("rollback"));
        e.action = QStringLiteral("maintenance-start");
        QCOMPARE(AuditSummary::kind(e), QStringLiteral("maintenance"));
        e.action = QStringLiteral("deploy");
        QCOMPARE(AuditSummary::kind(e), QStringLiteral("other"));
        e.action = QStringLiteral("scale-verify");
        QVERIFY(!AuditSummary::isEvent(e));
        e.action = QStringLiteral("maintenance-checklist");
        QVERIFY(!AuditSummary::isEvent(e)); // bookkeeping, not an action on the stack
        e.action = QStringLiteral("rollback-step");
        e.target = QStringLiteral("restore");
        e.osUser = QStringLiteral("u");
        e.host = QStringLiteral("h");
        QVERIFY(AuditSummary::isEvent(e));
        QVERIFY(AuditSummary::describe(e).startsWith(QStringLiteral("Rollback step: Restore")));
        e.target = QStringLiteral("worker-llm");
        e.action = QStringLiteral("deploy");
        QCOMPARE(AuditSummary::describe(e), QStringLiteral("Deploy on worker-llm (u@h)"));
        // A key written by another version of the console: shown as it was stored.
        e.action = QStringLiteral("frobnicate");
        QCOMPARE(AuditSummary::describe(e), QStringLiteral("frobnicate on worker-llm (u@h)"));
        QCOMPARE(AuditSummary::kind(e), QStringLiteral("other"));
        e.action = QStringLiteral("maintenance-start");
        e.target = QStringLiteral("Sunday window");
        e.reason = QStringLiteral("monthly patching");
        QCOMPARE(AuditSummary::describe(e), QStringLiteral("Maintenance started: Sunday window — “monthly patching” (u@h)"));
    }
};

QTEST_GUILESS_MAIN(TestAuditSummary)
#include "tst_auditsummary.moc"
