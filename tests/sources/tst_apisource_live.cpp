// Against the local stack's API simulator (OPSCONSOLE_API_URL).
#include "models/core/stallprobe.h"
#include "models/sources/apisource.h"
#include "tests/common/stallbudget.h"
#include "tests/common/testenv.h"

#include "models/net/httpclient.h"
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestApiSourceLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthFromSimulator();
};

void TestApiSourceLive::healthFromSimulator()
{
    const QString url = TestEnv::apiUrl();
    REQUIRE_ENV(url);
    StallProbe probe;
    QVERIFY(probe.start());
    HttpClient http;
    http.setBaseUrl(HttpService::Api, QUrl(url));
    ApiSource source(&http);
    QSignalSpy checked(&source, &ApiSource::checked);
    QSignalSpy snapshots(&source, &ApiSource::snapshotReady);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    const CheckResult r = checked.last().at(0).value<CheckResult>();
    // The health the simulator plays depends on its scenario; it must answer in the runbook's shape.
    QVERIFY2(!snapshots.isEmpty(), qPrintable(r.reason));
    const auto s = snapshots.last().at(0).value<ApiHealthSnapshot>();
    const QStringList states = {QStringLiteral("healthy"), QStringLiteral("degraded"), QStringLiteral("unhealthy")};
    QVERIFY2(states.contains(s.status), qPrintable(s.status));
    QVERIFY(!s.version.isEmpty());
    QVERIFY(s.apiTime.isValid());
    QVERIFY(r.latencyMs >= 0);
    if (s.status == QLatin1String("healthy") && s.httpStatus == 200)
        QVERIFY(r.health == Health::Ok || r.health == Health::Degraded);
    source.stop();
    QVERIFY2(probe.maxLatenessMs() < Ops::TestBudget::kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

QTEST_GUILESS_MAIN(TestApiSourceLive)
#include "tst_apisource_live.moc"
