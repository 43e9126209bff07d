#include "models/rollback/backupcatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Ops;

/// The restore file check: only a regular, non-empty file directly inside the backups folder, no link,
/// not writable by others, under the size cap; and the listing newest first. tst_backupfile has the
/// descriptor-level cases (hard links, owners, a folder that is a link, the content).
class TestBackupCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_backups;
    QString m_outside;

    bool write(const QString& path, const QByteArray& content, int mode = 0640)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(content);
        f.close();
        return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_backups = m_root.filePath(QStringLiteral("backups"));
        m_outside = m_root.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(m_backups));
        QVERIFY(QDir().mkpath(m_outside));
        QVERIFY(write(m_backups + QStringLiteral("/backup_20251014_120000.sql"),
                      "CREATE TABLE public.t (id int);\n"));
        QVERIFY(write(m_outside + QStringLiteral("/evil.sql"), "DROP DATABASE fragrance_ai;\n"));
    }

    void goodFileByNameAndByPath()
    {
        BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("backup_20251014_120000.sql"));
        QVERIFY2(c.ok, qPrintable(c.reason));
        QCOMPARE(c.canonicalPath,
                 QFileInfo(m_backups + QStringLiteral("/backup_20251014_120000.sql")).canonicalFilePath());
        QVERIFY(c.size > 0);
        c = BackupCatalog::check(m_backups, m_backups + QStringLiteral("/backup_20251014_120000.sql"));
        QVERIFY2(c.ok, qPrintable(c.reason));
    }

    void dotDotIsRefused()
    {
        // Even when it would resolve back inside the folder: ".." is refused as written.
        BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("../elsewhere/evil.sql"));
        QVERIFY(!c.ok);
        QVERIFY(c.reason.contains(QStringLiteral("..")));
        c = BackupCatalog::check(m_backups, QStringLiteral("../backups/backup_20251014_120000.sql"));
        QVERIFY(!c.ok);
    }

    void absolutePathOutsideIsRefused()
    {
        const BackupCheck c = BackupCatalog::check(m_backups, m_outside + QStringLiteral("/evil.sql"));
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("not inside the backups folder")), qPrintable(c.reason));
    }

    void symlinkEscapeIsRefused()
    {
        const QString link = m_backups + QStringLiteral("/latest.sql");
        QVERIFY(QFile::link(m_outside + QStringLiteral("/evil.sql"), link));
        const BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("latest.sql"));
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("symbolic link")), qPrintable(c.reason));
        QVERIFY(QFile::remove(link));
        // A link is refused even when it stays inside: the file is opened without following links
        // (O_NOFOLLOW), so what is checked is the file itself, never where a link points at the time.
        QVERIFY(QFile::link(m_backups + QStringLiteral("/backup_20251014_120000.sql"), link));
        const BackupCheck inside = BackupCatalog::check(m_backups, QStringLiteral("latest.sql"));
        QVERIFY(!inside.ok);
        QVERIFY2(inside.reason.contains(QStringLiteral("symbolic link")), qPrintable(inside.reason));
        QVERIFY(QFile::remove(link));
    }

    void worldWritableIsRefused()
    {
        const QString path = m_backups + QStringLiteral("/shared.sql");
        QVERIFY(write(path, "SELECT 1;\n", 0666));
        const BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("shared.sql"));
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("writable by other users")), qPrintable(c.reason));
        QVERIFY(QFile::remove(path));
    }

    void emptyIsRefused()
    {
        const QString path = m_backups + QStringLiteral("/empty.sql");
        QVERIFY(write(path, QByteArray()));
        const BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("empty.sql"));
        QVERIFY(!c.ok);
        QVERIFY(c.reason.contains(QStringLiteral("empty")));
        QVERIFY(QFile::remove(path));
    }

    void tooBigIsRefused()
    {
        const BackupCheck c =
            BackupCatalog::check(m_backups, QStringLiteral("backup_20251014_120000.sql"), 10);
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("larger than the limit")), qPrintable(c.reason));
    }

    void notRegularIsRefused()
    {
        QVERIFY(QDir().mkpath(m_backups + QStringLiteral("/dir.sql")));
        BackupCheck c = BackupCatalog::check(m_backups, QStringLiteral("dir.sql"));
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("not a regular file")), qPrintable(c.reason));
        QVERIFY(QDir(m_backups + QStringLiteral("/dir.sql")).removeRecursively());
        const QString fifo = m_backups + QStringLiteral("/pipe.sql");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0640), 0);
        c = BackupCatalog::check(m_backups, QStringLiteral("pipe.sql"));
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QStringLiteral("not a regular file")), qPrintable(c.reason));
        QVERIFY(QFile::remove(fifo));
    }

    void missingAndNoFolder()
    {
        QVERIFY(!BackupCatalog::check(m_backups, QStringLiteral("nope.sql")).ok);
        QVERIFY(!BackupCatalog::check(QString(), QStringLiteral("x.sql")).ok);
        QVERIFY(
            !BackupCatalog::check(m_root.filePath(QStringLiteral("missing")), QStringLiteral("x.sql")).ok);
        QVERIFY(!BackupCatalog::check(m_backups, QString()).ok);
    }

    void listsNewestFirst()
    {
        const QString older = m_backups + QStringLiteral("/backup_older.sql");
        QVERIFY(write(older, "SELECT 1;\n"));
        QFile f(older);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
        f.close();
        const QList<BackupInfo> list = BackupCatalog::list(m_backups);
        QVERIFY(list.size() >= 2);
        QCOMPARE(list.first().name, QStringLiteral("backup_20251014_120000.sql"));
        QCOMPARE(list.last().name, QStringLiteral("backup_older.sql"));
        QVERIFY(list.first().size > 0);
        QVERIFY(BackupCatalog::age(list.last().modified, QDateTime::currentDateTimeUtc())
                    .contains(QStringLiteral("d")));
        QVERIFY(QFile::remove(older));
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"
