#include "models/stack/processrunner.h"

#include <QRegularExpression>

#include "models/core/logging.h"
#include "models/profiles/programapprovals.h"
#include "models/stack/backupfile.h"
#include "models/stack/psqlscriptguard.h"

#include <QFileInfo>
#include <QIODevice>
#include <QThread>

#include <csignal>
#include <utility>
#include <sys/prctl.h>
#include <unistd.h>

namespace Ops {

namespace {
constexpr qsizetype kStderrCap = 64 * 1024;

/// Runs in the child between fork and exec (async-signal-safe calls only). Its own process group, so
/// that cancel and the deadline end everything it started; and SIGTERM when the console dies, so that a
/// killed console never leaves `docker compose` changing the stack after its lock and records are gone.
void detachAndTieToParent(pid_t parent)
{
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The console may have died between fork() and prctl(): the signal would then never come.
    if (::getppid() != parent)
        ::_exit(127);
}
} // namespace

ProcessRunner::ProcessRunner(QObject* parent)
    : QObject(parent)
    , m_environment(minimalEnvironment())
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProcessRunner::onDeadline);
}

ProcessRunner::~ProcessRunner()
{
    if (!m_process)
        return;
    m_process->disconnect(this); // nobody listens any more
    if (m_process->state() == QProcess::NotRunning)
        return;
    killGroup();
    // QProcess must live until it has reaped the killed child: destroyed earlier, it warns "Destroyed
    // while process is still running" and waits for the child itself, up to 30 s (it did for every
    // `logs -f` stream at exit). While an event loop runs (a profile switch, a page closed), the QProcess
    // outlives the runner and deletes itself once the child has ended: nothing waits on this thread.
    if (QThread::currentThread()->loopLevel() > 0) {
        QProcess* process = std::exchange(m_process, nullptr);
        process->setParent(nullptr);
        connect(process, &QProcess::stateChanged, process, [process](QProcess::ProcessState state) {
            if (state == QProcess::NotRunning)
                process->deleteLater();
        });
        return;
    }
    // No event loop will run again (the console is quitting, past exec()): the kernel reaps a child
    // that got SIGKILL in milliseconds; wait for that here, at most 1 s.
    m_process->waitForFinished(1000);
}

void ProcessRunner::killGroup()
{
    // The child leads its own group (setpgid in the child): whatever it started goes with it.
    const qint64 pid = m_process ? m_process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    if (m_process)
        m_process->kill();
}

QProcessEnvironment ProcessRunner::minimalEnvironment(const QStringList& alsoKeep)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), system.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")));
    // SETUPTOOLS_USE_DISTUTILS=stdlib, when the operator sets it, spares Compose v1 (Python) loading
    // setuptools' distutils shim: 0.3 instead of 0.5 s of CPU per call. It only chooses where Python
    // finds distutils; the console never sets it itself (without a standard library distutils, as
    // from Python 3.12, it would break the program).
    QStringList names = {QStringLiteral("HOME"), QStringLiteral("LANG"), QStringLiteral("SETUPTOOLS_USE_DISTUTILS")};
    names += alsoKeep;
    for (const QString& name : std::as_const(names)) {
        if (system.contains(name))
            environment.insert(name, system.value(name));
    }
    return environment;
}

QString ProcessRunner::errorLine(const QString& text)
{
    // docker-compose v1 (Python) ends in a traceback: its last line is the one that says what failed.
    if (text.contains(QLatin1String("Traceback (most recent call last):"))) {
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            QString line = it->trimmed();
            if (line.isEmpty())
                continue;
            // "docker.errors.DockerException: Error while fetching …": the exception's words only.
            static const QRegularExpression exception(QStringLiteral("^[A-Za-z_][\\w.]*(Error|Exception): "));
            line.remove(exception);
            return line;
        }
    }
    return firstLine(text);
}

QString ProcessRunner::firstLine(const QString& text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return QString();
}

bool ProcessRunner::isRunning() const
{
    return m_process && !m_ended;
}

