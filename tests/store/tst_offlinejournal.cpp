#include "models/store/offlinejournal.h"

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

    void dropFirstKeepsLaterRecords()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        for (int i = 0; i < 4; ++i)
            QVERIFY(journal.append(record(i)));
        const auto before = journal.readAll();
        QVERIFY(journal.append(record(4))); // written while a replay of the first four ran
        QVERIFY(journal.dropFirst(int(before.size())));
        const auto after = journal.readAll();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("n")).toInt(), 4);
        QVERIFY(journal.dropFirst(1));
        QVERIFY(journal.isEmpty());
        QCOMPARE(journal.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
