// Status truth on the real stack: under error-spike the stack's verdict is not green while HighErrorRate
// fires, the Prometheus tile and the alerts list count the same alerts, an alert silenced in the real
// Alertmanager is shown as silenced and stops counting; a frozen PostgreSQL shows the age of its own
// last answer growing while other sources keep answering.
#include "models/core/appsettings.h"
#include "models/health/alertsmodel.h"
#include "models/health/checkstep.h"
#include "models/health/healthmonitor.h"
#include "models/health/scalehint.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/stackverdict.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "models/sources/source.h"
#include "tests/common/stackcontrol.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {

int firingOf(const AlertsModel* model, const QString& name, AlertEntry::State state = AlertEntry::State::Firing)
{
    int n = 0;
    for (const AlertEntry& a : model->alerts())
        n += a.name == name && a.state == state ? 1 : 0;
    return n;
}

QByteArray alertmanager(const QByteArray& verb, const QString& path, const QByteArray& body = {})
{
    return StackTest::alertmanager(verb, path, body);
}

bool hintsScaleApp(const HealthMonitor& monitor)
{
    for (const ScaleHint& h : monitor.scaleHints())
        if (h.kind == ScaleHint::Kind::AppLatency || h.kind == ScaleHint::Kind::AppCpu)
            return true;
    return false;
}

Source* sourceOf(HealthMonitor& monitor, const QString& id)
{
    for (Source* s : monitor.sources())
        if (s->id() == id)
            return s;
    return nullptr;
}

} // namespace

