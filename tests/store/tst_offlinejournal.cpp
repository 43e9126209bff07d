#include "models/store/offlinejournal.h"

#include "models/core/privatefiles.h"
#include "models/store/postgresconnectionparams.h"

#include <QDir>
#include <QSet>
#include <sys/stat.h>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ops;

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private:
    static QJsonObject record(int n)
    {
        return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("n"), n}};
    }

private Q_SLOTS:
    void appendsAndReadsInOrder()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path() + QStringLiteral("/sub"));
        QVERIFY(journal.isEmpty());
        for (int i = 0; i < 5; ++i)
            QVERIFY2(journal.append(record(i)), qPrintable(journal.errorString()));
        const auto records = journal.readAll();
        QCOMPARE(records.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(records.at(i).value(QStringLiteral("n")).toInt(), i);
        // One line per record: the file is plain JSON lines.
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 5);
    }

    void refusesRecordWithoutId()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        QVERIFY(!journal.append({{QStringLiteral("n"), 1}}));
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(journal.isEmpty());
    }

    void skipsTornLastLine()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        QVERIFY(journal.append(record(1)));
        QVERIFY(journal.append(record(2)));
        // A crash in the middle of a write: half a line, no newline.
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"id\":\"abc\",\"n\":");
        file.close();
        int skipped = -1;
        QCOMPARE(journal.readAll(&skipped).size(), 2);
        QCOMPARE(skipped, 1);
        // The next record starts on a fresh line and is not lost with the torn one.
        QVERIFY(journal.append(record(3)));
        const auto records = journal.readAll(&skipped);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.last().value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(skipped, 1);
    }

    void removeTakesExactlyTheReplayedIds()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        for (int i = 0; i < 4; ++i)
            QVERIFY(journal.append(record(i)));
        const auto before = journal.readAll();
        QVERIFY(journal.append(record(4))); // written while a replay of the first four ran
        QSet<QString> replayed;
        for (const QJsonObject& r : before)
            replayed.insert(OfflineJournal::idOf(r));
        QVERIFY(journal.remove(replayed));
        auto after = journal.readAll();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("n")).toInt(), 4);
        // Removed by another console meanwhile: removing again takes nothing else.
        QVERIFY(journal.remove(replayed));
        QCOMPARE(journal.count(), 1);
        QVERIFY(journal.remove({OfflineJournal::idOf(after.first())}));
        QVERIFY(journal.isEmpty());
        QCOMPARE(journal.count(), 0);
    }

    /// Files only the operator can read, with that mode from their creation, whatever the umask.
    void folderAndFileArePrivateFromTheStart()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(0);
        OfflineJournal journal(dir.path() + QStringLiteral("/a/b"));
        const bool appended = journal.append(record(1));
        QVERIFY(journal.remove({QStringLiteral("none")}) && journal.append(record(2)));
        ::umask(previous);
        QVERIFY(appended);
        QCOMPARE(PrivateFiles::mode(dir.path() + QStringLiteral("/a")), 0700);
        QCOMPARE(PrivateFiles::mode(journal.directory()), 0700);
        QCOMPARE(PrivateFiles::mode(journal.filePath()), 0600);
        // A rewrite (remove) replaces the file by another one, also 0600, and leaves no temporary behind.
        QVERIFY(journal.remove({OfflineJournal::idOf(journal.readAll().first())}));
        QCOMPARE(PrivateFiles::mode(journal.filePath()), 0600);
        QCOMPARE(QDir(journal.directory()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".jsonl.")),
                 QStringList());
    }

    void privateFilesWriteAtomically()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(0);
        const QString path = dir.path() + QStringLiteral("/state/run.json");
        const bool written = PrivateFiles::writeAtomically(path, "one");
        ::umask(previous);
        QVERIFY(written);
        QCOMPARE(PrivateFiles::mode(dir.path() + QStringLiteral("/state")), 0700);
        QCOMPARE(PrivateFiles::mode(path), 0600);
        // A wider file there before is replaced by a private one, not reused.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(PrivateFiles::writeAtomically(path, "two"));
        QCOMPARE(PrivateFiles::mode(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two"));
    }

    /// A journal written for one database is never replayed into another, and records of another
    /// database adopted from an old folder stay where they are.
    void boundToItsDatabase()
    {
        PostgresConnectionParams mine;
        mine.host = QStringLiteral("db.example");
        mine.port = 5432;
        mine.database = QStringLiteral("opsconsole");
        PostgresConnectionParams other = mine;
        other.database = QStringLiteral("fragrance_ai");
        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral(".."), QStringLiteral("prod/../../x"), QStringLiteral("")}) {
            const QString folder = OfflineJournal::directoryFor(dir.path(), name, mine);
            QVERIFY2(QDir::cleanPath(folder).startsWith(dir.path() + u'/'), qPrintable(folder));
            QCOMPARE(QDir::cleanPath(folder).count(u'/'), dir.path().count(u'/') + 2);
        }
        const QString folder = OfflineJournal::directoryFor(dir.path(), QStringLiteral("prod"), mine);
        QVERIFY(folder != OfflineJournal::directoryFor(dir.path(), QStringLiteral("prod"), other));
        OfflineJournal journal(folder, OfflineJournal::targetOf(mine));
        QString refusal;
        QVERIFY(OfflineJournal::canReplayInto(journal, mine, &refusal));
        QVERIFY(!OfflineJournal::canReplayInto(journal, other, &refusal));
        QVERIFY(refusal.contains(QStringLiteral("fragrance_ai")));
        OfflineJournal unbound(dir.path() + QStringLiteral("/unbound"));
        QVERIFY(!OfflineJournal::canReplayInto(unbound, mine, &refusal));

        // An old unbound journal: its unstamped records and those stamped for this database move here.
        QVERIFY(unbound.append(record(1)));
        QJsonObject foreign = record(2);
        foreign.insert(OfflineJournal::targetKey(), OfflineJournal::targetOf(other));
        QVERIFY(unbound.append(foreign));
        QVERIFY(journal.adopt(unbound.directory()));
        const auto adopted = journal.readFor(journal.target());
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().value(QStringLiteral("n")).toInt(), 1);
        const auto left = unbound.readAll();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value(QStringLiteral("n")).toInt(), 2);
        // Adopting again doubles nothing.
        QVERIFY(journal.adopt(unbound.directory()));
        QCOMPARE(journal.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
