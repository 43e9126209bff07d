// Every speed figure of issue 16 (items 2, 3, 4, 6, 7 and the parse throughput), printed beside its
// budget and the machine's load average, never asserted: a benchmark program, not a ctest test.
//
//   startup   the console binary launched --runs times (after one warm-up run) on the local stack, in a
//             real window (xcb): exec → first painted frame, exec → Charts page painted with live data;
//             min / median / max (the console's OPSCONSOLE_STARTUP_MARKS, see app/startupmarks.h)
//   startup-standin  the same with a stand-in Prometheus in this process answering at once: the
//             console's own start, without the stack's Prometheus computing on the same cores
//   dashboard the console on the dashboard, --stall-log: a warm-up minute, then a minute each of normal
//             polling, `stack.sh scenario api-hang` and `db-hang`: CPU of the whole process (all
//             threads) over the normal minute, event-loop lateness (p50 / p99 / max) of every minute;
//             then a normal minute without the probe (what the probe itself costs)
//   charts    the same with the Charts page shown (auto-refresh 30 s)
//   logs      the Logs page in a real window, following a `logs -f` that writes --log-rate lines/s
//             (this program, run as the compose program) for 10 s, level filter and search active:
//             lines/s taken in, lateness, lines kept against the retention, heap in use
//   charts-memory  8 panels × 12 series × 24 h at 15 s: heap they hold against the raw points;
//             new data + render of one 12 × 5,760 panel (median of 60 rounds)
//   pss       the console (real window) with 8 panels × 12 series × 24 h at 15 s from a stand-in
//             Prometheus in this process, after showing every page: PSS of the whole process
//   parse     a 10 MiB /metrics body through PrometheusTextParser
//
// Run (release build, the local stack started, Xvfb installed; DISPLAY unset: an Xvfb of its own):
//   cmake --preset release && cmake --build --preset release --target bench_console opsconsole
//   build/release/tests/bench_console [--runs 10] [--only
//   startup,startup-standin,dashboard,charts,logs,charts-memory,pss,parse]
//                                     [--console PATH] [--log-rate 60000]
#include "models/core/appsettings.h"
#include "models/core/stallprobe.h"
#include "models/logs/logbuffer.h"
#include "models/metrics/chartsettings.h"
#include "models/metrics/decimation.h"
#include "models/metrics/paneldefinition.h"
#include "models/net/prometheustextparser.h"
#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/programapprovals.h"
#include "models/session/consolecontext.h"
#include "tests/bench/chartdata.h"
#include "tests/common/fakehttpserver.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/panelchartview.h"
#include "widgets/logs/logspage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace Ops;
using namespace Ops::Metrics;
using Ops::Metrics::Bench::dayOfData;
using Ops::Metrics::Bench::scaledValues;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("load ?");
    const QList<QByteArray> parts = file.readAll().split(' ');
    return QStringLiteral("load %1 %2 %3")
        .arg(QString::fromLatin1(parts.value(0)), QString::fromLatin1(parts.value(1)), QString::fromLatin1(parts.value(2)));
}

/// One figure: what, value, budget, verdict and the load average now.
void figure(const QString& what, const QString& value, const QString& budget, bool met)
{
    out() << what << ": " << value;
    if (!budget.isEmpty())
        out() << " (budget " << budget << (met ? ", met" : ", MISSED") << ")";
    out() << " · " << loadAverage() << Qt::endl;
}

void note(const QString& text)
{
    out() << "  " << text << Qt::endl;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString ms(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals) + QStringLiteral(" ms");
}

QString minMedMax(const QVector<double>& v)
{
    if (v.isEmpty())
        return QStringLiteral("no runs");
    return QStringLiteral("min %1, median %2, max %3 (%4 runs)")
        .arg(ms(*std::min_element(v.cbegin(), v.cend())), ms(median(v)), ms(*std::max_element(v.cbegin(), v.cend())))
        .arg(v.size());
}

/// Waits in the event loop (other work of this process goes on) until `done` or `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

double heapInUseMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

long statusKiB(qint64 pid, const char* field)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

/// The largest parts of a process's PSS, by mapping name ([heap], [anon], a library, a font), in KiB.
QList<QPair<QString, long>> pssByMapping(qint64 pid, int top)
{
    QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
    QHash<QString, long> sizes;
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    QString current;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && parts[0].size() > 20)
            current = parts.size() > 5 ? QString::fromUtf8(parts[5]).section(QLatin1Char('/'), -1) : QStringLiteral("[anon]");
        else if (parts.size() >= 2 && parts[0] == "Pss:")
            sizes[current] += parts[1].toLong();
    }
    QList<QPair<QString, long>> sorted;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return sorted.mid(0, top);
}

/// A field of /proc/PID/smaps_rollup in KiB ("Pss:", "Private_Dirty:", …).
long rollupKiB(qint64 pid, const char* field)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : rollup.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

long pssKiB(qint64 pid)
{
    return rollupKiB(pid, "Pss:");
}

