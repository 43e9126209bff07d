#include "models/scaling/scalepolicy.h"

#include <QTest>

using namespace Ops;
using Rule = ScaleDecision::Rule;

class TestScalePolicy : public QObject
{
    Q_OBJECT

private:
    static ScaleRequest request(int current, int target, const QString& reason = QStringLiteral("queue > 50"))
    {
        ScaleRequest r;
        r.service = QStringLiteral("worker-llm");
        r.current = current;
        r.target = target;
        r.reason = reason;
        r.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        return r;
    }

private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("rule"); // -1: none
        QTest::newRow("2->4 doubles") << 2 << 4 << true << -1;
        QTest::newRow("2->5 too far") << 2 << 5 << false << int(Rule::StepUp);
        QTest::newRow("4->2 halves") << 4 << 2 << true << -1;
        QTest::newRow("4->1 too far") << 4 << 1 << false << int(Rule::StepDown);
        QTest::newRow("3->2 (1.5 rounds up)") << 3 << 2 << true << -1;
        QTest::newRow("3->1") << 3 << 1 << false << int(Rule::StepDown);
        QTest::newRow("1->2") << 1 << 2 << true << -1;
        QTest::newRow("0->1 from nothing") << 0 << 1 << true << -1;
        QTest::newRow("0->2 from nothing") << 0 << 2 << false << int(Rule::StepUp);
        QTest::newRow("2->2 no change") << 2 << 2 << false << int(Rule::NoChange);
        QTest::newRow("1->0 below minimum") << 1 << 0 << false << int(Rule::BelowMinimum);
        QTest::newRow("16->32 above maximum") << 16 << 32 << false << int(Rule::AboveMaximum);
        QTest::newRow("negative") << 2 << -1 << false << int(Rule::InvalidCount);
    }
    void steps()
    {
        QFETCH(int, current);
        QFETCH(int, target);
        QFETCH(bool, allowed);
        QFETCH(int, rule);
        const ScaleDecision d = ScalePolicy().evaluate(request(current, target));
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.override, false);
        if (rule >= 0) {
            QVERIFY(d.breaks(Rule(rule)));
            QVERIFY(!d.summary().isEmpty());
        } else {
            QVERIFY(d.violations.isEmpty());
        }
    }

    void wordsNameTheStep()
    {
        const ScaleDecision d = ScalePolicy().evaluate(request(2, 5));
        QCOMPARE(d.violations.size(), 1);
        // The message carries the numbers: from 2 up to 4.
        QVERIFY(d.violations.first().message.contains(u'2'));
        QVERIFY(d.violations.first().message.contains(u'4'));
        QVERIFY(d.violations.first().message.contains(QStringLiteral("2×"))); // Format::factor: "2배" in Korean
    }

    void reasonRequired()
    {
        const ScaleDecision d = ScalePolicy().evaluate(request(2, 4, QStringLiteral("   ")));
        QVERIFY(!d.allowed);
        QVERIFY(d.breaks(Rule::ReasonRequired));
    }

    void coolDownFromTheAuditTrail()
    {
        AuditEntry llm =
            AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale,
                               QStringLiteral("worker-llm,worker-rl"), QStringLiteral("emergency"));
        llm.at = QDateTime(QDate(2026, 11, 26), QTime(11, 57), Qt::UTC);
        AuditEntry older = llm;
        older.at = llm.at.addSecs(-3600);
        AuditEntry other = llm;
        other.target = QStringLiteral("app");
        other.at = llm.at.addSecs(120);
        AuditEntry restart = llm;
        restart.action = QStringLiteral("restart");
        restart.at = llm.at.addSecs(150);
        const QList<AuditEntry> trail = {older, llm, other, restart};
        QCOMPARE(ScalePolicy::lastChangeOf(trail, QStringLiteral("worker-llm")), llm.at);
        QCOMPARE(ScalePolicy::lastChangeOf(trail, QStringLiteral("worker")), QDateTime());

        ScaleRequest r = request(2, 4);
        r.lastChange = ScalePolicy::lastChangeOf(trail, r.service); // 3 min before now
        ScaleDecision d = ScalePolicy().evaluate(r);
        QVERIFY(!d.allowed);
        QVERIFY(d.breaks(Rule::CoolDown));
        QVERIFY(d.summary().contains(u'2')); // 2 min left

        r.now = r.lastChange.addSecs(300); // exactly the cool-down later
        QVERIFY(ScalePolicy().evaluate(r).allowed);

        ScalePolicy relaxed;
        relaxed.cooldownSeconds = 60;
        r.now = r.lastChange.addSecs(61);
        QVERIFY(relaxed.evaluate(r).allowed);
    }

    void emergencyOverride()
    {
        // The runbook's emergency downscale: worker-llm 8 -> 1 right after a change.
        ScaleRequest r = request(8, 1, QStringLiteral("system overloaded"));
        r.lastChange = r.now.addSecs(-30);
        r.override = true;
        ScaleDecision d = ScalePolicy().evaluate(r);
        QVERIFY(d.allowed);
        QVERIFY(d.override);
        QVERIFY(d.breaks(Rule::StepDown)); // still reported, for the dialog and the audit entry
        QVERIFY(d.breaks(Rule::CoolDown));

        r.reason.clear();
        d = ScalePolicy().evaluate(r);
        QVERIFY(!d.allowed);
        QVERIFY(d.breaks(Rule::ReasonRequired));

        // An override that overrides nothing is not marked as one.
        ScaleRequest plain = request(2, 4);
        plain.override = true;
        d = ScalePolicy().evaluate(plain);
        QVERIFY(d.allowed);
        QVERIFY(!d.override);
    }

    void perServiceLimitsAndJson()
    {
        ScalePolicy policy;
        policy.cooldownSeconds = 600;
        policy.services.insert(QStringLiteral("worker-rl"), {1, 4});
        ScaleRequest r = request(4, 8);
        r.service = QStringLiteral("worker-rl");
        QVERIFY(policy.evaluate(r).breaks(Rule::AboveMaximum));
        r.service = QStringLiteral("worker-llm");
        QVERIFY(policy.evaluate(r).allowed);

        const ScalePolicy back = ScalePolicy::fromJson(policy.toJson());
        QCOMPARE(back, policy);
        // Nonsense values keep the defaults.
        const ScalePolicy sane = ScalePolicy::fromJson({{QStringLiteral("maxUpFactor"), 0.5},
                                                        {QStringLiteral("maxDownFactor"), 3},
                                                        {QStringLiteral("cooldownSeconds"), -5}});
        QCOMPARE(sane.maxUpFactor, 2.0);
        QCOMPARE(sane.maxDownFactor, 0.5);
        QCOMPARE(sane.cooldownSeconds, 0);
    }
};

QTEST_GUILESS_MAIN(TestScalePolicy)
#include "tst_scalepolicy.moc"
