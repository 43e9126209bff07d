// With the real Prometheus scraping the stack (fast rules: [30s] windows, for: 10s), each of the
// runbook's four alert rules fires under its scenario, on the real exporters' figures, and the
// alert arrives at the real Alertmanager.
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "tests/common/toolstest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ToolsTest;
using namespace StackTest;

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

bool inAlertmanager(const QString& name)
{
    const HttpResult r = http(TestEnv::require("OPSCONSOLE_ALERTMANAGER_URL") + u"/api/v2/alerts?active=true"_s);
    for (const QJsonValue& v : QJsonDocument::fromJson(r.body).array())
        if (v.toObject().value(u"labels"_s).toObject().value(u"alertname"_s).toString() == name)
            return true;
    return false;
}

} // namespace

class TestStackAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::prometheusUrl());
        QCOMPARE(TestEnv::require("OPSCONSOLE_ALERT_RULES"), u"fast"_s);
    }

    void init() { QCOMPARE(stackSh({u"reset"_s}).exitCode, 0); }
    void cleanupTestCase() { stackSh({u"reset"_s}); }

    void fires_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("alert");
        // The two rows of one alert are apart: the second need not wait for the first one's to end.
        QTest::newRow("HighErrorRate") << u"error-spike"_s << u"HighErrorRate"_s;
        QTest::newRow("HighResponseTime") << u"latency-spike"_s << u"HighResponseTime"_s;
        QTest::newRow("WorkerQueueBacklog") << u"queue-backlog"_s << u"WorkerQueueBacklog"_s;
        QTest::newRow("HighErrorRate after a bad deploy") << u"bad-deploy"_s << u"HighErrorRate"_s;
        QTest::newRow("DatabaseConnectionPoolExhausted") << u"db-pool-exhausted"_s << u"DatabaseConnectionPoolExhausted"_s;
    }

    void fires()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, alert);
        // An alert still firing from an earlier scenario must end first, or this would prove nothing.
        QTRY_VERIFY_WITH_TIMEOUT(alertState(alert) != u"firing"_s, 90000);
        const RunResult r = stackSh({u"scenario"_s, scenario});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(alertState(alert), u"firing"_s, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(inAlertmanager(alert), 30000);
    }
};

QTEST_GUILESS_MAIN(TestStackAlerts)
#include "tst_stack_alerts.moc"