/// CPU time of a process, all its threads, in seconds (utime + stime of /proc/PID/stat); with `children`,
/// that of its children it has waited for instead (cutime + cstime: the `compose ps` of the checks).
double cpuSeconds(qint64 pid, bool children = false)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3; utime and stime are fields 14 and 15.
    const int first = children ? 13 : 11;
    const double ticks = double(fields.value(first).toLongLong() + fields.value(first + 1).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// ------------------------------------------------------------------------------------------------
// The environment: the local stack, an X server, the console binary.

struct Environment
{
    QString console;
    QString sourceDir;
    QString stateDir;
    QString profileFile;
    ConnectionProfile profile;
    QProcessEnvironment childEnv;
    pid_t xvfb = -1;
};

Environment g_env;

bool readStack()
{
    const QString envFile = qEnvironmentVariable(
        "OPSCONSOLE_STACK_ENV",
        qEnvironmentVariable("OPSCONSOLE_STATE_DIR", QStringLiteral("/tmp/opsconsole-stack")) + QStringLiteral("/stack.env"));
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "no local stack: " << envFile << " is missing (scripts/stack.sh start)" << Qt::endl;
        return false;
    }
    g_env.childEnv = QProcessEnvironment::systemEnvironment();
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.startsWith("export "))
            continue;
        const qsizetype eq = line.indexOf('=');
        const QString key = QString::fromUtf8(line.mid(7, eq - 7));
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        g_env.childEnv.insert(key, value);
        qputenv(key.toUtf8().constData(), value.toUtf8());
    }
    g_env.stateDir = g_env.childEnv.value(QStringLiteral("OPSCONSOLE_STATE_DIR"));
    g_env.profileFile = g_env.stateDir + QStringLiteral("/demo-profile.json");
    const ProfileFile::ReadResult read = ProfileFile::read(g_env.profileFile);
    if (!read.ok() || read.profiles.isEmpty()) {
        out() << "cannot read the demo profile " << g_env.profileFile << ": " << read.error << Qt::endl;
        return false;
    }
    g_env.profile = read.profiles.first();
    return true;
}

/// An Xvfb of our own unless DISPLAY is set; before QApplication, so this process uses it too.
void ensureDisplay()
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return;
    for (int n = 90; n < 140; ++n) {
        if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        const QByteArray display = ':' + QByteArray::number(n);
        const char* argv[] = {"Xvfb", display.constData(), "-screen", "0", "1440x900x24", "-nolisten", "tcp", nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        pid_t pid = -1;
        if (posix_spawnp(&pid, "Xvfb", &actions, nullptr, const_cast<char**>(argv), environ) != 0)
            break;
        posix_spawn_file_actions_destroy(&actions);
        for (int i = 0; i < 100 && !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)); ++i)
            usleep(20000);
        g_env.xvfb = pid;
        qputenv("DISPLAY", display);
        return;
    }
}

void stopDisplay()
{
    if (g_env.xvfb > 0) {
        kill(g_env.xvfb, SIGTERM);
        waitpid(g_env.xvfb, nullptr, 0);
    }
}

