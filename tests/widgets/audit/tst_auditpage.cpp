// The Audit page on a throw-away database: lists and filters the trail, exports CSV, and shows the
// offline journal's pending count while PostgreSQL cannot be reached, and whether the hash chain is whole.
#include "widgets/audit/auditpage.h"
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/audit/auditmodel.h"
#include "models/audit/auditstore.h"
#include "models/session/session.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestAuditPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
    }

    void listsFiltersAndExports()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        ScratchDatabase db;
        QVERIFY(db.isValid());
        profile.name = QStringLiteral("audit-page-test");
        profile.pgRecordsDatabase = db.name();
        profile.pgSslMode = QStringLiteral("disable");
        ConsoleContext context;
        context.useTransientProfile(profile);
        Session& ops = context.session();
        ops.start();
        QTRY_VERIFY_WITH_TIMEOUT(ops.state() == Session::State::Ready, 20000);

        QSignalSpy appended(ops.audit(), &AuditStore::appended);
        AuditEntry a = AuditEntry::create(profile.name, AuditAction::Scale, QStringLiteral("worker-llm"),
                                          QStringLiteral("queue backlog"));
        AuditEntry b = AuditEntry::create(profile.name, AuditAction::Restart, QStringLiteral("app"),
                                          QStringLiteral("=cmd|' /C calc'!A0"));
        ops.audit()->append(a);
        ops.audit()->append(b);
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 10000);
        QVERIFY(!appended.first().at(1).toBool()); // in the database, not the journal

        AuditPage page(context);
        page.show();
        QSignalSpy listed(&page, &AuditPage::listed);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && page.model()->rowCount() == 2, 10000);
        QVERIFY(page.isReady());
        QVERIFY(page.pendingText().isEmpty());

        listed.clear();
        page.setActionFilter(QStringLiteral("scale"));
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && page.model()->rowCount() == 1, 10000);
        QCOMPARE(page.model()->entryAt(0).id, a.id);
        listed.clear();
        page.setActionFilter(QString());
        page.setTextFilter(QStringLiteral("calc"));
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && page.model()->rowCount() == 1, 10000);
        QCOMPARE(page.model()->entryAt(0).id, b.id);

        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("audit.csv"));
        QVERIFY(page.exportTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.count('\n'), 2);   // header and one row
        QVERIFY(content.contains("'=cmd")); // a formula is neutralised

        // The line on the chain: whole, then broken where the owner changed a row.
        QTRY_VERIFY_WITH_TIMEOUT(page.chainText().contains(QStringLiteral("intact")), 10000);
        QCOMPARE(db.execAs(QStringLiteral("postgres"),
                           QStringLiteral("SET ROLE opsconsole_owner; GRANT UPDATE ON ops.audit TO opsconsole_owner;"
                                          " ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;"
                                          " UPDATE ops.audit SET reason = 'routine' WHERE seq = 2")),
                 QString());
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.chainText().contains(QStringLiteral("BROKEN at row 2")), 10000);
        QVERIFY(page.chainText().contains(b.id.toString(QUuid::WithoutBraces)));
    }

    void showsThePendingJournalWhileTheDatabaseIsDown()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("audit-page-down");
        profile.pgPort = ScratchDatabase::closedPort();
        ConsoleContext context;
        context.useTransientProfile(profile);
        Session& ops = context.session();
        ops.start();
        QTRY_VERIFY_WITH_TIMEOUT(ops.state() == Session::State::Degraded, 20000);
        AuditPage page(context);
        page.show();
        QSignalSpy pending(&ops, &Session::journalPendingChanged);
        QSignalSpy appended(ops.audit(), &AuditStore::appended);
        ops.audit()->append(AuditEntry::create(profile.name, AuditAction::Scale, QStringLiteral("app"),
                                               QStringLiteral("while down")));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 20000);
        QVERIFY(appended.first().at(1).toBool()); // journaled
        QTRY_VERIFY_WITH_TIMEOUT(!pending.isEmpty(), 5000);
        QVERIFY(ops.journalPending() >= 1);
        QVERIFY(!page.pendingText().isEmpty());
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("pending"))->isVisible());
        // This journal is never replayed: leave nothing behind for the next run.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal/") +
             profile.name)
            .removeRecursively();
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
