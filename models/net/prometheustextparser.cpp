#include "models/net/prometheustextparser.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Ops::Metrics {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }
bool isLabelStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isLabelChar(char c) { return isLabelStart(c) || (c >= '0' && c <= '9'); }
bool isBlank(char c) { return c == ' ' || c == '\t'; }

bool equalsIgnoreCase(QByteArrayView a, const char* b)
{
    const qsizetype n = qsizetype(std::strlen(b));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

bool endsWith(QByteArrayView name, QByteArrayView suffix)
{
    return name.size() > suffix.size() && name.last(suffix.size()) == suffix;
}

QString latin1(QByteArrayView v) { return QString::fromLatin1(v.data(), v.size()); }

struct Failure
{
    ParseError code = ParseError::None;
    QString detail;
};

/// Per-family bookkeeping that the result does not need.
struct FamilyState
{
    bool typed = false;
    bool helped = false;
    QVector<int> lines; ///< line of each sample, kept for histogram validation only
};

class Parser
{
public:
    explicit Parser(QByteArrayView body)
        : m_body(body)
    {
    }

    ParseResult run()
    {
        const char* p = m_body.data();
        const char* end = p + m_body.size();
        while (p < end && m_result.ok()) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* lineEnd = nl ? nl : end;
            ++m_line;
            QByteArrayView line(p, lineEnd - p);
            if (!line.isEmpty() && line.back() == '\r') // tolerate CRLF from proxies
                line.chop(1);
            handleLine(line);
            p = nl ? nl + 1 : end;
        }
        if (m_result.ok())
            validateHistograms();
        // Like Prometheus: a HELP or TYPE line alone does not make a family.
        m_result.families.removeIf([](const MetricFamily& f) { return f.samples.isEmpty(); });
        if (!m_result.ok())
            m_result.families.clear();
        return std::move(m_result);
    }

private:
    void fail(ParseError code, const QString& detail, int line = -1)
    {
        if (!m_result.ok())
            return;
        m_result.errorCode = code;
        m_result.errorLine = line < 0 ? m_line : line;
        m_result.error = PrometheusTextParser::tr("line %1: %2", "metrics parse error: line number, what is wrong")
                             .arg(m_result.errorLine)
                             .arg(detail);
    }

    void handleLine(QByteArrayView line)
    {
        qsizetype i = 0;
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i == line.size())
            return;
        if (line[i] == '#')
            handleComment(line.sliced(i + 1));
        else
            handleSample(line.sliced(i));
    }

    // ---- comments: "# HELP name text", "# TYPE name type", anything else is ignored
    void handleComment(QByteArrayView rest)
    {
        qsizetype i = 0;
        while (i < rest.size() && isBlank(rest[i]))
            ++i;
        qsizetype j = i;
        while (j < rest.size() && !isBlank(rest[j]))
            ++j;
        const QByteArrayView keyword = rest.sliced(i, j - i);
        const bool help = keyword == QByteArrayView("HELP");
        const bool type = keyword == QByteArrayView("TYPE");
        if (!help && !type)
            return;
        while (j < rest.size() && isBlank(rest[j]))
            ++j;
        qsizetype k = j;
        if (k < rest.size() && isNameStart(rest[k])) {
            ++k;
            while (k < rest.size() && isNameChar(rest[k]))
                ++k;
        }
        const QByteArrayView name = rest.sliced(j, k - j);
        if (name.isEmpty() || (k < rest.size() && !isBlank(rest[k]))) {
            qsizetype e = k;
            while (e < rest.size() && !isBlank(rest[e]))
                ++e;
            fail(ParseError::InvalidMetricName,
                 PrometheusTextParser::tr("invalid metric name \"%1\" in a %2 line")
                     .arg(QString::fromUtf8(rest.sliced(j, e - j)), latin1(keyword)));
            return;
        }
        while (k < rest.size() && isBlank(rest[k]))
            ++k;
        QByteArrayView text = rest.sliced(k);
        while (!text.isEmpty() && isBlank(text.back()))
            text.chop(1);

        const qsizetype index = familyIndex(name, true);
        MetricFamily& family = m_result.families[index];
        FamilyState& state = m_states[index];
        if (help) {
            if (state.helped) {
                fail(ParseError::DuplicateHelp,
                     PrometheusTextParser::tr("second HELP line for \"%1\"").arg(family.name));
                return;
            }
            state.helped = true;
            family.help = unescapeHelp(text);
            return;
        }
        if (state.typed) {
            fail(ParseError::DuplicateType, PrometheusTextParser::tr("second TYPE line for \"%1\"").arg(family.name));
            return;
        }
        if (!family.samples.isEmpty()) {
            fail(ParseError::TypeAfterSamples,
                 PrometheusTextParser::tr("TYPE line for \"%1\" comes after its samples").arg(family.name));
            return;
        }
        MetricType t;
        if (text == QByteArrayView("counter"))
            t = MetricType::Counter;
        else if (text == QByteArrayView("gauge"))
            t = MetricType::Gauge;
        else if (text == QByteArrayView("histogram"))
            t = MetricType::Histogram;
        else if (text == QByteArrayView("summary"))
            t = MetricType::Summary;
        else if (text == QByteArrayView("untyped"))
            t = MetricType::Untyped;
        else {
            fail(ParseError::InvalidType,
                 PrometheusTextParser::tr("unknown metric type \"%1\"").arg(QString::fromUtf8(text)));
            return;
        }
        state.typed = true;
        family.type = t;
    }

    QString unescapeHelp(QByteArrayView text)
    {
        if (!text.contains('\\'))
            return QString::fromUtf8(text);
        QByteArray out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 < text.size() && text[i + 1] == '\\')
                out.append('\\');
            else if (i + 1 < text.size() && text[i + 1] == 'n')
                out.append('\n');
            else {
                fail(ParseError::BadEscape, PrometheusTextParser::tr("invalid escape sequence in HELP text"));
                return {};
            }
            ++i;
        }
        return QString::fromUtf8(out);
    }

    /// Index of the family named exactly `name`, created (untyped) when `create`.
    qsizetype familyIndex(QByteArrayView name, bool create)
    {
        const QByteArray key = name.toByteArray();
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            return it.value();
        if (!create)
            return -1;
        MetricFamily family;
        family.name = latin1(name);
        m_result.families.append(family);
        m_states.append(FamilyState());
        const qsizetype index = m_result.families.size() - 1;
        m_index.insert(key, index);
        return index;
    }

    /// The family a sample belongs to: histograms and summaries own their suffixed samples.
    qsizetype familyForSample(QByteArrayView name)
    {
        static constexpr QByteArrayView kBucket("_bucket");
        static constexpr QByteArrayView kSum("_sum");
        static constexpr QByteArrayView kCount("_count");
        for (const QByteArrayView suffix : {kBucket, kSum, kCount}) {
            if (!endsWith(name, suffix))
                continue;
            const qsizetype base = familyIndex(name.chopped(suffix.size()), false);
            if (base < 0)
                continue;
            const MetricType t = m_result.families[base].type;
            if (t == MetricType::Histogram || (t == MetricType::Summary && suffix != kBucket))
                return base;
        }
        const qsizetype exact = familyIndex(name, true);
        if (m_result.families[exact].type == MetricType::Histogram) {
            fail(ParseError::InvalidHistogramSample,
                 PrometheusTextParser::tr("histogram sample \"%1\" must end in _bucket, _sum or _count")
                     .arg(latin1(name)));
            return -1;
        }
        return exact;
    }

    // ---- samples: name[{labels}] value [timestamp]
    void handleSample(QByteArrayView line)
    {
        qsizetype i = 0;
        if (!isNameStart(line[0])) {
            fail(ParseError::InvalidMetricName,
                 PrometheusTextParser::tr("invalid metric name at \"%1\"").arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 40)))));
            return;
        }
        ++i;
        while (i < line.size() && isNameChar(line[i]))
            ++i;
        const QByteArrayView name = line.first(i);
        if (i < line.size() && line[i] != '{' && !isBlank(line[i])) {
            fail(ParseError::InvalidMetricName,
                 PrometheusTextParser::tr("invalid character '%1' in metric name").arg(QChar::fromLatin1(line[i])));
            return;
        }

        Sample sample;
        if (m_lastName == name) {
            sample.name = m_lastNameString;
        } else {
            sample.name = latin1(name);
            m_lastName = name.toByteArray();
            m_lastNameString = sample.name;
            m_lastFamily = -1;
        }

        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i < line.size() && line[i] == '{') {
            if (!parseLabels(line, &i, &sample.labels))
                return;
        }
        while (i < line.size() && isBlank(line[i]))
            ++i;
        qsizetype j = i;
        while (j < line.size() && !isBlank(line[j]))
            ++j;
        const QByteArrayView valueToken = line.sliced(i, j - i);
        if (valueToken.isEmpty()) {
            fail(ParseError::InvalidValue, PrometheusTextParser::tr("sample \"%1\" has no value").arg(sample.name));
            return;
        }
        if (!PrometheusTextParser::parseValue(valueToken, &sample.value)) {
            fail(ParseError::InvalidValue,
                 PrometheusTextParser::tr("value \"%1\" is not a number").arg(QString::fromUtf8(valueToken)));
            return;
        }
        i = j;
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i < line.size()) {
            j = i;
            while (j < line.size() && !isBlank(line[j]))
                ++j;
            const QByteArrayView ts = line.sliced(i, j - i);
            qint64 ms = 0;
            if (!parseTimestamp(ts, &ms)) {
                fail(ParseError::InvalidTimestamp,
                     PrometheusTextParser::tr("timestamp \"%1\" is not an integer number of milliseconds")
                         .arg(QString::fromUtf8(ts)));
                return;
            }
            sample.timestampMs = ms;
            i = j;
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i < line.size()) {
                fail(ParseError::UnexpectedText,
                     PrometheusTextParser::tr("unexpected text \"%1\" after the timestamp")
                         .arg(QString::fromUtf8(line.sliced(i))));
                return;
            }
        }

        if (m_lastFamily < 0) {
            m_lastFamily = familyForSample(name);
            if (m_lastFamily < 0)
                return;
        }
        MetricFamily& family = m_result.families[m_lastFamily];
        if (!checkTypedSample(family, name, sample))
            return;
        if (family.type == MetricType::Histogram)
            m_states[m_lastFamily].lines.append(m_line);
        family.samples.append(std::move(sample));
    }

    bool checkTypedSample(const MetricFamily& family, QByteArrayView name, const Sample& sample)
    {
        double bound = 0;
        if (family.type == MetricType::Histogram && endsWith(name, QByteArrayView("_bucket"))) {
            const QString le = sample.label(QStringLiteral("le"));
            if (le.isEmpty() || !PrometheusTextParser::parseValue(le.toLatin1(), &bound) || std::isnan(bound)) {
                fail(ParseError::InvalidBucketBound,
                     PrometheusTextParser::tr("bucket of \"%1\" needs an \"le\" label that is a number, not \"%2\"")
                         .arg(family.name, le));
                return false;
            }
        } else if (family.type == MetricType::Summary && name.size() == family.name.size()) {
            const QString q = sample.label(QStringLiteral("quantile"));
            if (q.isEmpty() || !PrometheusTextParser::parseValue(q.toLatin1(), &bound) || std::isnan(bound)) {
                fail(ParseError::InvalidQuantile,
                     PrometheusTextParser::tr("summary \"%1\" needs a \"quantile\" label that is a number, not \"%2\"")
                         .arg(family.name, q));
                return false;
            }
        }
        return true;
    }

    bool parseLabels(QByteArrayView line, qsizetype* pos, Labels* labels)
    {
        qsizetype i = *pos + 1; // after '{'
        int index = 0;
        for (;;) {
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i < line.size() && line[i] == '}') {
                ++i;
                break;
            }
            const qsizetype start = i;
            if (i < line.size() && isLabelStart(line[i])) {
                ++i;
                while (i < line.size() && isLabelChar(line[i]))
                    ++i;
            }
            const QByteArrayView labelName = line.sliced(start, i - start);
            if (labelName.isEmpty()) {
                fail(ParseError::InvalidLabelName,
                     i < line.size() ? PrometheusTextParser::tr("invalid label name at '%1'").arg(QChar::fromLatin1(line[i]))
                                     : PrometheusTextParser::tr("label set is not closed"));
                return false;
            }
            if (labelName == QByteArrayView("__name__")) {
                fail(ParseError::ReservedLabel, PrometheusTextParser::tr("label name \"__name__\" is reserved"));
                return false;
            }
            if (i < line.size() && !isBlank(line[i]) && line[i] != '=') {
                fail(ParseError::InvalidLabelName,
                     PrometheusTextParser::tr("invalid character '%1' in label name \"%2\"")
                         .arg(QChar::fromLatin1(line[i]), latin1(labelName)));
                return false;
            }
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i >= line.size() || line[i] != '=') {
                fail(ParseError::MalformedLabels,
                     PrometheusTextParser::tr("expected '=' after label name \"%1\"").arg(latin1(labelName)));
                return false;
            }
            ++i;
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i >= line.size() || line[i] != '"') {
                fail(ParseError::MalformedLabels,
                     PrometheusTextParser::tr("value of label \"%1\" must be in double quotes").arg(latin1(labelName)));
                return false;
            }
            ++i;
            QString value;
            if (!parseLabelValue(line, &i, &value))
                return false;
            labels->append(qMakePair(labelNameString(index, labelName), std::move(value)));
            ++index;
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i < line.size() && line[i] == ',') {
                ++i;
                continue;
            }
            if (i < line.size() && line[i] == '}') {
                ++i;
                break;
            }
            fail(ParseError::MalformedLabels, PrometheusTextParser::tr("expected ',' or '}' after a label value"));
            return false;
        }
        // Sort by name (label sets are short: insertion sort), then duplicates are neighbours.
        for (qsizetype a = 1; a < labels->size(); ++a) {
            for (qsizetype b = a; b > 0 && (*labels)[b].first < (*labels)[b - 1].first; --b)
                labels->swapItemsAt(b, b - 1);
        }
        for (qsizetype a = 1; a < labels->size(); ++a) {
            if ((*labels)[a].first == (*labels)[a - 1].first) {
                fail(ParseError::DuplicateLabel,
                     PrometheusTextParser::tr("label \"%1\" appears twice").arg((*labels)[a].first));
                return false;
            }
        }
        *pos = i;
        return true;
    }

    /// Label names repeat line after line: share the previous line's strings.
    QString labelNameString(int index, QByteArrayView name)
    {
        if (index < m_lastLabelNames.size()) {
            auto& slot = m_lastLabelNames[index];
            if (slot.first != name) {
                slot.first = name.toByteArray();
                slot.second = latin1(name);
            }
            return slot.second;
        }
        m_lastLabelNames.append(qMakePair(name.toByteArray(), latin1(name)));
        return m_lastLabelNames.back().second;
    }

    bool parseLabelValue(QByteArrayView line, qsizetype* pos, QString* value)
    {
        const qsizetype start = *pos;
        qsizetype i = start;
        bool escaped = false;
        while (i < line.size() && line[i] != '"') {
            if (line[i] == '\\') {
                escaped = true;
                ++i;
            }
            ++i;
        }
        if (i >= line.size()) {
            fail(ParseError::UnterminatedLabelValue, PrometheusTextParser::tr("label value is not closed with '\"'"));
            return false;
        }
        const QByteArrayView raw = line.sliced(start, i - start);
        *pos = i + 1;
        if (!escaped) {
            *value = QString::fromUtf8(raw);
            return true;
        }
        QByteArray out;
        out.reserve(raw.size());
        for (qsizetype k = 0; k < raw.size(); ++k) {
            if (raw[k] != '\\') {
                out.append(raw[k]);
                continue;
            }
            const char next = raw[++k];
            if (next == '\\' || next == '"')
                out.append(next);
            else if (next == 'n')
                out.append('\n');
            else {
                fail(ParseError::BadEscape,
                     PrometheusTextParser::tr("invalid escape \"\\%1\" in a label value (only \\\\, \\\" and \\n)")
                         .arg(QChar::fromLatin1(next)));
                return false;
            }
        }
        *value = QString::fromUtf8(out);
        return true;
    }

    static bool parseTimestamp(QByteArrayView token, qint64* ms)
    {
        const char* first = token.data();
        const char* last = first + token.size();
        if (first < last && *first == '+')
            ++first;
        if (first == last)
            return false;
        long long v = 0;
        const auto [ptr, ec] = std::from_chars(first, last, v);
        if (ec != std::errc() || ptr != last)
            return false;
        *ms = qint64(v);
        return true;
    }

    // ---- histogram checks after the whole body is read (buckets may come in any order)
    void validateHistograms()
    {
        for (qsizetype f = 0; f < m_result.families.size() && m_result.ok(); ++f) {
            const MetricFamily& family = m_result.families[f];
            if (family.type == MetricType::Histogram)
                validateHistogram(family, m_states[f].lines);
        }
    }

    struct Bucket
    {
        double le;
        double count;
        int line;
    };
    struct Series
    {
        Labels labels; // without "le"
        QVector<Bucket> buckets;
        double count = std::numeric_limits<double>::quiet_NaN();
        bool hasCount = false;
        int countLine = 0;
    };

    void validateHistogram(const MetricFamily& family, const QVector<int>& lines)
    {
        const QString bucketName = family.name + QLatin1String("_bucket");
        const QString countName = family.name + QLatin1String("_count");
        const QString le = QStringLiteral("le");
        QVector<Series> series;
        // Indexed by the label set without "le": a linear search per sample made a 10 MB body with
        // thousands of histogram series quadratic (0.4 MB/s, measured by bench_charts).
        QHash<QString, qsizetype> index;
        auto seriesFor = [&](const Labels& labels) -> Series& {
            Labels key = labelsWithout(labels, le);
            QString text;
            for (const auto& [n, v] : key)
                text += n + QLatin1Char('\x1f') + v + QLatin1Char('\x1e');
            const auto it = index.constFind(text);
            if (it != index.cend())
                return series[*it];
            index.insert(text, series.size());
            series.append(Series{std::move(key), {}, std::numeric_limits<double>::quiet_NaN(), false, 0});
            return series.back();
        };
        for (qsizetype i = 0; i < family.samples.size(); ++i) {
            const Sample& s = family.samples[i];
            const int line = i < lines.size() ? lines[i] : 0;
            if (s.name == bucketName) {
                double bound = 0;
                PrometheusTextParser::parseValue(s.label(le).toLatin1(), &bound);
                seriesFor(s.labels).buckets.append(Bucket{bound, s.value, line});
            } else if (s.name == countName) {
                Series& target = seriesFor(s.labels);
                target.count = s.value;
                target.hasCount = true;
                target.countLine = line;
            }
        }
        for (Series& s : series) {
            if (s.buckets.isEmpty())
                continue;
            std::stable_sort(s.buckets.begin(), s.buckets.end(),
                             [](const Bucket& a, const Bucket& b) { return a.le < b.le; });
            const Bucket& top = s.buckets.back();
            if (!(std::isinf(top.le) && top.le > 0)) {
                fail(ParseError::MissingInfBucket,
                     PrometheusTextParser::tr("histogram \"%1\" has no bucket with le=\"+Inf\"").arg(family.name),
                     top.line);
                return;
            }
            for (qsizetype i = 1; i < s.buckets.size(); ++i) {
                if (s.buckets[i].count < s.buckets[i - 1].count) {
                    fail(ParseError::NonCumulativeBuckets,
                         PrometheusTextParser::tr("histogram \"%1\" buckets are not cumulative: le=%2 counts %3, "
                                                  "fewer than %4 below it")
                             .arg(family.name)
                             .arg(s.buckets[i].le)
                             .arg(s.buckets[i].count)
                             .arg(s.buckets[i - 1].count),
                         std::max(s.buckets[i].line, s.buckets[i - 1].line));
                    return;
                }
            }
            if (s.hasCount && !std::isnan(s.count) && !std::isnan(top.count) && s.count != top.count) {
                fail(ParseError::InfBucketNotCount,
                     PrometheusTextParser::tr("histogram \"%1\": the +Inf bucket (%2) differs from _count (%3)")
                         .arg(family.name)
                         .arg(top.count)
                         .arg(s.count),
                     std::max(top.line, s.countLine));
                return;
            }
        }
    }

    QByteArrayView m_body;
    ParseResult m_result;
    QVector<FamilyState> m_states;
    QHash<QByteArray, qsizetype> m_index;
    int m_line = 0;
    QByteArray m_lastName;
    QString m_lastNameString;
    qsizetype m_lastFamily = -1;
    QVector<QPair<QByteArray, QString>> m_lastLabelNames;
};

} // namespace

bool PrometheusTextParser::parseValue(QByteArrayView token, double* value)
{
    if (token.isEmpty())
        return false;
    const char* first = token.data();
    const char* last = first + token.size();
    bool negative = false;
    if (*first == '+' || *first == '-') {
        negative = *first == '-';
        ++first;
    }
    const QByteArrayView body(first, last - first);
    if (body.isEmpty())
        return false;
    if (equalsIgnoreCase(body, "inf") || equalsIgnoreCase(body, "infinity")) {
        *value = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (equalsIgnoreCase(body, "nan")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    // from_chars would also take "nan(...)" and friends: only let numbers through.
    if (!((*first >= '0' && *first <= '9') || *first == '.'))
        return false;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(first, last, v, std::chars_format::general);
    if (ptr != last)
        return false;
    if (ec == std::errc::result_out_of_range) {
        // Go's ParseFloat answers ±Inf or 0 here; Prometheus accepts the sample.
        v = std::strtod(QByteArray(first, last - first).constData(), nullptr);
    } else if (ec != std::errc()) {
        return false;
    }
    *value = negative ? -v : v;
    return true;
}

ParseResult PrometheusTextParser::parse(QByteArrayView body)
{
    return Parser(body).run();
}

} // namespace Ops::Metrics
