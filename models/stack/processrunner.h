#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <memory>

class QIODevice;

namespace Ops {

class PsqlScriptGuard;

/// Runs one external program asynchronously: program + argument list (never a shell), explicit
/// environment and working directory, a deadline after which the process is killed, and cancel().
/// Standard output arrives line by line as it is written (for `logs -f`), and is also kept (up to a cap)
/// for callers that parse it whole. Exactly one of startFailed() or finished() ends every start().
/// Reused by the orchestrator status, scaling and logs features, and the only way the console starts a
/// program: it refuses one the operator has not approved (ProgramApprovals).
///
/// Every program runs in a process group of its own and gets SIGTERM when the console dies (Linux'
/// parent-death signal), so a console killed mid-command (kill -9) takes its orchestrator child with it;
/// cancel() and the deadline kill the whole group. The parent-death signal follows the thread that
/// started the program: start programs from a thread that lives as long as they should (the GUI thread).
class ProcessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessRunner)

public:
    explicit ProcessRunner(QObject* parent = nullptr);
    ~ProcessRunner() override;

    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    void setArguments(const QStringList& arguments) { m_arguments = arguments; }
    QStringList arguments() const { return m_arguments; }
    /// Default: minimalEnvironment().
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }
    void setWorkingDirectory(const QString& directory) { m_workingDirectory = directory; }
    /// Deadline for the whole run in ms (default 30 s); 0 runs without one (for `logs -f`, use cancel()).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    /// Standard output kept for collectedOutput() (default 8 MiB); lines are still announced beyond it.
    void setOutputCap(qint64 bytes) { m_outputCap = bytes; }
    /// The longest line outputLine() announces (default 1 MiB). A program that writes more without a
    /// line break gets its line cut there: the first bytes are announced when the line ends, the rest is
    /// dropped as it arrives (counted by truncatedLines()), so the runner's memory stays bounded however
    /// much a program writes without a newline.
    void setMaxLineBytes(qint64 bytes) { m_maxLineBytes = std::max<qint64>(1, bytes); }
    static constexpr qint64 kDefaultMaxLineBytes = 1024 * 1024;
    /// Feeds this file to the program's standard input in chunks (inputProgress() after each), then closes
    /// it; empty (the default): the program gets no input (EOF at once).
    void setStandardInputFile(const QString& path) { m_inputPath = path; }
    /// The standard-input file is a database backup for psql: it is opened once as a backup of its own
    /// folder (BackupFile: no symbolic links, one name, the user's own, writable by nobody else), and
    /// read through a PsqlScriptGuard, so psql never sees a meta-command other than pg_dump's own. A
    /// refused file never starts the program (startFailed()); a meta-command met while feeding makes psql
    /// fail instead (inputError() says why), and with ON_ERROR_STOP and --single-transaction nothing of
    /// the restore stays.
    void setStandardInputIsBackup(bool backup) { m_inputIsBackup = backup; }
    /// Standard output goes to `device` as it arrives (not kept, not split into lines), for a dump
    /// written straight into a file; outputWritten() reports the bytes so far. A failed write kills the
    /// program and is named by sinkError(). Not owned; must outlive the run. Null: the default.
    void setOutputDevice(QIODevice* device) { m_sink = device; }
    QString sinkError() const { return m_sinkError; }
    /// Why the standard-input file was not fed whole (translated), or empty.
    QString inputError() const { return m_inputError; }

    /// Starts the program; false (and nothing emitted) when one is already running. A program that is not
    /// approved on this workstation for the DOCKER_HOST of its environment (ProgramApprovals), or changed
    /// since, is not started: startFailed() says why and refusedUnapproved() is true.
    bool start();
    bool refusedUnapproved() const { return m_refusedUnapproved; }
    /// Kills the running program; finished() follows with cancelled() true.
    void cancel();
    bool isRunning() const;

    QByteArray collectedOutput() const { return m_output; }
    bool outputTruncated() const { return m_outputTruncated; }
    /// Lines of this run cut at the line cap (setMaxLineBytes), and the bytes dropped from them.
    qint64 truncatedLines() const { return m_truncatedLines; }
    qint64 droppedLineBytes() const { return m_droppedLineBytes; }
    bool timedOut() const { return m_timedOut; }
    bool cancelled() const { return m_cancelled; }
    /// The running program's process id (it also names its process group); 0 when none runs.
    qint64 processId() const { return m_process && !m_ended ? m_process->processId() : 0; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : -1; }

    /// PATH, HOME, LANG and SETUPTOOLS_USE_DISTUTILS of this process (PATH defaults to /usr/bin:/bin),
    /// plus the named extras.
    static QProcessEnvironment minimalEnvironment(const QStringList& alsoKeep = QStringList());
    /// The first non-empty line of a program's standard error, for messages in words.
    static QString firstLine(const QString& text);
    /// The line of a program's standard error that says what went wrong: the first one, or the last of a
    /// Python traceback (docker-compose v1) without the exception's class name.
    static QString errorLine(const QString& text);

Q_SIGNALS:
    /// One line of standard output, without its line break, as soon as it is complete.
    void outputLine(const QByteArray& line);
    /// Bytes of the standard-input file written to the program so far, of `total`.
    void inputProgress(qint64 written, qint64 total);
    /// With an output device: bytes written to it so far.
    void outputWritten(qint64 total);
    /// The program could not be started at all (missing, not executable); reason is translated.
    void startFailed(const QString& reason);
    /// The program ended: normally, killed by the deadline (timedOut), or by cancel().
    /// stderrText is capped at 64 KiB.
    void finished(int exitCode, QProcess::ExitStatus exitStatus, const QString& stderrText, bool timedOut);

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onDeadline();
    void takeLines(QByteArrayView chunk);
    void appendToLine(QByteArrayView part);
    void emitPendingLine();
    void feedInput();
    void failInput(const QByteArray& abortSequence);
    void killGroup();

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    QString m_inputPath;
    QFile* m_input = nullptr;
    bool m_inputIsBackup = false;
    std::unique_ptr<PsqlScriptGuard> m_inputGuard;
    QByteArray m_heldBack; ///< input the guard holds back until it has seen more
    QString m_inputError;
    qint64 m_inputWritten = 0;
    qint64 m_inputTotal = 0;
    int m_timeoutMs = 30000;
    qint64 m_outputCap = 8 * 1024 * 1024;
    qint64 m_maxLineBytes = kDefaultMaxLineBytes;

    QIODevice* m_sink = nullptr;
    qint64 m_sinkWritten = 0;
    QString m_sinkError;
    QProcess* m_process = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_lineBuffer; ///< the line being received, at most m_maxLineBytes
    bool m_lineCut = false;  ///< the line being received went over the cap: the rest is dropped
    qint64 m_truncatedLines = 0;
    qint64 m_droppedLineBytes = 0;
    QByteArray m_output;
    QByteArray m_stderr;
    bool m_outputTruncated = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_ended = false;
    bool m_refusedUnapproved = false;
};

} // namespace Ops
