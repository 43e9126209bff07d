// Unit tests of Ops::ProcessRunner with ordinary system programs, approved by the test as an operator
// approves them (ProgramApprovals, in approvals of its own); and a program nobody approved, or one that
// changed since, that never runs.
#include "models/profiles/programapprovals.h"
#include "models/profiles/programidentity.h"
#include "models/stack/processrunner.h"

#include "tests/stack/processgone.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ops;

class TestProcessRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_approvals;

private Q_SLOTS:
    void initTestCase();
    void unapprovedProgramNeverRuns();
    void programChangedSinceApprovalNeverRuns();
    void echoArrivesAsLines();
    void argumentsAreNotInterpretedByAShell();
    void partialLastLineIsFlushed();
    void endlessLineIsCutAndMemoryStaysBounded();
    void nonZeroExitIsReported();
    void deadlineKillsTheProgram();
    void cancelKillsTheProgram();
    void missingProgramFailsToStart();
    void environmentIsMinimal();
    void workingDirectoryIsUsed();
    void secondStartWhileRunningIsRefused();
    void inputFileIsFedWithProgress();
    void unreadableInputFileFailsToStart();
    void cancelKillsWhatTheProgramStarted();
    void deadlineKillsWhatTheProgramStarted();
    void killedConsoleTakesItsChildAlong();
    void destroyedRunnerEndsItsProgramQuietly();
    void destroyedInsideTheEventLoopTheProcessEndsOnItsOwn();
};

void TestProcessRunner::initTestCase()
{
    qputenv("OPSCONSOLE_APPROVALS_FILE", m_approvals.filePath(QStringLiteral("approvals.ini")).toUtf8());
    // /bin/sh: the process-group tests start a shell that starts a grandchild.
    for (const char* program : {"/bin/echo", "/bin/false", "/bin/sleep", "/usr/bin/env", "/bin/pwd", "/bin/cat", "/bin/sh"}) {
        QString error;
        QVERIFY2(ProgramApprovals::approve(ProgramIdentity::read(QString::fromLatin1(program)), QString(), &error),
                 qPrintable(error));
    }
    // environmentIsMinimal() points env at a Docker Engine: an approval of its own.
    QString error;
    QVERIFY2(ProgramApprovals::approve(ProgramIdentity::read(QStringLiteral("/usr/bin/env")),
                                       QStringLiteral("ssh://ops@example"), &error),
             qPrintable(error));
}

namespace {

/// A script that leaves a file behind when it runs.
QString writeScript(const QTemporaryDir& dir, const QString& marker)
{
    const QString path = dir.filePath(QStringLiteral("leave-a-trace.sh"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(QStringLiteral("#!/bin/sh\ntouch '%1'\n").arg(marker).toUtf8());
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

bool runOnce(ProcessRunner& runner, QString* failure)
{
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QSignalSpy startFailed(&runner, &ProcessRunner::startFailed);
    if (!runner.start())
        return false;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !startFailed.isEmpty(); }, 10000))
        return false;
    if (!startFailed.isEmpty())
        *failure = startFailed.first().first().toString();
    return true;
}

} // namespace

void TestProcessRunner::unapprovedProgramNeverRuns()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    const QString script = writeScript(dir, marker);
    QVERIFY(!script.isEmpty());
    ProcessRunner runner;
    runner.setProgram(script);
    QString failure;
    QVERIFY(runOnce(runner, &failure));
    QVERIFY(runner.refusedUnapproved());
    QVERIFY2(failure.contains(script) && failure.contains(QStringLiteral("not approved")), qPrintable(failure));
    QVERIFY2(!QFileInfo::exists(marker), "an unapproved program ran");

    // Approved, the same runner runs it: the check above could see it run.
    QString error;
    QVERIFY2(ProgramApprovals::approve(ProgramIdentity::read(script), QString(), &error), qPrintable(error));
    failure.clear();
    QVERIFY(runOnce(runner, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(QFileInfo::exists(marker));

    // An approval is for one Docker Engine: the same program pointed at another is not approved.
    QFile::remove(marker);
    QProcessEnvironment elsewhere;
    elsewhere.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://ops@elsewhere.example"));
    runner.setEnvironment(elsewhere);
    QVERIFY(runOnce(runner, &failure));
    QVERIFY(runner.refusedUnapproved());
    QVERIFY(!QFileInfo::exists(marker));
}

void TestProcessRunner::programChangedSinceApprovalNeverRuns()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    const QString script = writeScript(dir, marker);
    QString error;
    QVERIFY2(ProgramApprovals::approve(ProgramIdentity::read(script), QString(), &error), qPrintable(error));
    // Someone appends a line after the approval.
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::Append));
        f.write("touch '" + QFile::encodeName(marker) + "-too'\n");
    }
    ProcessRunner runner;
    runner.setProgram(script);
    QString failure;
    QVERIFY(runOnce(runner, &failure));
    QVERIFY(runner.refusedUnapproved());
    QVERIFY2(failure.contains(QStringLiteral("changed since it was approved")), qPrintable(failure));
    QVERIFY(!QFileInfo::exists(marker));
    QStringList differences;
    QCOMPARE(ProgramApprovals::verdict(ProgramIdentity::read(script), QString(), &differences),
             ProgramApprovals::Verdict::Changed);
    QVERIFY2(differences.join(u' ').contains(QStringLiteral("SHA-256")), qPrintable(differences.join(u' ')));
}

