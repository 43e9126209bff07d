// Backups are untrusted input (issue 15 item 7): Ops::BackupFile opens a backup once and checks the open
// descriptor; BackupCatalog refuses a backups folder that is a link elsewhere; a restore never lets psql
// see a meta-command. The effect test restores through the real psql into a scratch database on the
// stack's PostgreSQL: a backup with `\!` deep in it leaves no table and runs nothing.
#include "models/profiles/programapprovals.h"
#include "models/profiles/programidentity.h"
#include "models/rollback/backupcatalog.h"
#include "models/stack/backupfile.h"
#include "models/stack/processrunner.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Ops;

namespace {

const QString kPsql = QStringLiteral("/usr/lib/postgresql/15/bin/psql");

bool write(const QString& path, const QByteArray& content, QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

QByteArray readAll(int fd)
{
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return QByteArray();
    return f.readAll();
}

/// A plain dump like pg_dump's: a table, COPY data of `rows` rows (over several of the runner's 256 KiB
/// chunks), then `tail`.
QByteArray dump(int rows, const QByteArray& tail)
{
    QByteArray out = "\\restrict k3y\nSET standard_conforming_strings = on;\n"
                     "CREATE TABLE public.restored_before (a integer, note text);\n"
                     "COPY public.restored_before (a, note) FROM stdin;\n";
    for (int i = 0; i < rows; ++i)
        out += QByteArray::number(i) + (i % 7 == 0 ? "\t\\N\n" : "\tback\\\\slash\n");
    out += "\\.\n" + tail + "CREATE TABLE public.restored_after (a integer);\n\\unrestrict k3y\n";
    return out;
}

} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_approvals;

private Q_SLOTS:
    void initTestCase();
    void ownFileOpens();
    void refusals();
    void folderThatIsALinkIsRefused();
    void descriptorIsWhatIsRead();
    void hostileContentIsRefusedBeforeAnythingRuns();
    void stackBackupsPass();
    void restoreRefusesAHostileBackup();
};

void TestBackupFile::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "the ownership cases need root (chown), as the stack does");
    qputenv("OPSCONSOLE_APPROVALS_FILE", m_approvals.filePath(QStringLiteral("approvals.ini")).toUtf8());
    QString error;
    QVERIFY2(ProgramApprovals::approve(ProgramIdentity::read(kPsql), QString(), &error), qPrintable(error));
}