bool stackScenario(const QString& name)
{
    QProcess p;
    p.setProcessEnvironment(g_env.childEnv);
    p.start(g_env.sourceDir + QStringLiteral("/scripts/stack.sh"), {QStringLiteral("scenario"), name});
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

/// A settings folder with the demo profile saved (and whatever `prepare` adds).
QString prepareConfig(QTemporaryDir& dir, const ConnectionProfile& profile,
                      const std::function<void()>& prepare = {})
{
    AppSettings::initialize(dir.path());
    {
        ProfileStore store;
        store.save(profile);
    }
    AppSettings::activeProfile().set(profile.name);
    if (prepare)
        prepare();
    QSettings().sync();
    return dir.path();
}

/// The console as a child: real window, the stack's environment.
struct Console
{
    QProcess process;
    qint64 launchedNs = 0;

    bool start(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {},
               const QString& program = g_env.console)
    {
        QProcessEnvironment env = g_env.childEnv;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), qEnvironmentVariable("DISPLAY"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        launchedNs = monotonicNs();
        const QString wrap = qEnvironmentVariable("OPSCONSOLE_BENCH_WRAP"); // e.g. "heaptrack -o FILE"
        if (!wrap.isEmpty()) {
            QStringList argv = wrap.split(QLatin1Char(' '));
            const QString wrapper = argv.takeFirst();
            process.start(wrapper, argv + QStringList{program} + arguments);
        } else {
            process.start(program, arguments);
        }
        return process.waitForStarted(10000);
    }
    qint64 pid() const { return process.processId(); }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate(); // SIGTERM: the console quits as if its window was closed
        if (!waitFor([this] { return process.state() == QProcess::NotRunning; }, 15000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    ~Console() { stop(); }
};

/// The console's start-up marks (app/startupmarks.h): ms since `launchedNs`, and the GUI thread's CPU ms.
struct Mark
{
    double ms = 0;
    double guiCpuMs = 0;
};

QMap<QString, Mark> readMarks(const QString& path, qint64 launchedNs)
{
    QMap<QString, Mark> marks;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return marks;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() >= 3)
            marks.insert(QString::fromLatin1(parts[0]),
                         {double(parts[1].toLongLong() - launchedNs) / 1e6, double(parts[2].toLongLong()) / 1e6});
    }
    return marks;
}

// ------------------------------------------------------------------------------------------------

/// The same harness on the smallest Qt Widgets window (tests/bench/minimalwindow.cpp), alone and linked
/// to the console's libraries: what start-up costs before any of the console's own code runs.
void startupBaseline(int runs, const QString& marksPath)
{
    const auto measure = [runs, &marksPath](const QString& program) {
        QMap<QString, QVector<double>> all;
        for (int run = -1; run < runs; ++run) {
            QFile::remove(marksPath);
            Console minimal;
            if (!minimal.start({}, {{QStringLiteral("OPSCONSOLE_STARTUP_MARKS"), marksPath}}, program) ||
                !minimal.process.waitForFinished(30000))
                return QStringLiteral("cannot run %1").arg(program);
            const QMap<QString, Mark> marks = readMarks(marksPath, minimal.launchedNs);
            if (run < 0)
                continue; // warm-up
            for (auto it = marks.cbegin(); it != marks.cend(); ++it)
                all[it.key()].append(it.value().ms);
        }
        return QStringLiteral("main %1, QApplication %2, first paint %3")
            .arg(minMedMax(all.value(QStringLiteral("main"))), minMedMax(all.value(QStringLiteral("application"))),
                 minMedMax(all.value(QStringLiteral("first-paint"))));
    };
    note(QStringLiteral("baseline, same harness — the smallest Qt Widgets window (a QMainWindow with a label): ") +
         measure(QStringLiteral(OPSCONSOLE_BENCH_MINIMAL)));
    note(QStringLiteral(
             "baseline — the same window linked to every library the console loads before main() "
             "(Qt Charts, Network, Concurrent and D-Bus, QtKeychain, hiredis; Debian builds them with "
             "BIND_NOW, "
             "so each symbol is resolved at load; libpq comes later, with the PostgreSQL driver): ") +
         measure(QStringLiteral(OPSCONSOLE_BENCH_MINIMAL_LINKED)));
}

/// Marks of `runs` start-ups of the console on the Charts page (after one warm-up run): ms after exec
/// and the GUI thread's CPU ms, per mark. Waits in this thread's event loop (a stand-in server may answer
/// from it). False when the console cannot be started.
struct StartupRuns
{
    QMap<QString, QVector<double>> ms;
    QMap<QString, QVector<double>> guiCpuMs;
};
bool runStartups(const QString& configDir, const QString& profileName, int runs, StartupRuns* out_)
{
    const QString marksPath = QDir(configDir).filePath(QStringLiteral("marks"));
    for (int run = -1; run < runs; ++run) {
        QFile::remove(marksPath);
        Console console;
        if (!console.start({QStringLiteral("--config-dir"), configDir, QStringLiteral("--profile"),
                            profileName, QStringLiteral("--page"), QStringLiteral("charts")},
                           {{QStringLiteral("OPSCONSOLE_STARTUP_MARKS"), marksPath},
                            {QStringLiteral("OPSCONSOLE_STARTUP_EXIT"), QStringLiteral("1")}})) {
            out() << "cannot start " << g_env.console << Qt::endl;
            return false;
        }
        if (!waitFor([&] { return console.process.state() == QProcess::NotRunning; }, 30000))
            out() << "  run " << run << ": the Charts page did not settle within 30 s" << Qt::endl;
        if (run < 0)
            continue; // warm-up
        const QMap<QString, Mark> marks = readMarks(marksPath, console.launchedNs);
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            out_->ms[it.key()].append(it.value().ms);
            out_->guiCpuMs[it.key()].append(it.value().guiCpuMs);
        }
    }
    return true;
}

FakeHttpServer::Response standInPrometheus(const QString& target);

/// `server` listening as the stand-in Prometheus, and `profile` pointed at it; says so when it cannot.
bool listenAsStandIn(FakeHttpServer& server, ConnectionProfile* profile)
{
    if (!server.listenLocal()) {
        out() << "cannot listen" << Qt::endl;
        return false;
    }
    server.setHandler(standInPrometheus);
    profile->prometheusUrl = server.url().toString();
    return true;
}

/// The start-up again with the profile's Prometheus a stand-in in this process, answering every query
/// from memory at once: what the console's own start costs, without the stack's Prometheus computing
/// the hour of data on the same two cores (on an operator's workstation it runs elsewhere).
void benchStartupStandIn(int runs)
{
    out() << "\n## Start-up, Prometheus a stand-in answering at once (" << g_env.console << ", real window)"
          << Qt::endl;
    FakeHttpServer prometheus;
    ConnectionProfile profile = g_env.profile;
    if (!listenAsStandIn(prometheus, &profile))
        return;
    QTemporaryDir config;
    prepareConfig(config, profile);
    StartupRuns startups;
    if (!runStartups(config.path(), profile.name, runs, &startups))
        return;
    const QMap<QString, QVector<double>>& all = startups.ms;
    const QVector<double> firstPaint = all.value(QStringLiteral("first-paint"));
    const QVector<double> charts = all.value(QStringLiteral("page-painted"));
    figure(QStringLiteral("start-up, stand-in Prometheus: exec → first painted window"),
           minMedMax(firstPaint), QStringLiteral("60 ms"), !firstPaint.isEmpty() && median(firstPaint) <= 60);
    figure(QStringLiteral("start-up, stand-in Prometheus: exec → Charts page painted with data"),
           minMedMax(charts), QStringLiteral("100 ms"), !charts.isEmpty() && median(charts) <= 100);
}

