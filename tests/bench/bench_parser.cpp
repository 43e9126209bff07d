// Prometheus text parser figures (issue 16 item 5, issue 15 item 7), printed, not asserted: a
// benchmark program, not a ctest test. Each figure has the machine's load average beside it.
//   throughput: a 10 MB node_exporter-style body, MB/s (1 MB = 10^6 bytes), median of --runs runs:
//               "federated" = the real node_exporter 1.5 output of tests/fuzz/corpus (390 families)
//               as Prometheus' /federate writes it for many hosts (instance and job labels added,
//               each family's samples together); "concatenated" = that output repeated with each
//               copy's metric names made unique (node_exporter's own line mix, ten times the families);
//   wide lines: one sample with 1k, 16k and 1M labels, with the default limits (1,024 labels a
//               sample, 1 MiB a line: refused at once) and with the limits lifted (parsed);
//   memory:     bytes the result keeps per byte of the federated body.
// Run: build/release/tests/bench_parser [--runs N] [--only federated|concatenated|memory|wide]
//      (the release preset is RelWithDebInfo: -O2)
#include "models/net/prometheustextparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <ctime>
#include <malloc.h>

using namespace Ops::Metrics;

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("load average unknown");
    const QList<QByteArray> parts = file.readAll().split(' ');
    return QStringLiteral("load average %1 %2 %3")
        .arg(QString::fromLatin1(parts.value(0)), QString::fromLatin1(parts.value(1)), QString::fromLatin1(parts.value(2)));
}

/// CPU time of this thread: what the parse cost, whatever else the shared machine ran meanwhile.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Metric name of a sample line (legacy names only: node_exporter writes no quoted ones).
QByteArray sampleName(const QByteArray& line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != '{' && line[end] != ' ')
        ++end;
    return line.left(end);
}

/// `name{instance="…",job="node",labels…} value`.
QByteArray withLabels(const QByteArray& line, const QByteArray& extra)
{
    const QByteArray name = sampleName(line);
    if (line.size() > name.size() && line[name.size()] == '{')
        return name + '{' + extra + ',' + line.mid(name.size() + 1);
    return name + '{' + extra + '}' + line.mid(name.size());
}

QByteArray federatedBody(const QList<QByteArray>& lines, qsizetype target, int* hosts)
{
    // One block per family: its HELP and TYPE lines, then its samples.
    QList<QList<QByteArray>> blocks;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("# HELP ") || blocks.isEmpty())
            blocks.append(QList<QByteArray>());
        blocks.last().append(line);
    }
    qsizetype sampleBytes = 0;
    for (const QByteArray& line : lines) {
        if (!line.startsWith('#'))
            sampleBytes += line.size() + 40;
    }
    *hosts = int(target / std::max<qsizetype>(sampleBytes, 1)) + 1;
    QByteArray body;
    body.reserve(target + target / 8);
    for (const QList<QByteArray>& block : blocks) {
        for (const QByteArray& line : block) {
            if (line.startsWith('#')) {
                body += line + '\n';
                continue;
            }
            for (int h = 0; h < *hosts; ++h) {
                const QByteArray extra = "instance=\"10.20." + QByteArray::number(h / 250) + "." +
                                         QByteArray::number(h % 250 + 1) + ":9100\",job=\"node\"";
                body += withLabels(line, extra) + '\n';
            }
        }
    }
    return body;
}

QByteArray concatenatedBody(const QList<QByteArray>& lines, qsizetype target, int* copies)
{
    // Where each line takes the copy's suffix: after the family name (so a histogram's _bucket,
    // _sum and _count samples, and a summary's _sum and _count, stay with their family).
    QSet<QByteArray> histograms;
    QSet<QByteArray> summaries;
    for (const QByteArray& line : lines) {
        if (line.startsWith("# TYPE ") && line.endsWith(" histogram"))
            histograms.insert(line.split(' ').value(2));
        if (line.startsWith("# TYPE ") && line.endsWith(" summary"))
            summaries.insert(line.split(' ').value(2));
    }
    QList<QPair<QByteArray, QByteArray>> parts; // text before the suffix, text after it
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            const qsizetype nameEnd = line.indexOf(' ', 7);
            parts.append({line.left(nameEnd), line.mid(nameEnd) + '\n'});
            continue;
        }
        const QByteArray name = sampleName(line);
        qsizetype cut = name.size();
        for (const QByteArray& s : {QByteArray("_bucket"), QByteArray("_sum"), QByteArray("_count")}) {
            const QByteArray base = name.left(name.size() - s.size());
            if (name.endsWith(s) && (histograms.contains(base) || (s != "_bucket" && summaries.contains(base))))
                cut = base.size();
        }
        parts.append({line.left(cut), line.mid(cut) + '\n'});
    }
    QByteArray body;
    body.reserve(target + 64 * 1024);
    *copies = 0;
    while (body.size() < target) {
        const QByteArray suffix = "_c" + QByteArray::number(*copies);
        for (const auto& [before, after] : parts)
            body += before + suffix + after;
        ++*copies;
    }
    return body;
}

QByteArray lineWithLabels(int n)
{
    QByteArray line = "wide_metric{";
    line.reserve(qsizetype(n) * 16 + 32);
    for (int i = 0; i < n; ++i)
        line += "label_" + QByteArray::number(i) + "=\"v" + QByteArray::number(i % 1000) + "\",";
    line += "} 1\n";
    return line;
}

