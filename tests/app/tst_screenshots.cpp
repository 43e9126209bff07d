// A screenshot changes nothing: every `--screenshot` target, the rollback wizard's Execute, Verify and
// After included, leaves the stack's containers (docker ps) and the audit trail exactly as they were.
// The stack runs the bad build (0.2.0), so the wizard really reaches its plan for a rollback to 0.1.0.
#include "models/profiles/profilefile.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_records;
    QString m_file;

    /// Rows of the audit trail; empty while no console has created the table yet.
    QString auditRows() const
    {
        const QString n = m_records.scalar(QStringLiteral("SELECT count(*) FROM ops.audit"));
        return n.startsWith(QLatin1String("error:")) ? QString() : n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        QVERIFY(m_records.isValid());
        // The console's records go to a database of this test: any row a screenshot wrote would be here.
        profile.pgRecordsDatabase = m_records.name();
        m_file = m_dir.filePath(QStringLiteral("profiles.json"));
        QString error;
        QVERIFY2(ProfileFile::write(m_file, {profile}, &error), qPrintable(error));
        const auto r = StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("bad-deploy")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase() { StackTest::reset(); }

    void screenshotChangesNothing_data()
    {
        QTest::addColumn<QString>("target");
        for (const char* t : {"rollback:execute", "rollback:verify", "rollback:after", "rollback:review", "rollback:backup",
                              "dashboard", "charts", "scaling", "incidents", "maintenance", "oncall", "logs", "audit",
                              "settings", "rollback"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void screenshotChangesNothing()
    {
        QFETCH(QString, target);
        const QStringList before = StackTest::fingerprint();
        QVERIFY(!before.isEmpty());
        // The audit table exists once a console ran the migrations on the records database.
        const QString rowsBefore = auditRows();

        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))); // journals of its own
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(OPSCONSOLE_BINARY));
        const QString out = home.filePath(QStringLiteral("shot.png"));
        p.setArguments({QStringLiteral("--config-dir"), home.filePath(QStringLiteral("config")), QStringLiteral("--profile-file"),
                        m_file, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), target,
                        QStringLiteral("--out"), out, QStringLiteral("--screenshot-wait"), QStringLiteral("30000")});
        p.start();
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo(out).size() > 1000);

        const QStringList after = StackTest::fingerprint();
        QCOMPARE(after, before);
        const QString rowsAfter = auditRows();
        qInfo("%s: %lld containers unchanged, audit rows %s → %s", qPrintable(target), qlonglong(after.size()),
              qPrintable(rowsBefore.isEmpty() ? QStringLiteral("(no table yet)") : rowsBefore), qPrintable(rowsAfter));
        QVERIFY(!rowsAfter.isEmpty()); // the screenshot's console did migrate: the table is there to count
        if (!rowsBefore.isEmpty())
            QCOMPARE(rowsAfter, rowsBefore);
        else
            QCOMPARE(rowsAfter, QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