bool ProcessRunner::start()
{
    if (isRunning())
        return false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr; // a refused start below leaves none
    }
    m_output.clear();
    m_stderr.clear();
    m_lineBuffer.clear();
    m_lineCut = false;
    m_truncatedLines = 0;
    m_droppedLineBytes = 0;
    m_outputTruncated = false;
    m_sinkWritten = 0;
    m_sinkError.clear();
    m_timedOut = false;
    m_cancelled = false;
    m_ended = false;

    // Every program the console starts is named by a profile, and profiles are untrusted: only a program
    // the operator approved on this workstation, unchanged since, for the Docker Engine it is given, runs.
    const QString unapproved =
        ProgramApprovals::startProblem(m_program, m_environment.value(QStringLiteral("DOCKER_HOST")));
    if (!unapproved.isEmpty()) {
        qCWarning(lcOrchestrator) << "not started:" << unapproved;
        m_ended = true;
        m_refusedUnapproved = true;
        QMetaObject::invokeMethod(this, [this, unapproved] { Q_EMIT startFailed(unapproved); }, Qt::QueuedConnection);
        return true;
    }
    m_refusedUnapproved = false;

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] { detachAndTieToParent(parent); });
    delete m_input;
    m_input = nullptr;
    m_inputWritten = 0;
    m_inputTotal = 0;
    m_inputGuard.reset();
    m_heldBack.clear();
    m_inputError.clear();
    if (!m_inputPath.isEmpty()) {
        m_input = new QFile(this);
        QString reason;
        if (m_inputIsBackup) {
            // Opened once, checked on the descriptor, and that descriptor is what the program is fed.
            BackupFile backup = BackupFile::open(QFileInfo(m_inputPath).absolutePath(), m_inputPath);
            if (!backup.isOpen())
                reason = backup.error();
            else if (!m_input->open(backup.descriptor(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
                reason = tr("cannot read %1: %2", "stack: processrunner: error or status fragment, shown after “…: ” in a longer message").arg(m_inputPath, m_input->errorString());
            else
                backup.release(); // the QFile closes it now
            m_inputGuard = std::make_unique<PsqlScriptGuard>();
        } else {
            m_input->setFileName(m_inputPath);
            if (!m_input->open(QIODevice::ReadOnly))
                reason = tr("cannot read %1: %2", "stack: processrunner: error or status fragment, shown after “…: ” in a longer message").arg(m_inputPath, m_input->errorString());
        }
        if (!reason.isEmpty()) {
            delete m_input;
            m_input = nullptr;
            m_ended = true;
            // Asynchronous like every other ending, so callers connect after start().
            QMetaObject::invokeMethod(this, [this, reason] { Q_EMIT startFailed(reason); }, Qt::QueuedConnection);
            return true;
        }
        m_inputTotal = m_input->size();
        connect(m_process, &QProcess::started, this, &ProcessRunner::feedInput);
        connect(m_process, &QProcess::bytesWritten, this, &ProcessRunner::feedInput);
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &ProcessRunner::onStderr);
    connect(m_process, &QProcess::finished, this, &ProcessRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessRunner::onError);

    qCDebug(lcOrchestrator) << "running" << m_program << m_arguments;
    m_elapsed.start();
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
    // Without an input file, no stdin: a program asking for input gets EOF, not a hang.
    m_process->start(m_input ? QIODevice::ReadWrite : QIODevice::ReadOnly);
    return true;
}

void ProcessRunner::feedInput()
{
    // One chunk at a time, the next once QProcess has handed the last one to the pipe: a large backup is
    // never held in memory, and the progress is what the program has actually been given.
    constexpr qint64 kChunk = 256 * 1024;
    if (!m_input || !m_process || m_ended || !m_input->isOpen())
        return;
    if (m_process->bytesToWrite() > 0)
        return;
    m_inputWritten = m_input->pos() - m_heldBack.size();
    Q_EMIT inputProgress(m_inputWritten, m_inputTotal);
    QByteArray chunk;
    for (;;) {
        if (m_input->atEnd() && m_heldBack.isEmpty()) {
            m_process->closeWriteChannel();
            m_input->close();
            return;
        }
        const QByteArray read = m_input->atEnd() ? QByteArray() : m_input->read(kChunk);
        if (read.isEmpty() && !m_input->atEnd()) {
            m_inputError = tr("cannot read %1: %2", "stack: processrunner: error or status fragment, shown after “…: ” in a longer message")
                               .arg(m_inputPath, m_input->errorString());
            failInput(m_inputGuard ? m_inputGuard->abortSequence() : QByteArray());
            return;
        }
        chunk = m_heldBack + read;
        m_heldBack.clear();
        if (!m_inputGuard)
            break;
        // Only what the guard has read as pg_dump's own goes to psql; a line it cannot judge yet waits.
        const qsizetype accepted = m_inputGuard->feed(chunk, m_input->atEnd());
        if (accepted < 0) {
            m_inputError = m_inputGuard->error();
            failInput(m_inputGuard->abortSequence());
            return;
        }
        m_heldBack = chunk.mid(accepted);
        chunk.truncate(accepted);
        if (!chunk.isEmpty())
            break;
    }
    m_process->write(chunk);
}

void ProcessRunner::failInput(const QByteArray& abortSequence)
{
    // The program is not killed: a killed `docker compose exec` closes psql's input, and psql commits
    // what it has at the end of its input. It is given what makes it fail and stop instead.
    qCWarning(lcOrchestrator) << m_program << "input refused:" << m_inputError;
    if (!abortSequence.isEmpty())
        m_process->write(abortSequence);
    m_process->closeWriteChannel();
    m_input->close();
}

void ProcessRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    killGroup();
}

void ProcessRunner::onDeadline()
{
    if (!isRunning())
        return;
    qCWarning(lcOrchestrator) << m_program << "did not finish within" << m_timeoutMs << "ms: killing it";
    m_timedOut = true;
    killGroup();
}

void ProcessRunner::onStdout()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_sink) {
        if (chunk.isEmpty() || !m_sinkError.isEmpty())
            return;
        if (m_sink->write(chunk) != chunk.size()) {
            m_sinkError = m_sink->errorString();
            if (!m_ended)
                killGroup();
            return;
        }
        m_sinkWritten += chunk.size();
        Q_EMIT outputWritten(m_sinkWritten);
        return;
    }
    if (!m_outputTruncated) {
        const qint64 room = m_outputCap - m_output.size();
        if (chunk.size() > room) {
            m_output.append(chunk.left(qsizetype(std::max<qint64>(0, room))));
            m_outputTruncated = true;
        } else {
            m_output.append(chunk);
        }
    }
    takeLines(chunk);
}