/// How much history the stack's Prometheus holds: the Charts page's hour of data costs it more
/// as that grows (a stack started minutes ago answers from a few minutes of samples).
QString prometheusHistory()
{
    QNetworkAccessManager manager;
    const QUrl url(g_env.childEnv.value(QStringLiteral("OPSCONSOLE_PROMETHEUS_URL")) +
                   QStringLiteral("/api/v1/status/tsdb"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject head =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject().value(
            QStringLiteral("headStats")).toObject();
    const double minTime = head.value(QStringLiteral("minTime")).toDouble();
    const double maxTime = head.value(QStringLiteral("maxTime")).toDouble();
    if (!(maxTime > minTime))
        return QStringLiteral("unknown (%1)").arg(url.toString());
    return QStringLiteral("%1 min of samples, %2 series")
        .arg(qRound((maxTime - minTime) / 60000.0))
        .arg(head.value(QStringLiteral("numSeries")).toInteger());
}

void benchStartup(int runs)
{
    out() << "\n## Start-up (" << g_env.console << ", real window on " << qEnvironmentVariable("DISPLAY")
          << ", warm file cache: one run before the measured ones; the stack's Prometheus holds "
          << prometheusHistory() << ")" << Qt::endl;
    QTemporaryDir config;
    prepareConfig(config, g_env.profile);
    StartupRuns startups;
    if (!runStartups(config.path(), g_env.profile.name, runs, &startups))
        return;
    const QMap<QString, QVector<double>>& all = startups.ms;
    const QMap<QString, QVector<double>>& cpu = startups.guiCpuMs;
    const QString marksPath =
        config.filePath(QStringLiteral("marks")); // the baselines' harness writes there too
    const QVector<double> firstPaint = all.value(QStringLiteral("first-paint"));
    const QVector<double> charts = all.value(QStringLiteral("page-painted"));
    figure(QStringLiteral("start-up: exec → first painted window"), minMedMax(firstPaint), QStringLiteral("60 ms"),
           !firstPaint.isEmpty() && median(firstPaint) <= 60);
    figure(QStringLiteral("start-up: exec → Charts page painted with live data"), minMedMax(charts),
           QStringLiteral("100 ms"), !charts.isEmpty() && median(charts) <= 100);
    QStringList steps;
    for (const char* step : {"main", "application", "context", "session-started", "window-built", "window-shown",
                             "first-paint", "page-data", "page-painted"})
        if (all.contains(QLatin1String(step)))
            steps << QStringLiteral("%1 %2 (GUI thread CPU %3)")
                         .arg(QLatin1String(step), ms(median(all.value(QLatin1String(step)))),
                              ms(median(cpu.value(QLatin1String(step)))));
    note(QStringLiteral("medians from exec: ") + steps.join(QStringLiteral(", ")));
    startupBaseline(runs, marksPath);
    note(QStringLiteral("GUI thread CPU from exec to the Charts page painted with data: %1; the rest of the wall time "
                        "is waiting for Prometheus and for a core on this shared machine")
             .arg(minMedMax(cpu.value(QStringLiteral("page-painted")))));
}

// ------------------------------------------------------------------------------------------------

struct ProbeLine
{
    double p50 = 0, p99 = 0, max = 0;
    qint64 samples = 0;
};

ProbeLine parseProbeLine(const QByteArray& line)
{
    ProbeLine p;
    for (const QByteArray& part : line.split(' ')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "p50_ms")
            p.p50 = value.toDouble();
        else if (key == "p99_ms")
            p.p99 = value.toDouble();
        else if (key == "max_ms")
            p.max = value.toDouble();
        else if (key == "samples")
            p.samples = value.toLongLong();
    }
    return p;
}

QList<QByteArray> probeLines(const QString& path, const QByteArray& kind)
{
    QFile f(path);
    QList<QByteArray> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.contains(QByteArray(' ' + kind + ' ')))
            lines << line;
    return lines;
}

QString probeText(const ProbeLine& p)
{
    return QStringLiteral("p50 %1, p99 %2, max %3 (%4 slots of 10 ms)")
        .arg(ms(p.p50, 2), ms(p.p99, 2), ms(p.max, 1))
        .arg(p.samples);
}

