// The stack's alerts as one list (Prometheus and Alertmanager), the verdict they raise, the words for
// values and ages: the pure parts of "status truth", with canned answers.
#include "models/health/alertsmodel.h"
#include "models/health/checkstep.h"
#include "models/health/servicestatus.h"
#include "models/health/stackalerts.h"
#include "models/health/stackverdict.h"
#include "models/net/alertmanagerapiparser.h"
#include "models/sources/alertmanagersource.h"
#include "models/sources/prometheussnapshot.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Ops;

namespace {

PromAlert promAlert(const QString& name, PromAlert::State state, const PromLabels& extra, double value = 0.12)
{
    PromAlert a;
    a.name = name;
    a.state = state;
    a.labels = extra;
    a.labels.insert(QStringLiteral("alertname"), name);
    a.labels.insert(QStringLiteral("severity"),
                    name == QLatin1String("HighErrorRate") ? QStringLiteral("critical") : QStringLiteral("warning"));
    a.summary = QStringLiteral("High error rate detected");
    a.value = value;
    a.activeAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return a;
}

AmAlert amAlert(const PromAlert& from, bool silenced)
{
    AmAlert a;
    a.name = from.name;
    a.labels = from.labels;
    a.state = silenced ? AmAlert::State::Suppressed : AmAlert::State::Active;
    if (silenced)
        a.silencedBy = {QStringLiteral("4f5c1e9a-silence")};
    return a;
}

HttpOutcome answer(int status, const QByteArray& body)
{
    HttpOutcome o;
    o.httpStatus = status;
    o.body = body;
    o.latencyMs = 3;
    return o;
}

const PromLabels kReplicaA{{QStringLiteral("service"), QStringLiteral("app")},
                           {QStringLiteral("instance"), QStringLiteral("172.20.0.5:8000")},
                           {QStringLiteral("status"), QStringLiteral("500")}};
const PromLabels kReplicaB{{QStringLiteral("service"), QStringLiteral("app")},
                           {QStringLiteral("instance"), QStringLiteral("172.20.0.6:8000")},
                           {QStringLiteral("status"), QStringLiteral("500")}};

} // namespace

class TestStackAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void twoSeriesOfOneRuleAreTwoAlertsEverywhere()
    {
        // Two replicas answer 5xx: Prometheus counts two alerts; the list, the tile and the banner too.
        PrometheusSnapshot prom;
        prom.alertsStatus.ok = true;
        prom.alerts = {promAlert(QStringLiteral("HighErrorRate"), PromAlert::State::Firing, kReplicaA),
                       promAlert(QStringLiteral("HighErrorRate"), PromAlert::State::Firing, kReplicaB),
                       promAlert(QStringLiteral("HighResponseTime"), PromAlert::State::Pending, kReplicaA, 1.5)};
        const QList<AlertEntry> alerts = stackAlerts(&prom, nullptr);
        QCOMPARE(alerts.size(), 3);
        AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActive(AlertEntry::Origin::Prometheus, alerts);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.counts(AlertEntry::Origin::Prometheus).firing, prom.firingCount());
        QCOMPARE(model.counts().criticalFiring, 2);
        QCOMPARE(model.counts().pending, prom.pendingCount());
        // The rows tell the replicas apart.
        QVERIFY(alerts.at(0).labels.contains(QStringLiteral("172.20.0.5")));
        QVERIFY(alerts.at(1).labels.contains(QStringLiteral("172.20.0.6")));
        QCOMPARE(alerts.at(0).subject, QStringLiteral("app"));
        // With units.
        QCOMPARE(alerts.at(0).value, QStringLiteral("0.12 req/s"));
        QCOMPARE(alerts.at(2).value, QStringLiteral("1.50 s"));
    }

    void silencedInAlertmanagerIsNotFiring()
    {
        PrometheusSnapshot prom;
        prom.alertsStatus.ok = true;
        const PromAlert a = promAlert(QStringLiteral("HighErrorRate"), PromAlert::State::Firing, kReplicaA);
        const PromAlert b = promAlert(QStringLiteral("HighErrorRate"), PromAlert::State::Firing, kReplicaB);
        prom.alerts = {a, b};
        AlertmanagerSnapshot am;
        am.alerts = {amAlert(a, true), amAlert(b, false)};
        const AlertCounts c = countAlerts(stackAlerts(&prom, &am));
        QCOMPARE(c.firing, 1);
        QCOMPARE(c.silenced, 1);
        QCOMPARE(c.criticalFiring, 1);
    }

    void alertmanagerAloneStillTellsWhatFires()
    {
        // Prometheus did not answer: what Alertmanager holds is still shown, without a value.
        const PromAlert a = promAlert(QStringLiteral("HighErrorRate"), PromAlert::State::Firing, kReplicaA);
        AlertmanagerSnapshot am;
        am.alerts = {amAlert(a, false)};
        const QList<AlertEntry> alerts = stackAlerts(nullptr, &am);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().state, AlertEntry::State::Firing);
        QCOMPARE(alerts.first().value, QStringLiteral("–"));
        QCOMPARE(countAlerts(alerts).criticalFiring, 1);
    }

    void oneRowPerQueue()
    {
        AlertEntry console;
        console.name = QStringLiteral("QueueLengthHigh");
        console.origin = AlertEntry::Origin::Console;
        console.state = AlertEntry::State::Firing;
        console.subject = QStringLiteral("llm");
        PrometheusSnapshot prom;
        prom.alertsStatus.ok = true;
        prom.alerts = {promAlert(QStringLiteral("WorkerQueueBacklog"), PromAlert::State::Pending,
                                 {{QStringLiteral("queue"), QStringLiteral("llm")}}, 412)};

        // The rule still pending: the console's firing row speaks for the queue.
        QList<AlertEntry> consoleList{console};
        QList<AlertEntry> stack = stackAlerts(&prom, nullptr);
        mergeQueueAlerts(consoleList, stack);
        QCOMPARE(consoleList.size() + stack.size(), 1);
        QCOMPARE(consoleList.size(), 1);

        // The rule fires: its row (with the rule's value) replaces the console's.
        prom.alerts.first().state = PromAlert::State::Firing;
        consoleList = {console};
        stack = stackAlerts(&prom, nullptr);
        mergeQueueAlerts(consoleList, stack);
        QCOMPARE(consoleList.size(), 0);
        QCOMPARE(stack.size(), 1);
        QCOMPARE(stack.first().subject, QStringLiteral("llm"));
        QCOMPARE(stack.first().value, QStringLiteral("412"));
    }

    void verdictIsNeverGreenWhileACriticalAlertFires()
    {
        AlertCounts none;
        QCOMPARE(stackVerdict(Health::Ok, none).health, Health::Ok);

        AlertCounts critical;
        critical.firing = 1;
        critical.criticalFiring = 1;
        const StackVerdict v = stackVerdict(Health::Ok, critical);
        QCOMPARE(v.health, Health::Down);
        QVERIFY(v.raisedByAlerts);
        QVERIFY(v.word() != healthText(Health::Ok));

        AlertCounts warning;
        warning.firing = 1;
        QCOMPARE(stackVerdict(Health::Ok, warning).health, Health::Degraded);

        // A down service stays down; the alert does not hide it.
        QCOMPARE(stackVerdict(Health::Down, warning).health, Health::Down);
        QVERIFY(!stackVerdict(Health::Down, warning).raisedByAlerts);

        AlertCounts silencedOrPending;
        silencedOrPending.silenced = 2;
        silencedOrPending.pending = 1;
        QCOMPARE(stackVerdict(Health::Ok, silencedOrPending).health, Health::Ok);
    }

    void valuesKeepTheirUnitWithoutExponents()
    {
        QCOMPARE(alertValueText(QStringLiteral("HighErrorRate"), 0.0714), QStringLiteral("0.071 req/s"));
        QCOMPARE(alertValueText(QStringLiteral("HighErrorRate"), 125.3), QStringLiteral("125 req/s"));
        QCOMPARE(alertValueText(QStringLiteral("HighResponseTime"), 4.039), QStringLiteral("4.04 s"));
        QCOMPARE(alertValueText(QStringLiteral("DatabaseConnectionPoolExhausted"), 0.93), QStringLiteral("93.0 %"));
        QCOMPARE(alertValueText(QStringLiteral("SomethingElse"), 123456.7), QStringLiteral("123457"));
        QCOMPARE(alertValueText(QStringLiteral("SomethingElse"), 0.5), QStringLiteral("0.5"));
    }

    void ageIsTheSourcesOwnAndOverdueInWords()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ServiceStatus s;
        s.service = QStringLiteral("postgres");
        s.checkedBy = QStringLiteral("postgres");
        s.expectedEverySec = 60;
        s.staleAfterSec = 70;
        QCOMPARE(answerAgeText(s, now), QStringLiteral("Not checked yet"));
        s.lastCheck = now.addSecs(-2);
        QCOMPARE(answerAgeText(s, now), QStringLiteral("No answer yet"));
        s.lastAnswer = now.addSecs(-45);
        QVERIFY(!answerOverdue(s, now));
        QCOMPARE(answerAgeText(s, now), QStringLiteral("Answered 45 s ago"));
        s.lastAnswer = now.addSecs(-125);
        QVERIFY(answerOverdue(s, now));
        QCOMPARE(answerAgeText(s, now), QStringLiteral("No answer for 2 min 5 s (expected every 1 min)"));
    }

    void comprehensiveCheckEndsWithOneVerdict()
    {
        const auto step = [](const QString& id, Health h, bool done = true) {
            CheckStep s;
            s.id = id;
            s.title = id;
            s.result.health = h;
            s.done = done;
            return s;
        };
        CheckVerdict v = checkVerdict({step(QStringLiteral("services"), Health::Ok), step(QStringLiteral("database"), Health::Ok)});
        QCOMPARE(v.health, Health::Ok);
        v = checkVerdict({step(QStringLiteral("services"), Health::Ok), step(QStringLiteral("alerts"), Health::Down)});
        QCOMPARE(v.health, Health::Down);
        QVERIFY(v.text.contains(QStringLiteral("alerts")));
        v = checkVerdict({step(QStringLiteral("services"), Health::Ok), step(QStringLiteral("api"), Health::Ok, false)});
        QCOMPARE(v.health, Health::Unknown);
    }

    void alertmanagerAnswersAreParsed()
    {
        const QByteArray body = R"([
          {"labels":{"alertname":"HighErrorRate","severity":"critical","service":"app"},
           "annotations":{"summary":"High error rate detected"},
           "startsAt":"2024-05-01T10:00:00.123456789Z","fingerprint":"abc",
           "status":{"state":"suppressed","silencedBy":["s1"],"inhibitedBy":[]}},
          {"labels":{"alertname":"WorkerQueueBacklog","queue":"llm"},
           "status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
          {"labels":{"severity":"no name"}}, 42
        ])";
        const AmAlertsResult r = AlertmanagerApiParser::alerts(answer(200, body));
        QVERIFY(r.ok);
        QCOMPARE(r.alerts.size(), 2);
        QVERIFY(r.alerts.at(0).isSilenced());
        QCOMPARE(r.alerts.at(0).summary, QStringLiteral("High error rate detected"));
        QCOMPARE(r.alerts.at(0).startsAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QVERIFY(!r.alerts.at(1).isSuppressed());

        QVERIFY(!AlertmanagerApiParser::alerts(answer(200, "<html>proxy</html>")).ok);
        QVERIFY(!AlertmanagerApiParser::alerts(answer(200, R"({"alerts":[]})")).ok);
        const AmAlertsResult refused = AlertmanagerApiParser::alerts(answer(500, R"({"message":"boom"})"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("boom")));
        HttpOutcome timeout;
        timeout.failure = HttpOutcome::Failure::Timeout;
        timeout.reason = QStringLiteral("no answer within 5 s");
        QCOMPARE(AlertmanagerApiParser::alerts(timeout).latencyMs, -1);
    }
};

QTEST_GUILESS_MAIN(TestStackAlerts)
#include "tst_stackalerts.moc"