void ProcessRunner::takeLines(QByteArrayView chunk)
{
    // Only the new bytes are searched for line breaks (never the pending line again), and the pending
    // line never grows past the cap: linear time and bounded memory for any output.
    qsizetype from = 0;
    while (from < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', from);
        const qsizetype end = newline < 0 ? chunk.size() : newline;
        appendToLine(chunk.sliced(from, end - from));
        if (newline < 0)
            break;
        emitPendingLine();
        from = newline + 1;
    }
}

void ProcessRunner::appendToLine(QByteArrayView part)
{
    const qint64 room = m_maxLineBytes - m_lineBuffer.size();
    if (part.size() <= room) {
        m_lineBuffer.append(part);
        return;
    }
    m_lineBuffer.append(part.first(qsizetype(std::max<qint64>(0, room))));
    m_droppedLineBytes += part.size() - std::max<qint64>(0, room);
    if (!m_lineCut) {
        m_lineCut = true;
        ++m_truncatedLines;
        qCWarning(lcOrchestrator) << m_program << "wrote a line longer than" << m_maxLineBytes
                                  << "bytes: the rest of it is dropped";
    }
}

void ProcessRunner::emitPendingLine()
{
    QByteArray line = std::exchange(m_lineBuffer, QByteArray());
    if (!m_lineCut && line.endsWith('\r'))
        line.chop(1);
    m_lineCut = false;
    Q_EMIT outputLine(line);
}

void ProcessRunner::onStderr()
{
    const QByteArray chunk = m_process->readAllStandardError();
    if (m_stderr.size() < kStderrCap)
        m_stderr.append(chunk.left(kStderrCap - m_stderr.size()));
}

void ProcessRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_ended)
        return;
    m_ended = true;
    m_deadline.stop();
    onStdout();
    onStderr();
    if (!m_lineBuffer.isEmpty() || m_lineCut)
        emitPendingLine(); // the last line, without a line break of its own
    Q_EMIT finished(exitCode, status, QString::fromUtf8(m_stderr), m_timedOut);
}

void ProcessRunner::onError(QProcess::ProcessError error)
{
    // Crashes and kills also end in finished(); only a failed start never does.
    if (error != QProcess::FailedToStart || m_ended)
        return;
    m_ended = true;
    m_deadline.stop();
    Q_EMIT startFailed(tr("cannot run %1: %2", "stack: processrunner: error or status fragment, shown after “…: ” in a longer message").arg(m_program, m_process->errorString()));
}

} // namespace Ops