void TestProcessRunner::echoArrivesAsLines()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/echo"));
    runner.setArguments({QStringLiteral("hello"), QStringLiteral("world")});
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toByteArray(), QByteArray("hello world"));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).value<QProcess::ExitStatus>(), QProcess::NormalExit);
    QCOMPARE(finished.at(0).at(3).toBool(), false);
    QCOMPARE(runner.collectedOutput(), QByteArray("hello world\n"));
    QVERIFY(!runner.isRunning());
}

void TestProcessRunner::argumentsAreNotInterpretedByAShell()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/echo"));
    runner.setArguments({QStringLiteral("$(id); `id` | x > y")});
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(lines.at(0).at(0).toByteArray(), QByteArray("$(id); `id` | x > y"));
}

void TestProcessRunner::partialLastLineIsFlushed()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/echo"));
    runner.setArguments({QStringLiteral("-n"), QStringLiteral("no newline")});
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toByteArray(), QByteArray("no newline"));
}

namespace {

/// A figure of /proc/self/status in KiB ("VmHWM": the peak resident size so far).
qint64 statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void TestProcessRunner::endlessLineIsCutAndMemoryStaysBounded()
{
    // 300 MB without a line break took 538 MiB when the pending line grew without a cap. A real child
    // writes it through a real pipe; the runner must survive, announce the first MiB of the line when
    // it ends, the lines after it intact, and say that it cut one.
    constexpr qint64 kEndless = 300'000'000;
    const qint64 peakBefore = statusKiB("VmHWM");
    QVERIFY(peakBefore > 0);
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/sh"));
    runner.setArguments({QStringLiteral("-c"),
                         QStringLiteral("printf 'first\\r\\n'; head -c %1 /dev/zero; printf '\\nafter\\n'").arg(kEndless)});
    runner.setTimeout(0);
    qint64 lines = 0;
    QByteArray firstLine, cutLine, lastLine;
    connect(&runner, &ProcessRunner::outputLine, this, [&](const QByteArray& line) {
        ++lines;
        if (lines == 1)
            firstLine = line;
        else if (lines == 2)
            cutLine = line;
        else
            lastLine = line;
    });
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(finished.wait(300000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(lines, 3);
    QCOMPARE(firstLine, QByteArray("first"));
    QCOMPARE(cutLine.size(), qsizetype(ProcessRunner::kDefaultMaxLineBytes));
    QCOMPARE(cutLine, QByteArray(cutLine.size(), '\0'));
    QCOMPARE(lastLine, QByteArray("after"));
    QCOMPARE(runner.truncatedLines(), 1);
    QCOMPARE(runner.droppedLineBytes(), kEndless - ProcessRunner::kDefaultMaxLineBytes);
    QVERIFY(runner.outputTruncated()); // what collectedOutput() keeps has its own cap
    const qint64 grownKiB = statusKiB("VmHWM") - peakBefore;
    qInfo("peak resident size grew by %lld KiB for %lld bytes without a line break", grownKiB, kEndless);
    // The pending line (1 MiB), the kept output (8 MiB) and QProcess' read buffers: far below the
    // 538 MiB the unbounded line took.
    QVERIFY2(grownKiB < 64 * 1024, qPrintable(QString::number(grownKiB)));

    // The cap is per run and per line: the next run starts with a clean count.
    runner.setArguments({QStringLiteral("-c"), QStringLiteral("printf 'short'")});
    runner.setMaxLineBytes(3);
    QSignalSpy lines2(&runner, &ProcessRunner::outputLine);
    QVERIFY(runner.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(lines2.count(), 1);
    QCOMPARE(lines2.first().first().toByteArray(), QByteArray("sho"));
    QCOMPARE(runner.truncatedLines(), 1);
    QCOMPARE(runner.droppedLineBytes(), 2);
}

void TestProcessRunner::nonZeroExitIsReported()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/false"));
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QSignalSpy startFailed(&runner, &ProcessRunner::startFailed);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(finished.at(0).at(3).toBool(), false);
    QCOMPARE(startFailed.count(), 0);
}

void TestProcessRunner::deadlineKillsTheProgram()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/sleep"));
    runner.setArguments({QStringLiteral("30")});
    runner.setTimeout(200);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(finished.at(0).at(1).value<QProcess::ExitStatus>(), QProcess::CrashExit);
    QCOMPARE(finished.at(0).at(3).toBool(), true);
    QVERIFY(runner.timedOut());
    QVERIFY(runner.elapsedMs() < 3000);
}

void TestProcessRunner::cancelKillsTheProgram()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/sleep"));
    runner.setArguments({QStringLiteral("30")});
    runner.setTimeout(0);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(runner.isRunning());
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QVERIFY(runner.cancelled());
    QCOMPARE(finished.at(0).at(3).toBool(), false);
}

void TestProcessRunner::missingProgramFailsToStart()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/nonexistent/docker"));
    QSignalSpy startFailed(&runner, &ProcessRunner::startFailed);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(startFailed.count(), 1, 3000);
    QVERIFY(startFailed.at(0).at(0).toString().contains(QStringLiteral("/nonexistent/docker")));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!runner.isRunning());
}

