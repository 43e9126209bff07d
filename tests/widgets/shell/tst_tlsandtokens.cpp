// Every page that talks HTTP reaches a TLS API and Prometheus behind an authenticating proxy (a real
// NGINX with a throw-away CA, the profile's caCertificateFile, bearer tokens from the keychain, and
// Prometheus under a path prefix), through the session's one HTTP client; a missing or wrong token is
// shown in words.
#include "models/core/appsettings.h"
#include "models/profiles/profilestore.h"
#include "models/session/profilesecrets.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"
#include "models/metrics/chartsmodel.h"
#include "models/profiles/secretstore.h"
#include "models/rollback/rollbackassessor.h"
#include "models/rollback/rollbacktargetversions.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "tests/common/testenv.h"
#include "tests/common/tlstokenproxy.h"
#include "widgets/charts/chartspage.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/shell/mainwindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

namespace {

const QString kToken = QStringLiteral("proxy-token-7f3a");

bool waitFor(const QFuture<SecretResult>& future)
{
    bool done = false, ok = false;
    SecretStore::whenDone(future, nullptr, [&](const SecretResult& r) {
        ok = r.ok() || r.status == SecretResult::Status::NotFound;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

} // namespace

class TestTlsAndTokens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    ConnectionProfile m_profile;
    std::unique_ptr<TlsTokenProxy> m_proxy;

    void setTokens(const QString& api, const QString& prometheus)
    {
        SecretStore secrets;
        // As the Settings page stores them: under the saved profile's id, bound to its URLs' origins.
        const auto put = [&](ConnectionProfile::Secret which, const QString& value) {
            const QString key = ConnectionProfile::secretKey(m_profile.id, which);
            QVERIFY(waitFor(value.isEmpty() ? secrets.remove(key) : writeProfileSecret(secrets, m_profile, which, value)));
        };
        put(ConnectionProfile::Secret::ApiToken, api);
        put(ConnectionProfile::Secret::PrometheusToken, prometheus);
    }

    static ServiceStatus tile(ConsoleContext& context, const QString& service)
    {
        return context.health().services()->status(service);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
        const ConnectionProfile stack = TestEnv::stackProfile();
        REQUIRE_ENV(stack.name);
        m_proxy = std::make_unique<TlsTokenProxy>(kToken, QUrl(stack.apiBaseUrl), QUrl(stack.prometheusUrl));
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        m_profile = stack;
        m_profile.name = QStringLiteral("tls-token");
        m_profile.apiBaseUrl = m_proxy->apiUrl().toString();
        m_profile.prometheusUrl = m_proxy->prometheusUrl().toString();
        m_profile.caCertificateFile = m_proxy->caFile();
        // Saved, so that it has an id its secrets are kept under (the transient profile of the same name
        // below gets them: it points where they were entered for).
        ProfileStore store;
        QVERIFY(store.save(m_profile));
        m_profile = store.profile(m_profile.name);
        TestEnv::fastHealthSchedule().save(m_profile.name);
    }

    void cleanupTestCase()
    {
        if (!m_profile.name.isEmpty())
            setTokens(QString(), QString());
    }

    void everyPageReachesTheServersWithTheProfilesCaAndTokens()
    {
        setTokens(kToken, kToken);
        ConsoleContext context;
        context.useTransientProfile(m_profile);
        MainWindow window(context);
        context.health().start();
        context.session().start();
        window.resize(1280, 800);
        window.show();

        // Dashboard: the API's /health and Prometheus answer through TLS with their tokens.
        QTRY_COMPARE_WITH_TIMEOUT(tile(context, QStringLiteral("app")).health, Health::Ok, 20000);
        QVERIFY(!tile(context, QStringLiteral("app")).version.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(tile(context, QStringLiteral("prometheus")).health == Health::Ok ||
                                     tile(context, QStringLiteral("prometheus")).health == Health::Degraded,
                                 20000);

        // Charts: query_range under the path prefix /prometheus/.
        window.showPage(PageId::Charts);
        auto* charts = qobject_cast<ChartsPage*>(window.page(PageId::Charts));
        QVERIFY(charts);
        Metrics::ChartsModel& model = charts->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 30000);
        QCOMPARE(model.mode(), Metrics::ChartsModel::Mode::Prometheus);
        bool anyData = false;
        for (int i = 0; i < model.panels().size(); ++i)
            anyData = anyData || model.panelData(i).state == Metrics::PanelData::State::Ok;
        QVERIFY2(anyData, "no chart panel got data through the proxy");

        // Rollback wizard: the assessment asks Prometheus and /health, the Target step /version.
        QSignalSpy assessed(context.session().rollbackAssessor(), &RollbackAssessor::assessed);
        window.showPage(PageId::Rollback);
        QTRY_VERIFY_WITH_TIMEOUT(!assessed.isEmpty(), 30000);
        const auto evidence = assessed.first().first().value<RollbackEvidence>();
        QVERIFY2(evidence.errorPercent.has_value(), "the 5xx share from Prometheus is unknown");
        QTRY_VERIFY_WITH_TIMEOUT(!context.session().rollbackTargets()->currentVersion().isEmpty(), 10000);
        QCOMPARE(context.session().rollbackTargets()->currentVersion(), tile(context, QStringLiteral("app")).version);
    }

    /// Started on the Charts page, as `--page charts` does: the first range queries leave before the
    /// keychain has answered; they must still carry the token (no panel may show a 401).
    void startingOnTheChartsPageSendsTheTokenFromTheFirstQuery()
    {
        setTokens(kToken, kToken);
        ConsoleContext context;
        context.useTransientProfile(m_profile);
        context.session().start();
        MainWindow window(context, nullptr, PageId::Charts);
        window.resize(1280, 800);
        window.show();
        auto* charts = qobject_cast<ChartsPage*>(window.page(PageId::Charts));
        QVERIFY(charts);
        Metrics::ChartsModel& model = charts->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 30000);
        QStringList problems;
        for (int i = 0; i < model.panels().size(); ++i)
            if (model.panelData(i).state != Metrics::PanelData::State::Ok &&
                model.panelData(i).state != Metrics::PanelData::State::NoData)
                problems << model.panelData(i).message;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
    }

    void aWrongOrMissingTokenIsShownInWords()
    {
        setTokens(QStringLiteral("not-the-token"), QString());
        ConsoleContext context;
        context.useTransientProfile(m_profile);
        context.health().start();
        context.session().start();
        QTRY_COMPARE_WITH_TIMEOUT(tile(context, QStringLiteral("app")).health, Health::Down, 20000);
        const QString wrong = tile(context, QStringLiteral("app")).reason;
        QVERIFY2(wrong.contains(QLatin1String("401")) && wrong.contains(QLatin1String("token is wrong")), qPrintable(wrong));
        // No Prometheus token at all: said so.
        QTRY_VERIFY_WITH_TIMEOUT(tile(context, QStringLiteral("prometheus")).reason.contains(QLatin1String("none is set")),
                                 20000);
    }
};

QTEST_MAIN(TestTlsAndTokens)
#include "tst_tlsandtokens.moc"