void benchPage(const QString& page, double cpuBudgetPct)
{
    const QString title = page == QLatin1String("charts") ? QStringLiteral("Charts page (auto-refresh 30 s)")
                                                           : QStringLiteral("dashboard");
    out() << "\n## " << title << ": idle CPU and event-loop lateness, real window, the runbook's polling schedule"
          << Qt::endl;
    QTemporaryDir config;
    prepareConfig(config, g_env.profile, [] {
        ChartSettings::refreshSeconds(g_env.profile.name).set(30);
    });
    const QString log = config.filePath(QStringLiteral("stall.log"));
    Console console;
    if (!console.start({QStringLiteral("--config-dir"), config.path(), QStringLiteral("--profile"), g_env.profile.name,
                        QStringLiteral("--page"), page, QStringLiteral("--stall-log"), log})) {
        out() << "cannot start the console" << Qt::endl;
        return;
    }
    const auto minuteLines = [&] { return probeLines(log, "minute"); };
    const auto waitLines = [&](int n) { return waitFor([&] { return minuteLines().size() >= n; }, 150000); };
    // Minute 1: start-up and warm-up.
    if (!waitLines(1)) {
        out() << "no stall log from the console" << Qt::endl;
        return;
    }
    const double cpu0 = cpuSeconds(console.pid());
    const double children0 = cpuSeconds(console.pid(), true);
    QElapsedTimer wall;
    wall.start();
    // Minute 2: normal polling.
    waitLines(2);
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double cpuPct = 100.0 * (cpuSeconds(console.pid()) - cpu0) / seconds;
    const double childrenPct = 100.0 * (cpuSeconds(console.pid(), true) - children0) / seconds;
    const ProbeLine normal = parseProbeLine(minuteLines().value(1));
    figure(QStringLiteral("idle CPU, %1, normal polling (whole process, a minute)").arg(title),
           QStringLiteral("%1 % of one core").arg(cpuPct, 0, 'f', 2),
           QStringLiteral("%1 %").arg(cpuBudgetPct, 0, 'f', 1), cpuPct <= cpuBudgetPct);
    note(QStringLiteral("the programs the checks run (docker-compose ps, a Python program, every 30 s): %1 % of one core")
             .arg(childrenPct, 0, 'f', 2));
    const auto lateness = [&](const QString& when, const ProbeLine& p) {
        figure(QStringLiteral("event loop, %1, %2").arg(title, when), probeText(p), QStringLiteral("max 16 ms, p99 2 ms"),
               p.max <= 16 && p.p99 <= 2);
    };
    lateness(QStringLiteral("normal polling"), normal);
    // Minutes 3 and 4: each server hung.
    int n = 2;
    for (const QString& scenario : {QStringLiteral("api-hang"), QStringLiteral("db-hang")}) {
        if (!stackScenario(scenario))
            note(QStringLiteral("scenario %1 could not be switched on").arg(scenario));
        waitLines(++n);
        lateness(QStringLiteral("while %1 (a minute)").arg(scenario), parseProbeLine(minuteLines().value(n - 1)));
    }
    stackScenario(QStringLiteral("normal"));
    console.stop();
    const QList<QByteArray> run = probeLines(log, "run");
    if (!run.isEmpty())
        note(QStringLiteral("whole run including start-up: ") + probeText(parseProbeLine(run.first())));

    // The same page once more without the probe: what the probe itself costs.
    if (page == QLatin1String("dashboard")) {
        Console bare;
        bare.start({QStringLiteral("--config-dir"), config.path(), QStringLiteral("--profile"), g_env.profile.name,
                    QStringLiteral("--page"), page});
        QTest::qWait(30000); // start-up and the first checks
        const double c0 = cpuSeconds(bare.pid());
        QElapsedTimer t;
        t.start();
        QTest::qWait(60000);
        const double pct = 100.0 * (cpuSeconds(bare.pid()) - c0) / (double(t.elapsed()) / 1000.0);
        figure(QStringLiteral("idle CPU, %1, normal polling, without the stall probe").arg(title),
               QStringLiteral("%1 % of one core").arg(pct, 0, 'f', 2), QStringLiteral("%1 %").arg(cpuBudgetPct, 0, 'f', 1),
               pct <= cpuBudgetPct);
    }
}

// ------------------------------------------------------------------------------------------------
// `logs -f` stand-in: this program, run by the Logs page as its compose program.

int emitLogs(int rate)
{
    signal(SIGPIPE, SIG_DFL);
    static const char* services[] = {"app_1", "app_2", "worker-llm_1", "worker-llm_2", "worker-rl_1", "nginx_1"};
    static const char* levels[] = {"INFO", "INFO", "INFO", "INFO", "INFO", "INFO", "DEBUG", "WARNING", "INFO", "ERROR"};
    const qint64 start = monotonicNs();
    qint64 written = 0;
    char line[256];
    for (;;) {
        const qint64 due = (monotonicNs() - start) * rate / 1000000000;
        while (written < due) {
            const char* level = levels[written % 10];
            const int n = snprintf(line, sizeof line,
                                   "%-14s| 2025-10-14T12:%02lld:%02lld.%06lldZ %s request id=%lld path=/api/v1/generate "
                                   "status=%d latency_ms=%lld%s\n",
                                   services[written % 6], (written / 60000) % 60, (written / 1000) % 60,
                                   written % 1000000, level, written, written % 50 == 0 ? 503 : 200,
                                   written % 997, written % 10 == 9 ? " error: upstream timeout" : "");
            if (fwrite(line, 1, size_t(n), stdout) != size_t(n))
                return 0;
            ++written;
        }
        fflush(stdout);
        usleep(1000);
    }
}