void TestProcessRunner::environmentIsMinimal()
{
    qputenv("OPSCONSOLE_TEST_SECRET", "should-not-leak");
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/usr/bin/env"));
    QProcessEnvironment environment = ProcessRunner::minimalEnvironment();
    environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://ops@example"));
    runner.setEnvironment(environment);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const QByteArray output = runner.collectedOutput();
    QVERIFY(output.contains("PATH="));
    QVERIFY(output.contains("DOCKER_HOST=ssh://ops@example"));
    QVERIFY(!output.contains("OPSCONSOLE_TEST_SECRET"));
    QVERIFY(!output.contains("QT_QPA_PLATFORM"));
    for (const QByteArray& line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray name = line.left(line.indexOf('='));
        QVERIFY2(name == "PATH" || name == "HOME" || name == "LANG" || name == "DOCKER_HOST"
                     || name == "SETUPTOOLS_USE_DISTUTILS",
                 line.constData());
    }
}

void TestProcessRunner::workingDirectoryIsUsed()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/pwd"));
    runner.setWorkingDirectory(directory.path());
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(QString::fromUtf8(lines.at(0).at(0).toByteArray()), directory.path());
}

void TestProcessRunner::secondStartWhileRunningIsRefused()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/sleep"));
    runner.setArguments({QStringLiteral("30")});
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(!runner.start());
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    // Reusable afterwards.
    runner.setProgram(QStringLiteral("/bin/echo"));
    runner.setArguments({QStringLiteral("again")});
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QCOMPARE(runner.collectedOutput(), QByteArray("again\n"));
}

void TestProcessRunner::inputFileIsFedWithProgress()
{
    // A restore's path: a file larger than a pipe buffer given to the program's stdin in chunks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.sql"));
    QByteArray content;
    for (int i = 0; content.size() < 3 * 1024 * 1024; ++i)
        content += "INSERT INTO t VALUES (" + QByteArray::number(i) + ");\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/cat"));
    runner.setStandardInputFile(path);
    runner.setOutputCap(16 * 1024 * 1024);
    QSignalSpy progress(&runner, &ProcessRunner::inputProgress);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    QCOMPARE(runner.collectedOutput().size(), content.size());
    QVERIFY(runner.collectedOutput() == content);
    QVERIFY(progress.size() > 2);
    qint64 last = -1;
    for (const QList<QVariant>& p : progress) {
        QVERIFY(p.at(0).toLongLong() >= last);
        last = p.at(0).toLongLong();
        QCOMPARE(p.at(1).toLongLong(), qint64(content.size()));
    }
    QCOMPARE(last, qint64(content.size()));
}

