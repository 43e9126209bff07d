// libFuzzer entry for the offline journal (issue 15 item 8): OfflineJournal reading a journal file of
// any content — what a crash, a full disk or another program may have left in it. Any bytes must never
// crash, hang or trip a sanitizer, and:
//   - every record read has a non-empty string "id"; records and unreadable lines together are the
//     file's non-blank lines;
//   - a record appended after whatever the file holds is read back, last, exactly as written (a torn
//     last line never swallows it);
//   - removing the records that were there (by id) leaves exactly the appended one.
// The journal lives in a folder of its own on /dev/shm when there is one (no disk writes per input).
#include "models/store/offlinejournal.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

using namespace Ops;

namespace {

constexpr const char* kTarget = "fuzz_offlinejournal";

const QString& folder()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/fuzz_offlinejournal-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fuzz_offlinejournal-XXXXXX"));
    static const QString path = dir.path();
    return path;
}

} // namespace

// The journal warns about every unreadable line it skips: right for an operator, a flood for a fuzzer.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("opsconsole.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    OfflineJournal journal(folder());
    {
        QFile file(journal.filePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(Fuzz::body(data, size)) != qint64(size))
            Fuzz::fault(kTarget, "cannot write the journal file");
    }
    qsizetype nonBlank = 0;
    for (const QByteArray& line : Fuzz::body(data, size).split('\n'))
        nonBlank += line.trimmed().isEmpty() ? 0 : 1;

    int skipped = -1;
    const QList<QJsonObject> records = journal.readAll(&skipped);
    if (skipped < 0 || records.size() + skipped != nonBlank)
        Fuzz::fault(kTarget, "records and unreadable lines are not the file's lines");
    for (const QJsonObject& record : records) {
        if (record.value(QStringLiteral("id")).toString().isEmpty())
            Fuzz::fault(kTarget, "a record without an id");
    }

    // An id the fuzzer's bytes cannot hold: removing theirs by id must leave it.
    const QJsonObject appended{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("what"), QStringLiteral("after the fuzzer's bytes")}};
    if (!journal.append(appended))
        Fuzz::fault(kTarget, "append failed");
    const QList<QJsonObject> after = journal.readAll();
    if (after.size() != records.size() + 1 || after.constLast() != appended)
        Fuzz::fault(kTarget, "the appended record is not read back last");

    QSet<QString> ids;
    for (const QJsonObject& record : records)
        ids.insert(OfflineJournal::idOf(record));
    if (!journal.remove(ids))
        Fuzz::fault(kTarget, "remove failed");
    const QList<QJsonObject> left = journal.readAll();
    if (left.size() != 1 || left.constFirst() != appended)
        Fuzz::fault(kTarget, "dropping the old records did not leave exactly the appended one");
    return 0;
}