void TestBackupFile::ownFileOpens()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("b.sql")), "SELECT 1;\n"));
    for (const QString& name : {QStringLiteral("b.sql"), dir.filePath(QStringLiteral("b.sql"))}) {
        BackupFile backup = BackupFile::open(dir.path(), name);
        QVERIFY2(backup.isOpen(), qPrintable(backup.error()));
        QCOMPARE(backup.size(), 10);
        QCOMPARE(readAll(backup.descriptor()), QByteArray("SELECT 1;\n"));
    }
    // A link above the folder (like /home → /data/home) is no link of the folder itself: accepted.
    QTemporaryDir parent;
    QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("backups")));
    QVERIFY(QFile::setPermissions(parent.filePath(QStringLiteral("backups")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(write(parent.filePath(QStringLiteral("backups/b.sql")), "SELECT 1;\n"));
    QTemporaryDir links;
    QVERIFY(QFile::link(parent.path(), links.filePath(QStringLiteral("up"))));
    const QString viaLink = links.filePath(QStringLiteral("up/backups"));
    const BackupCheck viaParentLink = BackupCatalog::check(viaLink, QStringLiteral("b.sql"));
    QVERIFY2(viaParentLink.ok, qPrintable(viaParentLink.reason));
    QCOMPARE(viaParentLink.canonicalPath, QFileInfo(parent.filePath(QStringLiteral("backups/b.sql"))).canonicalFilePath());
    QVERIFY(BackupFile::open(viaLink, viaLink + QStringLiteral("/b.sql")).isOpen());
    QCOMPARE(BackupCatalog::list(viaLink).size(), 1);
}

void TestBackupFile::refusals()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("outside.sql"));
    QVERIFY(write(outside, "SELECT 1;\n"));
    QVERIFY(QFile::link(outside, dir.filePath(QStringLiteral("symlink.sql"))));
    QVERIFY(::link(QFile::encodeName(outside).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hardlink.sql"))).constData()) == 0);
    QVERIFY(write(dir.filePath(QStringLiteral("group.sql")), "SELECT 1;\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup));
    QVERIFY(write(dir.filePath(QStringLiteral("world.sql")), "SELECT 1;\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther));
    QVERIFY(write(dir.filePath(QStringLiteral("nobody.sql")), "SELECT 1;\n"));
    QVERIFY(::chown(QFile::encodeName(dir.filePath(QStringLiteral("nobody.sql"))).constData(), 65534, 65534) == 0);
    QVERIFY(write(dir.filePath(QStringLiteral("empty.sql")), ""));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo.sql"))).constData(), 0600) == 0);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(write(dir.filePath(QStringLiteral("sub/inner.sql")), "SELECT 1;\n"));
    QVERIFY(write(dir.filePath(QStringLiteral("big.sql")), QByteArray(2048, '-')));

    const struct
    {
        QString file;
        QString words;
        qint64 max;
    } cases[] = {
        {QStringLiteral("symlink.sql"), QStringLiteral("symbolic link"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("hardlink.sql"), QStringLiteral("hard links"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("group.sql"), QStringLiteral("writable by other users"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("world.sql"), QStringLiteral("writable by other users"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("nobody.sql"), QStringLiteral("another user (uid 65534)"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("empty.sql"), QStringLiteral("is empty"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("fifo.sql"), QStringLiteral("not a regular file"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("sub/inner.sql"), QStringLiteral("directly inside"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("../x.sql"), QStringLiteral("\"..\""), BackupFile::kDefaultMaxBytes},
        {outside, QStringLiteral("not inside the backups folder"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("missing.sql"), QStringLiteral("does not exist"), BackupFile::kDefaultMaxBytes},
        {QStringLiteral("big.sql"), QStringLiteral("larger than the limit"), 1024},
    };
    for (const auto& c : cases) {
        const BackupFile backup = BackupFile::open(dir.path(), c.file, c.max);
        QVERIFY2(!backup.isOpen(), qPrintable(c.file));
        QVERIFY2(backup.error().contains(c.words), qPrintable(c.file + QStringLiteral(": ") + backup.error()));
        const BackupCheck check = BackupCatalog::check(dir.path(), c.file, c.max);
        QVERIFY(!check.ok);
        QCOMPARE(check.reason, backup.error());
    }
    // The hard link's other name is the file outside: refused there is not the question, one name is.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("hardlink.sql"))));

    // A folder other users may write to: they could swap a file in after the check.
    QVERIFY(write(dir.filePath(QStringLiteral("fine.sql")), "SELECT 1;\n"));
    QVERIFY(BackupFile::open(dir.path(), QStringLiteral("fine.sql")).isOpen());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup));
    const BackupFile shared = BackupFile::open(dir.path(), QStringLiteral("fine.sql"));
    QVERIFY(!shared.isOpen());
    QVERIFY2(shared.error().contains(QStringLiteral("writable by other users")), qPrintable(shared.error()));
    QVERIFY(BackupCatalog::list(dir.path()).isEmpty());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!BackupCatalog::list(dir.path()).isEmpty());
}

void TestBackupFile::folderThatIsALinkIsRefused()
{
    // Today's hole: a backups folder that is a link to /etc listed /etc, and /etc/shadow passed the check.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("backups"));
    QVERIFY(QFile::link(QStringLiteral("/etc"), link));
    QVERIFY(BackupCatalog::list(link).isEmpty());
    QVERIFY2(BackupCatalog::folderProblem(link).contains(QStringLiteral("symbolic link")),
             qPrintable(BackupCatalog::folderProblem(link)));
    const BackupCheck shadow = BackupCatalog::check(link, QStringLiteral("shadow"));
    QVERIFY(!shadow.ok);
    QVERIFY2(shadow.reason.contains(QStringLiteral("symbolic link")) && shadow.reason.contains(QStringLiteral("/etc")),
             qPrintable(shadow.reason));
    QVERIFY(!BackupFile::open(link, link + QStringLiteral("/shadow")).isOpen());
    // The real folder itself is still a folder with files in it: the link is what is refused.
    QVERIFY(!BackupCatalog::list(QStringLiteral("/etc")).isEmpty());
}

void TestBackupFile::descriptorIsWhatIsRead()
{
    // Checked and read on one descriptor: a file swapped in under the same name after the check is
    // never the one read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sql"));
    QVERIFY(write(path, "SELECT 'checked';\n"));
    BackupFile backup = BackupFile::open(dir.path(), path);
    QVERIFY2(backup.isOpen(), qPrintable(backup.error()));
    QVERIFY(write(dir.filePath(QStringLiteral("swap.sql")), "\\! touch /tmp/never\n"));
    QVERIFY(::rename(QFile::encodeName(dir.filePath(QStringLiteral("swap.sql"))).constData(), QFile::encodeName(path).constData()) == 0);
    QCOMPARE(readAll(backup.descriptor()), QByteArray("SELECT 'checked';\n"));
}

void TestBackupFile::hostileContentIsRefusedBeforeAnythingRuns()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("hostile.sql")), dump(50'000, "\\! id\n")));
    QVERIFY(write(dir.filePath(QStringLiteral("fine.sql")), dump(50'000, QByteArray())));
    const BackupCheck fine = BackupCatalog::check(dir.path(), QStringLiteral("fine.sql"), BackupCatalog::kDefaultMaxBytes,
                                                  BackupCatalog::Content::Read);
    QVERIFY2(fine.ok, qPrintable(fine.reason));
    // Unread, the content is not judged (a preview stays quick); read, the command is named with its line.
    QVERIFY(BackupCatalog::check(dir.path(), QStringLiteral("hostile.sql")).ok);
    const BackupCheck hostile = BackupCatalog::check(dir.path(), QStringLiteral("hostile.sql"),
                                                     BackupCatalog::kDefaultMaxBytes, BackupCatalog::Content::Read);
    QVERIFY(!hostile.ok);
    QVERIFY2(hostile.reason.contains(QStringLiteral("line 50006")) && hostile.reason.contains(QStringLiteral("\\!")),
             qPrintable(hostile.reason));
}

void TestBackupFile::stackBackupsPass()
{
    // pg_dump 15.18's own output (with its \restrict and \unrestrict, COPY data with backslashes) passes
    // every check, content included: the stack's nightly backups.
    const QString folder = qEnvironmentVariable("OPSCONSOLE_BACKUPS_DIR");
    REQUIRE_ENV(folder);
    const QList<BackupInfo> backups = BackupCatalog::list(folder);
    QVERIFY(!backups.isEmpty());
    for (const BackupInfo& b : backups) {
        const BackupCheck c = BackupCatalog::check(folder, b.name, BackupCatalog::kDefaultMaxBytes,
                                                   BackupCatalog::Content::Read);
        QVERIFY2(c.ok, qPrintable(b.name + QStringLiteral(": ") + c.reason));
    }
}

void TestBackupFile::restoreRefusesAHostileBackup()
{
    // The restore reads the file through the guard even when the check before the run was passed (the
    // file changed in between): psql fails, the transaction rolls back, the command never runs.
    REQUIRE_ENV(TestEnv::pgHost());
    ScratchDatabase db;
    QVERIFY(db.isValid());
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    const QString hostile = dir.filePath(QStringLiteral("hostile.sql"));
    const QString fine = dir.filePath(QStringLiteral("fine.sql"));
    QVERIFY(write(hostile, dump(200'000, "\\! touch " + QFile::encodeName(marker) + "\n")));
    QVERIFY(write(fine, dump(200'000, QByteArray())));
    QVERIFY(QFileInfo(hostile).size() > 4 * 256 * 1024); // the command arrives several chunks in

    const auto restore = [&db](const QString& file, QString* inputError) {
        ProcessRunner runner;
        runner.setProgram(kPsql);
        // As the database's administrator: the console's role may only append to the records there (migration
        // 007), while a dump of the application creates its tables.
        const auto params = db.adminParams();
        runner.setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), params.host,
                             QStringLiteral("-p"), QString::number(params.port), QStringLiteral("-U"), params.user,
                             QStringLiteral("-d"), params.database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("--single-transaction"), QStringLiteral("-f"), QStringLiteral("-")});
        runner.setStandardInputFile(file);
        runner.setStandardInputIsBackup(true);
        runner.setTimeout(120000);
        QSignalSpy finished(&runner, &ProcessRunner::finished);
        QSignalSpy startFailed(&runner, &ProcessRunner::startFailed);
        runner.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !startFailed.isEmpty(); }, 120000))
            return -2;
        *inputError = runner.inputError();
        return finished.isEmpty() ? -1 : finished.first().at(0).toInt();
    };

    QString inputError;
    const int failed = restore(hostile, &inputError);
    QVERIFY2(failed > 0, qPrintable(QString::number(failed)));
    QVERIFY2(inputError.contains(QStringLiteral("\\!")) && inputError.contains(QStringLiteral("line 200006")),
             qPrintable(inputError));
    QVERIFY2(!QFileInfo::exists(marker), "psql ran the backup's shell command");
    // Nothing of the restore stayed: not the table before the command, not its 200,000 rows.
    QCOMPARE(db.scalar(QStringLiteral("SELECT coalesce(to_regclass('public.restored_before')::text, 'none')")),
             QStringLiteral("none"));

    // The same backup without the command restores: the check above could see a table if one were left.
    QCOMPARE(restore(fine, &inputError), 0);
    QCOMPARE(inputError, QString());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM public.restored_before")), QStringLiteral("200000"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM public.restored_before WHERE note = 'back\\slash'")),
             QString::number(200'000 - (200'000 + 6) / 7));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