void benchLogs(int rate)
{
    out() << "\n## Logs page: `logs -f` at " << rate << " lines/s for 10 s, real window, level filter and search on"
          << Qt::endl;
    QTemporaryDir dir;
    AppSettings::initialize(dir.path());
    ConnectionProfile profile = g_env.profile;
    profile.name = QStringLiteral("bench-logs");
    profile.orchestrator.kind = OrchestratorSettings::Kind::Compose;
    profile.orchestrator.composeCommand = QStringLiteral("docker-compose");
    profile.orchestrator.program = QCoreApplication::applicationFilePath();
    profile.orchestrator.composeFile = QStringLiteral("loggen-%1.yml").arg(rate);
    profile.orchestrator.projectName = QStringLiteral("loggen");
    profile.orchestrator.projectDirectory = dir.path();
    profile.orchestrator.dockerHost.clear();
    // The console runs only approved programs (issue 15): this program stands in for docker-compose and is
    // approved as an operator would, in an approvals file of this run's own (the stack's stays as it was).
    const QByteArray stackApprovals = qgetenv("OPSCONSOLE_APPROVALS_FILE");
    qputenv("OPSCONSOLE_APPROVALS_FILE", dir.filePath(QStringLiteral("program-approvals.ini")).toUtf8());
    const auto restoreApprovals = qScopeGuard([&] {
        if (stackApprovals.isEmpty())
            qunsetenv("OPSCONSOLE_APPROVALS_FILE");
        else
            qputenv("OPSCONSOLE_APPROVALS_FILE", stackApprovals);
    });
    QString approvalError;
    if (!ProgramApprovals::approve(ProgramIdentity::read(profile.orchestrator.program), QString(), &approvalError)) {
        out() << "cannot approve " << profile.orchestrator.program << ": " << approvalError << Qt::endl;
        return;
    }
    ConsoleContext context;
    context.useTransientProfile(profile);
    const double heapBefore = heapInUseMiB();
    LogsPage page(context);
    page.resize(1280, 800);
    page.setLevelFilter(LogsPage::LevelFilter::InfoAndAbove);
    page.setSearch(QStringLiteral("error|timeout"));
    page.show(); // starts following
    if (!QTest::qWaitForWindowExposed(&page) || !waitFor([&] { return page.buffer()->received() > 20000; }, 20000)) {
        out() << "the log stream did not start" << Qt::endl;
        return;
    }
    StallProbe probe;
    probe.start();
    const qint64 before = page.buffer()->received();
    QElapsedTimer t;
    t.start();
    QTest::qWait(10000);
    const double seconds = double(t.elapsed()) / 1000.0;
    const qint64 lines = page.buffer()->received() - before;
    probe.stop();
    const double perSecond = double(lines) / seconds;
    figure(QStringLiteral("logs: lines taken in"), QStringLiteral("%1 lines/s (%2 lines in %3 s)")
               .arg(perSecond, 0, 'f', 0).arg(lines).arg(seconds, 0, 'f', 1),
           QStringLiteral("≥ 50,000 lines/s"), perSecond >= 50000);
    ProbeLine p{probe.p50LatenessMs(), probe.p99LatenessMs(), probe.maxLatenessMs(), probe.sampleCount()};
    figure(QStringLiteral("logs: event loop while taking them in"), probeText(p), QStringLiteral("max 16 ms"), p.max <= 16);
    const double heap = heapInUseMiB() - heapBefore;
    figure(QStringLiteral("logs: memory"),
           QStringLiteral("%1 lines kept, %2 shown, retention %3 lines; heap in use +%4 MiB")
               .arg(page.buffer()->lines().size())
               .arg(page.shownLines())
               .arg(page.retention())
               .arg(heap, 0, 'f', 1),
           QStringLiteral("kept ≤ retention"), page.buffer()->lines().size() <= page.retention() &&
                                                   page.shownLines() <= page.retention());
    page.hide(); // leaving the page stops the stream
    QTest::qWait(200);
    note(QStringLiteral("after leaving the page: following %1").arg(page.isFollowing() ? QStringLiteral("yes") : QStringLiteral("no")));
}

// ------------------------------------------------------------------------------------------------