class TestStatusTruth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QString m_silence;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void cleanup()
    {
        if (!m_silence.isEmpty())
            alertmanager(QByteArrayLiteral("DELETE"), QStringLiteral("/api/v2/silence/") + m_silence);
        m_silence.clear();
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")}).exitCode == 0);
    }

    void errorSpikeIsNeverGreen()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        QVERIFY2(!profile.alertmanagerUrl.isEmpty(), "the demo profile names the stack's Alertmanager");
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        // The sources exist once the session read the profile's secrets; then the first answers.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.sources().isEmpty() && monitor.hasFirstData(), 30000);
        QVERIFY2(sourceOf(monitor, QStringLiteral("alertmanager")), "the dashboard asks the stack's real Alertmanager");

        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("error-spike")}).exitCode == 0);
        // The fast rules: rate over 30 s, `for: 10s`, scraped every 2 s — and Alertmanager holds it too.
        QTRY_VERIFY_WITH_TIMEOUT(firingOf(monitor.alerts(), QStringLiteral("HighErrorRate")) > 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(sourceOf(monitor, QStringLiteral("alertmanager"))->lastResult().health == Health::Ok, 10000);

        const StackVerdict verdict = stackVerdict(*monitor.services(), *monitor.alerts());
        qInfo("services %s, verdict %s (%s), %d critical firing", qPrintable(healthText(verdict.services)),
              qPrintable(healthText(verdict.health)), qPrintable(verdict.word()), verdict.alerts.criticalFiring);
        QVERIFY(verdict.alerts.criticalFiring > 0);
        QCOMPARE(verdict.health, Health::Down);
        QVERIFY(verdict.word() != healthText(Health::Ok));

        // The Prometheus tile counts what the list counts.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("prometheus")).detail.startsWith(
                                     QString::number(monitor.alerts()->counts(AlertEntry::Origin::Prometheus).firing) +
                                     QStringLiteral(" firing")),
                                 10000);

        // Silenced in the real Alertmanager: listed as silenced, no longer firing, the verdict no longer
        // raised by it.
        const QJsonObject silence{
            {QStringLiteral("matchers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                                    {QStringLiteral("value"), QStringLiteral("HighErrorRate")},
                                    {QStringLiteral("isRegex"), false},
                                    {QStringLiteral("isEqual"), true}}}},
            {QStringLiteral("startsAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), QStringLiteral("tst_statustruth")},
            {QStringLiteral("comment"), QStringLiteral("silenced alerts do not count as firing")}};
        const QByteArray created =
            alertmanager(QByteArrayLiteral("POST"), QStringLiteral("/api/v2/silences"), QJsonDocument(silence).toJson());
        m_silence = QJsonDocument::fromJson(created).object().value(QStringLiteral("silenceID")).toString();
        QVERIFY2(!m_silence.isEmpty(), created.constData());
        QTRY_VERIFY_WITH_TIMEOUT(firingOf(monitor.alerts(), QStringLiteral("HighErrorRate")) == 0 &&
                                     firingOf(monitor.alerts(), QStringLiteral("HighErrorRate"), AlertEntry::State::Silenced) > 0,
                                 30000);
        QVERIFY(monitor.alerts()->counts().silenced > 0);
        QCOMPARE(monitor.alerts()->counts().criticalFiring, 0);
        monitor.stop();
    }

    void frozenDatabaseShowsItsOwnAgeGrowing()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        const auto postgres = [&monitor] { return monitor.services()->status(QStringLiteral("postgres")); };
        QTRY_COMPARE_WITH_TIMEOUT(postgres().health, Health::Ok, 30000);
        Source* orchestrator = sourceOf(monitor, QStringLiteral("orchestrator"));
        QVERIFY(orchestrator);

        StackControl::FreezeGuard frozen(QStringLiteral("postgres"), 120);
        QVERIFY(frozen.frozen());
        const QDateTime frozenAt = QDateTime::currentDateTimeUtc();
        // The check after the freeze gets no answer: Down, in words, and its answer time stays.
        QTRY_COMPARE_WITH_TIMEOUT(postgres().health, Health::Down, 20000);
        const QDateTime lastAnswer = postgres().lastAnswer;
        QVERIFY(lastAnswer.isValid());
        QVERIFY(lastAnswer <= frozenAt.addSecs(2));
        QCOMPARE(postgres().checkedBy, QStringLiteral("postgres"));
        qInfo("postgres: %s — %s", qPrintable(postgres().reason), qPrintable(answerAgeText(postgres())));

        // Other sources keep answering (the orchestrator's ps every 4 s); the tile's age is still the
        // database's own, and it grows until it is overdue in words.
        const QDateTime orchestratorBefore = orchestrator->lastAnswerAt();
        QTRY_VERIFY_WITH_TIMEOUT(orchestrator->lastAnswerAt() > orchestratorBefore, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(answerOverdue(postgres()),
                                  qPrintable(postgres().reason + QStringLiteral(" — ") + answerAgeText(postgres())), 30000);
        QCOMPARE(postgres().lastAnswer, lastAnswer);
        QVERIFY(lastAnswer.msecsTo(QDateTime::currentDateTimeUtc()) > 1000LL * postgres().staleAfterSec);
        QVERIFY(answerAgeText(postgres()) != answerAgeText(monitor.services()->status(QStringLiteral("nginx"))));
        qInfo("postgres while frozen: %s", qPrintable(answerAgeText(postgres())));

        frozen.release();
        QTRY_COMPARE_WITH_TIMEOUT(postgres().health, Health::Ok, 30000);
        QVERIFY(postgres().lastAnswer > lastAnswer);
        QVERIFY(!answerOverdue(postgres()));
        monitor.stop();
    }
    void comprehensiveCheckFollowsTheRunbook()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.sources().isEmpty() && monitor.hasFirstData(), 30000);

        QSignalSpy started(&monitor, &HealthMonitor::comprehensiveCheckStarted);
        QSignalSpy finished(&monitor, &HealthMonitor::comprehensiveCheckFinished);
        monitor.runComprehensiveCheck();
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto steps = finished.at(0).at(0).value<QList<CheckStep>>();
        QStringList ids;
        for (const CheckStep& s : steps) {
            ids << s.id;
            QVERIFY2(s.done, qPrintable(s.title));
            qInfo("%s — %s %s %s", qPrintable(s.title), qPrintable(healthText(s.result.health)), qPrintable(s.result.reason),
                  qPrintable(s.detail));
        }
        // The runbook's order (services, database, Redis, queues, API), then the alerts its rules raise.
        QCOMPARE(ids, (QStringList{QStringLiteral("services"), QStringLiteral("database"), QStringLiteral("redis"),
                                   QStringLiteral("queues"), QStringLiteral("api"), QStringLiteral("alerts")}));
        const CheckVerdict verdict = checkVerdict(steps);
        qInfo("%s", qPrintable(verdict.text));
        QVERIFY(verdict.health != Health::Unknown);
        QVERIFY(!verdict.text.isEmpty());
        // /docs and /metrics were asked too (the runbook's curl -f lines).
        QVERIFY2(steps.at(4).detail.contains(QStringLiteral("/metrics")) || steps.at(4).result.reason.contains(QStringLiteral("/metrics")),
                 qPrintable(steps.at(4).detail));
        monitor.stop();
    }

    void noScaleUpHintWhileTheApiIsDown()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        TestEnv::fastHealthSchedule().save(profile.name);
        ConsoleContext context;
        context.useTransientProfile(profile);
        HealthMonitor& monitor = context.health();
        monitor.start();
        context.session().start();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.sources().isEmpty() && monitor.hasFirstData(), 30000);

        // Slow answers: the runbook's "p95 > 500 ms: scale up app".
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("latency-spike")}).exitCode == 0);
        QTRY_VERIFY_WITH_TIMEOUT(hintsScaleApp(monitor), 120000);

        // The API stops answering: its last latency figures are still in Prometheus' window, but more
        // replicas of an API that does not answer help nobody.
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("api-down")}).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.services()->status(QStringLiteral("app")).health, Health::Down, 60000);
        QVERIFY(!hintsScaleApp(monitor));
        qInfo("p95 while the API is down: %s ms", qPrintable(QString::number(monitor.scaleMetrics().value(QStringLiteral("p95_ms")).toDouble())));
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(1000);
            QVERIFY(!hintsScaleApp(monitor));
        }
        monitor.stop();
    }

};

QTEST_GUILESS_MAIN(TestStatusTruth)
#include "tst_statustruth.moc"
