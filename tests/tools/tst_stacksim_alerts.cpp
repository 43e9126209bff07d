// With the real Prometheus scraping the simulator (fast rules: [30s] windows, for: 10s), each of
// the runbook's four alert rules fires under its scenario.
#include "tests/common/testenv.h"
#include "tests/tools/toolstest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ToolsTest;

namespace {

QString alertState(const QString& name)
{
    const QJsonObject o = getJson(TestEnv::prometheusUrl() + u"/api/v1/alerts"_s);
    QString best;
    for (const QJsonValue& v : o.value(u"data"_s).toObject().value(u"alerts"_s).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(u"labels"_s).toObject().value(u"alertname"_s).toString() != name)
            continue;
        const QString state = a.value(u"state"_s).toString();
        if (state == u"firing"_s || best.isEmpty())
            best = state;
    }
    return best;
}

} // namespace

class TestStackSimAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::prometheusUrl());
        QVERIFY2(setScenario(u"normal"_s), "the simulator's admin endpoint does not answer");
    }

    void cleanup() { QVERIFY(setScenario(u"normal"_s)); }

    void fires_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("alert");
        QTest::newRow("HighErrorRate") << u"error-spike"_s << u"HighErrorRate"_s;
        QTest::newRow("HighResponseTime") << u"latency-spike"_s << u"HighResponseTime"_s;
        QTest::newRow("WorkerQueueBacklog") << u"queue-backlog"_s << u"WorkerQueueBacklog"_s;
        QTest::newRow("DatabaseConnectionPoolExhausted") << u"db-pool-exhausted"_s << u"DatabaseConnectionPoolExhausted"_s;
    }

    void fires()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, alert);
        // An alert still firing from an earlier run must end first, or this would prove nothing.
        QTRY_VERIFY_WITH_TIMEOUT(alertState(alert) != u"firing"_s, 90000);
        QVERIFY(setScenario(scenario));
        QTRY_COMPARE_WITH_TIMEOUT(alertState(alert), u"firing"_s, 60000);
    }
};

QTEST_GUILESS_MAIN(TestStackSimAlerts)
#include "tst_stacksim_alerts.moc"