void benchChartsMemory()
{
    out() << "\n## Charts: memory and redraw (this process, " << QGuiApplication::platformName() << ")" << Qt::endl;
    const qint64 now = 1795700000000;
    const PanelDefinition def = *PanelCatalog::builtin(QStringLiteral("requests"));
    const double rawMiB = 8.0 * 12 * 5760 * sizeof(QPointF) / (1024.0 * 1024.0);
    QImage frame(QSize(1200, 300), QImage::Format_ARGB32_Premultiplied);
    {
        // The panels without data first: their widgets are not the data's cost.
        QWidget host;
        host.resize(1280, 2400);
        QList<ChartPanel*> panels;
        for (int i = 0; i < 8; ++i) {
            auto* p = new ChartPanel(&host);
            p->setDefinition(def);
            p->setGeometry(0, i * 300, 1200, 300);
            panels.append(p);
        }
        host.show();
        QCoreApplication::processEvents();
        malloc_trim(0);
        const double before = heapInUseMiB();
        const long rssBefore = statusKiB(0, "VmRSS:");
        for (ChartPanel* p : std::as_const(panels)) {
            p->setData(dayOfData(12, now));
            QPainter painter(&frame);
            p->render(&painter);
        }
        QCoreApplication::processEvents();
        malloc_trim(0);
        const double held = heapInUseMiB() - before;
        const double rss = double(statusKiB(0, "VmRSS:") - rssBefore) / 1024.0;
        figure(QStringLiteral("charts: 8 panels × 12 series × 24 h at 15 s hold"),
               QStringLiteral("%1 MiB of heap for %2 MiB of points (%3×); resident +%4 MiB")
                   .arg(held, 0, 'f', 1)
                   .arg(rawMiB, 0, 'f', 1)
                   .arg(held / rawMiB, 0, 'f', 2)
                   .arg(rss, 0, 'f', 1),
               QStringLiteral("≤ 2× the points"), held <= 2 * rawMiB);
    }

    ChartPanel panel;
    panel.setDefinition(def);
    panel.resize(1200, 320);
    panel.show();
    QCoreApplication::processEvents();
    const PanelData day = dayOfData(12, now);
    QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
    panel.setData(day); // warm-up: the legend entries once
    QVector<double> totalMs, totalCpuMs, repaintMs;
    for (int round = 0; round < 60; ++round) {
        PanelData shifted = day; // a refresh: every point new
        for (ChartSeries& s : shifted.series)
            s.points = scaledValues(s.points, shifted.stepMs, 1.0 + round * 0.001);
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        panel.setData(shifted);
        image.fill(Qt::white);
        QPainter painter(&image);
        panel.render(&painter);
        painter.end();
        totalMs.append(double(t.nsecsElapsed()) / 1e6);
        totalCpuMs.append(threadCpuMs() - cpu0);
        t.restart();
        QPainter again(&image);
        panel.render(&again);
        again.end();
        repaintMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(totalMs.begin(), totalMs.end());
    figure(QStringLiteral("charts: new data + render of a 12 × 5,760 panel (%1 points drawn)")
               .arg(panel.view()->drawnPointCount()),
           QStringLiteral("median %1, p95 %2, max %3 (60 rounds); CPU of this thread median %4")
               .arg(ms(median(totalMs), 2), ms(totalMs.at(56), 2), ms(totalMs.last(), 2), ms(median(totalCpuMs), 2)),
           QStringLiteral("2 ms median"), median(totalMs) <= 2);
    note(QStringLiteral("repaint without new data: median %1").arg(ms(median(repaintMs), 2)));
}

// ------------------------------------------------------------------------------------------------
// A stand-in Prometheus: every range query answers 12 series at 15 s over the asked range.

/// A matrix answer at 15 s over the query's range: one series per label value, `value(series, t)`.
QByteArray matrixAnswer(const QString& target, const QByteArray& label, const QList<QByteArray>& values,
                        const std::function<double(int, qint64)>& value)
{
    const QUrlQuery query(QUrl(target).query());
    const double start = query.queryItemValue(QStringLiteral("start")).toDouble();
    const double end = query.queryItemValue(QStringLiteral("end")).toDouble();
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const qint64 first = qint64(std::ceil(start / 15.0)) * 15;
    for (int s = 0; s < values.size(); ++s) {
        if (s > 0)
            body += ',';
        body += R"({"metric":{")" + label + R"(":")" + values.at(s) + R"("},"values":[)";
        int i = 0;
        for (qint64 t = first; double(t) <= end; t += 15, ++i) {
            if (i > 0)
                body += ',';
            body += '[' + QByteArray::number(t) + ",\"" + QByteArray::number(value(s, t), 'f', 3) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

/// Twelve series by status.
QByteArray rangeAnswer(const QString& target)
{
    QList<QByteArray> statuses;
    for (int s = 0; s < 12; ++s)
        statuses << QByteArray::number(200 + s);
    return matrixAnswer(target, "status", statuses, [](int s, qint64 t) {
        return 10 + s + 5 * std::sin(double(t) / (600.0 + s * 10)) + double(t % 7) * 0.1;
    });
}

/// The buckets of a histogram for the stand-in: le 0.05 … +Inf, cumulative.
QByteArray bucketAnswer(const QString& target)
{
    return matrixAnswer(
        target, "le", {"0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"}, [](int b, qint64 t) {
            return 2.0 * (b + 1) + std::sin(double(t) / 600.0) + 1.0; // cumulative: grows with b
        });
}

/// The stand-in Prometheus's answers: range queries as above (a histogram's buckets for a `_bucket`
/// query), empty instant queries, alerts, targets and rules, and "ready".
FakeHttpServer::Response standInPrometheus(const QString& target)
{
    FakeHttpServer::Response r;
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    if (path == QLatin1String("/api/v1/query_range"))
        r.body = target.contains(QLatin1String("_bucket")) ? bucketAnswer(target) : rangeAnswer(target);
    else if (path == QLatin1String("/api/v1/query"))
        r.body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
    else if (path == QLatin1String("/api/v1/alerts"))
        r.body = R"({"status":"success","data":{"alerts":[]}})";
    else if (path == QLatin1String("/api/v1/targets"))
        r.body = R"({"status":"success","data":{"activeTargets":[],"droppedTargets":[]}})";
    else if (path == QLatin1String("/api/v1/rules"))
        r.body = R"({"status":"success","data":{"groups":[]}})";
    else {
        r.contentType = "text/plain";
        r.body = "Prometheus Server is Ready.\n";
    }
    return r;
}

void benchPss()
{
    out() << "\n## The whole console after showing every page, 8 panels × 12 series × 24 h at 15 s, real window"
          << Qt::endl;
    FakeHttpServer prometheus;
    ConnectionProfile profile = g_env.profile;
    if (!listenAsStandIn(prometheus, &profile))
        return;
    QTemporaryDir config;
    prepareConfig(config, profile, [&profile] {
        QList<PanelDefinition> panels;
        for (int i = 0; i < 8; ++i) {
            PanelDefinition p;
            p.id = QStringLiteral("bench%1").arg(i);
            p.title = QStringLiteral("Panel %1").arg(i + 1);
            p.queries = {{QStringLiteral("sum by (status) (rate(http_requests_total[5m]))"), QStringLiteral("{{status}}")}};
            p.unit = ChartUnit::RequestsPerSecond;
            panels.append(p);
        }
        ChartSettings::savePanels(profile.name, panels);
        ChartSettings::saveRange(profile.name, TimeRange::last(QStringLiteral("24h")));
    });
    const QString marks = config.filePath(QStringLiteral("marks"));
    Console console;
    console.start({QStringLiteral("--config-dir"), config.path(), QStringLiteral("--profile"), profile.name,
                   QStringLiteral("--page"), QStringLiteral("charts")},
                  {{QStringLiteral("OPSCONSOLE_STARTUP_MARKS"), marks}, {QStringLiteral("OPSCONSOLE_STARTUP_TOUR"), QStringLiteral("1")}});
    if (!waitFor([&] { return readMarks(marks, 0).contains(QStringLiteral("tour-done")); }, 180000)) {
        out() << "the console did not finish its tour of the pages" << Qt::endl;
        return;
    }
    QTest::qWait(2000); // settle
    const double pss = double(pssKiB(console.pid())) / 1024.0;
    const double rss = double(statusKiB(console.pid(), "VmRSS:")) / 1024.0;
    const double uss = double(rollupKiB(console.pid(), "Private_Clean:") + rollupKiB(console.pid(), "Private_Dirty:")) / 1024.0;
    figure(QStringLiteral("memory: PSS of the console after showing every page with those charts (back on the Charts page)"),
           QStringLiteral("%1 MiB (%2 MB); private (USS) %3 MiB, resident %4 MiB")
               .arg(pss, 0, 'f', 1)
               .arg(pss * 1.048576, 0, 'f', 1)
               .arg(uss, 0, 'f', 1)
               .arg(rss, 0, 'f', 1),
           QStringLiteral("40 MB"), pss * 1.048576 <= 40);
    QStringList parts;
    for (const auto& [name, kib] : pssByMapping(console.pid(), 10))
        parts << QStringLiteral("%1 %2 MiB").arg(name).arg(double(kib) / 1024.0, 0, 'f', 1);
    note(QStringLiteral("largest parts: ") + parts.join(QStringLiteral(", ")) +
         QStringLiteral(" (a library's share falls as other processes on the machine map the same pages)"));
    console.stop();
}

// ------------------------------------------------------------------------------------------------

QByteArray syntheticMetrics(qsizetype targetBytes)
{
    QByteArray body;
    body.reserve(targetBytes + 4096);
    body += "# HELP http_requests_total Total number of HTTP requests.\n# TYPE http_requests_total counter\n";
    int n = 0;
    while (body.size() < targetBytes / 2) {
        body += "http_requests_total{method=\"GET\",handler=\"/api/v1/h" + QByteArray::number(n / 6) + "\",status=\"" +
                QByteArray::number(200 + n % 6) + "\"} " + QByteArray::number(n * 17) + "\n";
        ++n;
    }
    body += "# HELP http_request_duration_seconds Latency.\n# TYPE http_request_duration_seconds histogram\n";
    static const char* bounds[] = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"};
    int h = 0;
    while (body.size() < targetBytes) {
        const QByteArray labels = "method=\"GET\",handler=\"/api/v1/h" + QByteArray::number(h) + "\"";
        int cumulative = 0;
        for (const char* le : bounds) {
            cumulative += 3;
            body += "http_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} " +
                    QByteArray::number(cumulative) + "\n";
        }
        body += "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(cumulative) + "\n";
        body += "http_request_duration_seconds_sum{" + labels + "} 12.5\n";
        body += "http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(cumulative) + "\n";
        ++h;
    }
    return body;
}

void benchParse()
{
    out() << "\n## Prometheus text format" << Qt::endl;
    const QByteArray body = syntheticMetrics(10 * 1000 * 1000);
    QVector<double> mbps;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        const ParseResult r = PrometheusTextParser::parse(body);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok()) {
            out() << "parse failed: " << r.error << Qt::endl;
            return;
        }
        mbps.append(double(body.size()) / 1e6 / seconds);
    }
    const double m = median(mbps);
    figure(QStringLiteral("parse: a 10 MB /metrics body (histograms and counters)"),
           QStringLiteral("%1 MB/s median of 5").arg(m, 0, 'f', 0), QStringLiteral("300 MB/s"), m >= 300);
}

} // namespace

int main(int argc, char** argv)
{
    // Run by the Logs page as its compose program: `<this> -f loggen-RATE.yml -p loggen logs -f …`.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "-f") == 0 && std::strncmp(argv[i + 1], "loggen-", 7) == 0)
            return emitLogs(std::atoi(argv[i + 1] + 7));
    }
    ensureDisplay();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    // The settings written for the console's runs (prepareConfig()) go where the console reads them.
    QCoreApplication::setOrganizationName(QStringLiteral("FragranceAI"));
    QCoreApplication::setApplicationName(QStringLiteral("opsconsole"));
    QStringList only;
    int runs = 10;
    int logRate = 60000;
    g_env.console = QStringLiteral(OPSCONSOLE_BENCH_CONSOLE);
    g_env.sourceDir = QStringLiteral(OPSCONSOLE_SOURCE_DIR);
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--console") && i + 1 < args.size())
            g_env.console = args[++i];
        else if (args[i] == QLatin1String("--log-rate") && i + 1 < args.size())
            logRate = args[++i].toInt();
    }
    const auto wanted = [&only](const char* name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    out() << "bench_console: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores, Qt "
          << qVersion() << ", platform " << QGuiApplication::platformName() << ", " << loadAverage() << Qt::endl;
    const bool needsStack = wanted("startup") || wanted("startup-standin") || wanted("dashboard") ||
                            wanted("charts") || wanted("pss");
    if (needsStack && !readStack()) {
        stopDisplay();
        return 1;
    }
    if (wanted("startup"))
        benchStartup(runs);
    if (wanted("startup-standin"))
        benchStartupStandIn(runs);
    if (wanted("dashboard"))
        benchPage(QStringLiteral("dashboard"), 0.3);
    if (wanted("charts"))
        benchPage(QStringLiteral("charts"), 0.5);
    if (wanted("logs"))
        benchLogs(logRate);
    if (wanted("charts-memory"))
        benchChartsMemory();
    if (wanted("pss"))
        benchPss();
    if (wanted("parse"))
        benchParse();
    out().flush();
    stopDisplay();
    return 0;
}