void TestProcessRunner::unreadableInputFileFailsToStart()
{
    ProcessRunner runner;
    runner.setProgram(QStringLiteral("/bin/cat"));
    runner.setStandardInputFile(QStringLiteral("/nonexistent/backup.sql"));
    QSignalSpy failed(&runner, &ProcessRunner::startFailed);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent/backup.sql")));
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"

namespace {

/// Runs `sh -c 'sleep 300 & echo $!; wait'` and returns the background sleep's pid: a grandchild of
/// this test, in the runner's process group.
qint64 startWithGrandchild(ProcessRunner& runner, QSignalSpy& lines)
{
    runner.setProgram(QStringLiteral("/bin/sh"));
    runner.setArguments({QStringLiteral("-c"), QStringLiteral("sleep 300 & echo $!; wait")});
    if (!runner.start())
        return 0;
    if (!QTest::qWaitFor([&lines] { return !lines.isEmpty(); }, 10000))
        return 0;
    return lines.first().first().toByteArray().trimmed().toLongLong();
}

} // namespace

void TestProcessRunner::cancelKillsWhatTheProgramStarted()
{
    ProcessRunner runner;
    runner.setTimeout(0);
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    const qint64 grandchild = startWithGrandchild(runner, lines);
    QVERIFY(grandchild > 0);
    QVERIFY(ProcessGone::alive(grandchild));
    QVERIFY(runner.processId() > 0);
    QCOMPARE(ProcessGone::groupOf(grandchild), runner.processId()); // its own group, led by the program
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(grandchild), 5000);
}

void TestProcessRunner::deadlineKillsWhatTheProgramStarted()
{
    ProcessRunner runner;
    runner.setTimeout(3000);
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy finished(&runner, &ProcessRunner::finished);
    const qint64 grandchild = startWithGrandchild(runner, lines);
    QVERIFY(grandchild > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(runner.timedOut());
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(grandchild), 5000);
}

void TestProcessRunner::killedConsoleTakesItsChildAlong()
{
    // A console (here a small program with the console's ProcessRunner) killed with SIGKILL: its child
    // gets the parent-death signal and ends too.
    QProcess console;
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.start(QStringLiteral(OPSCONSOLE_PROCESSGROUP_CHILD), {QStringLiteral("sleep")});
    QVERIFY(console.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(console.canReadLine(), 10000);
    const QByteArray line = console.readLine().trimmed();
    QVERIFY2(line.startsWith("child "), line.constData());
    const qint64 child = line.mid(6).toLongLong();
    QVERIFY(ProcessGone::alive(child));
    QVERIFY(ProcessGone::commandLine(child).contains("sleep"));
    console.kill(); // SIGKILL: no destructor, no cleanup of its own
    QVERIFY(console.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(child), 10000);
}

void TestProcessRunner::destroyedRunnerEndsItsProgramQuietly()
{
    // The console quitting with `logs -f` still streaming: the runner goes, and so does everything its
    // program started, at once and without QProcess's "destroyed while process is still running".
    qint64 grandchild = 0;
    {
        ProcessRunner runner;
        runner.setTimeout(0);
        QSignalSpy lines(&runner, &ProcessRunner::outputLine);
        grandchild = startWithGrandchild(runner, lines);
        QVERIFY(grandchild > 0);
        QVERIFY(ProcessGone::alive(grandchild));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Destroyed while process")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(grandchild), 5000);
}

void TestProcessRunner::destroyedInsideTheEventLoopTheProcessEndsOnItsOwn()
{
    // A runner destroyed while the event loop runs (a profile switch): its program and everything it
    // started end, quietly, and the QProcess that outlived the runner to reap the child deletes itself.
    auto* runner = new ProcessRunner;
    runner->setTimeout(0);
    QSignalSpy lines(runner, &ProcessRunner::outputLine);
    const qint64 grandchild = startWithGrandchild(*runner, lines);
    QVERIFY(grandchild > 0);
    const QPointer<QProcess> process = runner->findChild<QProcess*>();
    QVERIFY(process);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Destroyed while process")));
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [runner] { delete runner; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (process.isNull() && !ProcessGone::alive(grandchild))
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(!ProcessGone::alive(grandchild));
    QVERIFY(process.isNull());
}
