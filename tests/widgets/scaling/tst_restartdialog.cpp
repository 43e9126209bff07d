// The runbook's first P0 mitigation ("docker-compose restart app") from the console, on the real stack:
// the service's containers really restart and nothing else does, the audit trail has the restart and its
// verification, and what must be refused (no reason, a service that is not the application's, an unarmed
// production profile) changes nothing.
#include "models/core/appsettings.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "widgets/scaling/restartdialog.h"
#include "widgets/scaling/scalingpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace StackTest;

namespace {
const QString kApp = QStringLiteral("app");

// When each container of `service` last started (docker inspect): a restart changes every one of them.
QStringList startedAt(const QString& service)
{
    QStringList out;
    for (const Container& c : ofService(containers(), service)) {
        const RunResult r = docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                    QStringLiteral("{{.State.StartedAt}}"), c.id});
        out << c.name + u' ' + QString::fromUtf8(r.out).trimmed();
    }
    out.sort();
    return out;
}
} // namespace

class TestRestartDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<ConsoleContext> m_context;
    ConnectionProfile m_profile;

    Session& session() { return m_context->session(); }

    int rows(const QString& action) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = '%1'").arg(action)).toInt();
    }

    void activate(const ConnectionProfile& profile)
    {
        ScalingFixture::saveFastSchedule(profile.name);
        QVERIFY(m_context->useTransientProfile(profile));
        QTRY_VERIFY_WITH_TIMEOUT(session().state() == Session::State::Ready, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        m_profile = TestEnv::stackProfile();
        REQUIRE_ENV(m_profile.name);
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY(m_db->isValid());
        m_profile.name = QStringLiteral("restart-dialog-test");
        m_profile.pgRecordsDatabase = m_db->name();
        m_profile.pgSslMode = QStringLiteral("disable");
        m_context = std::make_unique<ConsoleContext>();
        m_context->health().start();
        session().start();
        activate(m_profile);
    }

    void restartsTheAppAndVerifiesItHealthy()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_context->health().services()->status(kApp).health, Health::Ok, 30000);
        const QStringList appBefore = startedAt(kApp);
        QVERIFY2(!appBefore.isEmpty(), qPrintable(describe(containers())));
        const QStringList postgresBefore = startedAt(QStringLiteral("postgres"));
        const QStringList nginxBefore = startedAt(QStringLiteral("nginx"));

        RestartDialog dialog(*m_context, kApp);
        dialog.show();
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("restartButton"));
        QVERIFY(start);
        // No reason, no restart.
        QVERIFY(!dialog.canStart());
        QVERIFY(!start->isEnabled());
        dialog.setReason(QStringLiteral("API hangs after deploy (test)"));
        QVERIFY2(dialog.canStart(), qPrintable(dialog.blockedReason()));
        QVERIFY(dialog.commandText().contains(QStringLiteral("restart app")));

        QSignalSpy completed(&dialog, &RestartDialog::completed);
        dialog.startRestart();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 150000);
        QVERIFY2(completed.first().first().toBool(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.phase(), RestartDialog::Phase::Done);

        // Every app container started again; PostgreSQL and NGINX did not.
        const QStringList appAfter = startedAt(kApp);
        QCOMPARE(appAfter.size(), appBefore.size());
        for (qsizetype i = 0; i < appAfter.size(); ++i)
            QVERIFY2(appAfter[i] != appBefore[i], qPrintable(appAfter[i]));
        QCOMPARE(startedAt(QStringLiteral("postgres")), postgresBefore);
        QCOMPARE(startedAt(QStringLiteral("nginx")), nginxBefore);
        // The site answers again through NGINX.
        QTRY_COMPARE_WITH_TIMEOUT(publicStatus(), 200, 30000);

        // The audit trail: the restart with its reason, then its verification.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'restart' AND target = 'app' "
                                        "AND reason = 'API hangs after deploy (test)' AND exit_code = 0")),
            QStringLiteral("1"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("restart-verify")), 1, 10000);
    }

    void onlyTheApplicationsServicesAreRestarted()
    {
        ScalingPage page(*m_context);
        QVERIFY(!page.openRestartDialog(QStringLiteral("postgres")));
        QVERIFY(!page.openRestartDialog(QStringLiteral("redis")));
        RestartDialog direct(*m_context, QStringLiteral("postgres"));
        direct.setReason(QStringLiteral("should never run (test)"));
        QVERIFY(!direct.canStart());
        QVERIFY(page.openRestartDialog(QStringLiteral("worker-llm")));
    }

    void unarmedProductionChangesNothing()
    {
        ConnectionProfile prod = m_profile;
        prod.name = QStringLiteral("restart-dialog-prod");
        prod.production = true;
        activate(prod);
        QVERIFY(!session().mutationsAllowed());
        const QStringList before = startedAt(kApp);
        const int restartsBefore = rows(QStringLiteral("restart"));

        RestartDialog dialog(*m_context, kApp);
        dialog.setReason(QStringLiteral("prod (test)"));
        QVERIFY(!dialog.canStart());
        QVERIFY(!dialog.blockedReason().isEmpty());
        QSignalSpy refused(&dialog, &RestartDialog::refused);
        dialog.startRestart();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(dialog.phase(), RestartDialog::Phase::Refused);
        QTest::qWait(1000);
        QCOMPARE(startedAt(kApp), before);
        QCOMPARE(rows(QStringLiteral("restart")), restartsBefore);
        activate(m_profile);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_db.reset();
    }
};

QTEST_MAIN(TestRestartDialog)
#include "tst_restartdialog.moc"