QString errorName(ParseError e)
{
    switch (e) {
    case ParseError::None:
        return QStringLiteral("parsed");
    case ParseError::TooManyLabels:
        return QStringLiteral("refused: more than maxLabelsPerSample");
    case ParseError::LineTooLong:
        return QStringLiteral("refused: longer than maxLineBytes");
    default:
        return QStringLiteral("refused (error %1)").arg(int(e));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 15;
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = std::max(1, args[runsAt + 1].toInt());
    // --only federated|concatenated|memory|wide: one part (for a profiler)
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1] : QString();
    auto wanted = [&](const QString& part) { return only.isEmpty() || part.startsWith(only); };

#ifdef __OPTIMIZE__
    out << "build: optimized";
#else
    out << "build: NOT optimized (figures of a debug build say little)";
#endif
    out << ", " << QString::fromLatin1(OPSCONSOLE_BENCH_COMPILER) << "\n";

    QFile templ(QString::fromLatin1(OPSCONSOLE_BENCH_TEMPLATE));
    if (!templ.open(QIODevice::ReadOnly)) {
        out << "cannot read " << templ.fileName() << "\n";
        return 1;
    }
    const QList<QByteArray> lines = templ.readAll().split('\n');

    // ---- throughput ---------------------------------------------------------------------------------
    const qsizetype target = 10'000'000;
    int hosts = 0;
    int copies = 0;
    const QByteArray federated = federatedBody(lines, target, &hosts);
    const QByteArray concatenated = concatenatedBody(lines, target, &copies);
    struct Body
    {
        QString name;
        const QByteArray* bytes;
    };
    const QList<Body> bodies = {
        {QStringLiteral("federated node_exporter body (%1 hosts)").arg(hosts), &federated},
        {QStringLiteral("concatenated node_exporter body (%1 copies)").arg(copies), &concatenated},
    };
    for (const Body& body : bodies) {
        if (!wanted(body.name))
            continue;
        QVector<double> mbps;
        QVector<double> cpuMbps;
        int samples = 0;
        qsizetype families = 0;
        for (int run = 0; run <= runs; ++run) {
            QElapsedTimer t;
            const double cpu0 = threadCpuSeconds();
            t.start();
            ParseResult r = PrometheusTextParser::parse(*body.bytes);
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            const double cpuSeconds = threadCpuSeconds() - cpu0;
            if (!r.ok()) {
                out << body.name << ": parse failed: " << r.error << "\n";
                return 1;
            }
            samples = r.sampleCount();
            families = r.families.size();
            if (run > 0) { // the first run warms the caches and the allocator
                mbps.append(double(body.bytes->size()) / 1e6 / seconds);
                cpuMbps.append(double(body.bytes->size()) / 1e6 / cpuSeconds);
            }
            r = ParseResult(); // freed outside the timed part, as a caller would free it later
        }
        out << "throughput, " << body.name << ": " << QString::number(double(body.bytes->size()) / 1e6, 'f', 1)
            << " MB, " << samples << " samples, " << families << " families: median "
            << QString::number(median(mbps), 'f', 0) << " MB/s (min " << QString::number(*std::min_element(mbps.cbegin(), mbps.cend()), 'f', 0)
            << ", max " << QString::number(*std::max_element(mbps.cbegin(), mbps.cend()), 'f', 0) << ", " << runs
            << " runs), by the thread's CPU time " << QString::number(median(cpuMbps), 'f', 0) << " MB/s; "
            << loadAverage() << "\n";
        out.flush();
    }

    // ---- memory ------------------------------------------------------------------------------------
    if (wanted(QStringLiteral("memory"))) {
        auto inUse = [] {
            const struct mallinfo2 m = mallinfo2();
            return double(m.uordblks) + double(m.hblkhd);
        };
        malloc_trim(0);
        const double before = inUse();
        const ParseResult r = PrometheusTextParser::parse(federated);
        const double kept = inUse() - before;
        out << "memory, federated body: the result keeps " << QString::number(kept / 1e6, 'f', 1) << " MB, "
            << QString::number(kept / double(federated.size()), 'f', 1) << " bytes per input byte (" << r.sampleCount()
            << " samples); " << loadAverage() << "\n";
    }

    // ---- wide lines --------------------------------------------------------------------------------
    PrometheusTextParser::Limits lifted;
    lifted.maxLabelsPerSample = std::numeric_limits<qsizetype>::max();
    lifted.maxLineBytes = std::numeric_limits<qsizetype>::max();
    for (const int n : {1'000, 16'000, 1'000'000}) {
        if (!wanted(QStringLiteral("wide")))
            break;
        const QByteArray line = lineWithLabels(n);
        const int repeat = n >= 1'000'000 ? 3 : (n >= 16'000 ? 9 : 31);
        for (const bool defaults : {true, false}) {
            QVector<double> ms;
            ParseError outcome = ParseError::None;
            QVector<double> cpuMs;
            for (int i = 0; i < repeat; ++i) {
                QElapsedTimer t;
                const double cpu0 = threadCpuSeconds();
                t.start();
                ParseResult r = defaults ? PrometheusTextParser::parse(line) : PrometheusTextParser::parse(line, lifted);
                ms.append(double(t.nsecsElapsed()) / 1e6);
                cpuMs.append((threadCpuSeconds() - cpu0) * 1e3);
                outcome = r.errorCode;
                r = ParseResult();
            }
            out << "wide line, " << n << " labels (" << QString::number(double(line.size()) / 1e6, 'f', 2) << " MB), "
                << (defaults ? "default limits" : "limits lifted") << ": " << errorName(outcome) << " in "
                << QString::number(median(ms), 'f', median(ms) < 1 ? 3 : 1) << " ms (median of " << repeat
                << "; CPU time " << QString::number(median(cpuMs), 'f', median(cpuMs) < 1 ? 3 : 1) << " ms); "
                << loadAverage() << "\n";
            out.flush();
        }
    }
    return 0;
}
