// libFuzzer entry for the Prometheus text format parser (issue 15 item 8). Any byte sequence must
// parse or fail with an error, never crash, hang, read out of bounds or trip UBSan, and:
//   - a result is internally consistent (errors have a line and a reason and no families; families
//     have a name and samples; labels are sorted, unique, named, never __name__);
//   - tight limits either refuse the body with a limit error or give the very same verdict as the
//     defaults (a limit only ever adds an earlier refusal);
//   - an accepted body, written back in the text format, parses to the same samples.
// scripts/fuzz.sh builds it with clang (ASan + UBSan) and runs it; tests/fuzz/README.md.
#include "models/net/prometheustextparser.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>

using namespace Ops::Metrics;

namespace {

[[noreturn]] void fault(const char* what)
{
    std::fprintf(stderr, "fuzz_prometheustextparser: %s\n", what);
    std::abort();
}

void checkInvariants(const ParseResult& r)
{
    if (r.ok()) {
        if (r.errorLine != 0 || !r.error.isEmpty())
            fault("success with an error line or text");
        for (const MetricFamily& family : r.families) {
            if (family.name.isEmpty() || family.samples.isEmpty())
                fault("a family without a name or samples");
            for (const Sample& sample : family.samples) {
                if (sample.name.isEmpty())
                    fault("a sample without a name");
                if (sample.timestampMs && *sample.timestampMs < 0)
                    fault("a negative timestamp");
                for (qsizetype i = 0; i < sample.labels.size(); ++i) {
                    const QString& name = sample.labels[i].first;
                    if (name.isEmpty() || name == QLatin1String("__name__"))
                        fault("an empty or reserved label name");
                    if (i > 0 && !(sample.labels[i - 1].first < name))
                        fault("labels not sorted or not unique");
                }
            }
        }
        return;
    }
    if (r.error.isEmpty() || !r.families.isEmpty())
        fault("an error without a reason, or with families");
    if ((r.errorLine <= 0) != (r.errorCode == ParseError::BodyTooLarge))
        fault("an error line that does not fit the error");
}

bool isLimit(ParseError e)
{
    return e == ParseError::BodyTooLarge || e == ParseError::LineTooLong || e == ParseError::TooManyLabels ||
           e == ParseError::TooManySamples || e == ParseError::TooManyFamilies;
}

bool isPlainName(const QString& s, bool metric)
{
    if (s.isEmpty())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (metric && c == ':');
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

QByteArray quoted(const QString& s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + '"';
}

QByteArray number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

/// The result written back in the text format (HELP, TYPE, then the samples of each family).
QByteArray write(const ParseResult& r)
{
    static const char* const types[] = {"untyped", "counter", "gauge", "histogram", "summary"};
    QByteArray out;
    for (const MetricFamily& family : r.families) {
        const QByteArray name = isPlainName(family.name, true) ? family.name.toUtf8() : quoted(family.name);
        if (!family.help.isEmpty()) {
            QByteArray help = family.help.toUtf8();
            help.replace("\\", "\\\\").replace("\n", "\\n");
            out += "# HELP " + name + ' ' + help + '\n';
        }
        if (family.type != MetricType::Untyped)
            out += "# TYPE " + name + ' ' + types[int(family.type)] + '\n';
        for (const Sample& sample : family.samples) {
            QList<QByteArray> parts;
            if (!isPlainName(sample.name, true))
                parts.append(quoted(sample.name));
            for (const auto& [labelName, value] : sample.labels)
                parts.append((isPlainName(labelName, false) ? labelName.toUtf8() : quoted(labelName)) + '=' + quoted(value));
            out += isPlainName(sample.name, true) ? sample.name.toUtf8() : QByteArray();
            out += '{' + parts.join(',') + "} " + number(sample.value);
            if (sample.timestampMs)
                out += ' ' + QByteArray::number(*sample.timestampMs);
            out += '\n';
        }
    }
    return out;
}

using Flat = QList<std::tuple<QString, Labels, QByteArray, qint64>>;

/// Every sample, whatever family it landed in (writing back may regroup x_count with a summary x).
Flat flatten(const ParseResult& r)
{
    Flat flat;
    for (const MetricFamily& family : r.families) {
        for (const Sample& sample : family.samples)
            flat.append({sample.name, sample.labels, number(sample.value), sample.timestampMs.value_or(-1)});
    }
    std::sort(flat.begin(), flat.end());
    return flat;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParseResult result = PrometheusTextParser::parse(body);
    checkInvariants(result);

    PrometheusTextParser::Limits tight;
    tight.maxLineBytes = 64;
    tight.maxLabelsPerSample = 4;
    tight.maxSamples = 16;
    tight.maxFamilies = 8;
    const ParseResult limited = PrometheusTextParser::parse(body, tight);
    checkInvariants(limited);
    if (!isLimit(limited.errorCode)) {
        if (limited.errorCode != result.errorCode || limited.errorLine != result.errorLine)
            fault("tight limits changed a verdict other than by a limit");
        if (limited.ok() && flatten(limited) != flatten(result))
            fault("tight limits changed the result");
    }

    if (result.ok()) {
        const QByteArray written = write(result);
        const ParseResult again = PrometheusTextParser::parse(written);
        if (!again.ok()) {
            std::fprintf(stderr, "written back: %s\nerror: %s\n", written.constData(), qPrintable(again.error));
            fault("the result written back does not parse");
        }
        if (flatten(again) != flatten(result)) {
            std::fprintf(stderr, "written back: %s\n", written.constData());
            fault("the result written back parses to other samples");
        }
    }
    return 0;
}
