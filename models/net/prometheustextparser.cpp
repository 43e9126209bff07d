#include "models/net/prometheustextparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Ops::Metrics {

namespace {

// ---- bytes ---------------------------------------------------------------------------------------

enum : quint8 {
    kNameStart = 0x01,  ///< [a-zA-Z_:]  first byte of a metric name
    kNameChar = 0x02,   ///< [a-zA-Z0-9_:]
    kLabelStart = 0x04, ///< [a-zA-Z_]   first byte of a label name
    kLabelChar = 0x08,  ///< [a-zA-Z0-9_]
    kBlank = 0x10,      ///< ' ' '\t'
    kTokenEnd = 0x20,   ///< ' ' '\t' '\n' '{' '\0': ends a value token (textparse's [^{ \t\n\0]+)
    kQuotedStop = 0x40, ///< '"' '\\' '\n' '\0' and bytes >= 0x80: what a quoted string scan stops at
};

struct CharTable
{
    quint8 c[256] = {};
    constexpr CharTable()
    {
        for (int i = 0; i < 256; ++i) {
            const bool lower = i >= 'a' && i <= 'z';
            const bool upper = i >= 'A' && i <= 'Z';
            const bool digit = i >= '0' && i <= '9';
            quint8 v = 0;
            if (lower || upper || i == '_')
                v |= kNameStart | kNameChar | kLabelStart | kLabelChar;
            if (i == ':')
                v |= kNameStart | kNameChar;
            if (digit)
                v |= kNameChar | kLabelChar;
            if (i == ' ' || i == '\t')
                v |= kBlank | kTokenEnd;
            if (i == '\n' || i == '{' || i == 0)
                v |= kTokenEnd;
            if (i == '"' || i == '\\' || i == '\n' || i == 0 || i >= 0x80)
                v |= kQuotedStop;
            c[i] = v;
        }
    }
};
constexpr CharTable kTable;

inline quint8 cls(char c) { return kTable.c[uchar(c)]; }
inline bool isBlank(char c) { return cls(c) & kBlank; }

/// UTF-8 as Go's utf8.Valid: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const char* data, qsizetype n)
{
    const auto* s = reinterpret_cast<const uchar*>(data);
    qsizetype i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        auto cont = [&](qsizetype k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
        if (c < 0xC2)
            return false;
        if (c < 0xE0) {
            if (!cont(1))
                return false;
            i += 2;
        } else if (c < 0xF0) {
            if (!cont(1) || !cont(2) || (c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F))
                return false;
            i += 3;
        } else if (c < 0xF5) {
            if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F))
                return false;
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

bool hasHighBytes(std::string_view s)
{
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & 0x8080808080808080ULL)
            return true;
    }
    for (; i < s.size(); ++i) {
        if (uchar(s[i]) >= 0x80)
            return true;
    }
    return false;
}

/// A QString of bytes already known to be valid UTF-8.
QString fromValidUtf8(std::string_view bytes, bool high)
{
    return high ? QString::fromUtf8(bytes.data(), qsizetype(bytes.size()))
                : QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
}

/// An excerpt of the input for an error message (never more than `max` bytes, invalid UTF-8 replaced).
QString excerpt(const char* begin, const char* end, qsizetype max = 40)
{
    const qsizetype n = std::min<qsizetype>(end - begin, max);
    QString text = QString::fromUtf8(begin, n);
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (end - begin > max)
        text += QChar(0x2026);
    return text;
}

QString describeChar(char c)
{
    if (c == '\n')
        return PrometheusTextParser::tr("the end of the line");
    if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
        return QStringLiteral("0x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
    return QLatin1Char('\'') + QChar::fromLatin1(c) + QLatin1Char('\'');
}

bool equalsCaseless(const char* s, const char* lower, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        if ((uchar(s[i]) | 0x20) != uchar(lower[i]))
            return false;
    }
    return true;
}

enum class FloatStatus { Ok, Invalid, Overflow };

/// Go's strconv.ParseFloat as textparse calls it (which first refuses 'p', 'P' and '_': no hexadecimal
/// floats, no digit separators). from_chars' general format takes neither, nor a sign: both are
/// handled here.
FloatStatus parseGoFloat(const char* first, const char* last, double* out)
{
    if (first == last)
        return FloatStatus::Invalid;
    const char* s = first;
    bool negative = false;
    if (*s == '+' || *s == '-') {
        negative = *s == '-';
        ++s;
    }
    const size_t n = size_t(last - s);
    if (n == 0)
        return FloatStatus::Invalid;
    const uchar lead = uchar(*s) | 0x20;
    if (lead == 'i') {
        if ((n == 3 && equalsCaseless(s, "inf", 3)) || (n == 8 && equalsCaseless(s, "infinity", 8))) {
            *out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return FloatStatus::Ok;
        }
        return FloatStatus::Invalid;
    }
    if (lead == 'n') {
        // Go takes no sign before NaN.
        if (s == first && n == 3 && equalsCaseless(s, "nan", 3)) {
            *out = std::numeric_limits<double>::quiet_NaN();
            return FloatStatus::Ok;
        }
        return FloatStatus::Invalid;
    }
    // The common case: a small integer, exact without a general conversion.
    if (n <= 15) {
        qint64 v = 0;
        size_t i = 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i)
            v = v * 10 + (s[i] - '0');
        if (i == n) {
            *out = negative ? -double(v) : double(v);
            return FloatStatus::Ok;
        }
    }
    if (!((*s >= '0' && *s <= '9') || *s == '.'))
        return FloatStatus::Invalid;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s, last, v, std::chars_format::general);
    if (ptr != last)
        return FloatStatus::Invalid;
    if (ec == std::errc::result_out_of_range) {
        // from_chars says out of range for underflow too; Go reads an underflow as 0 (or a
        // subnormal) and refuses only an overflow. strtod tells the two apart.
        const std::string copy(s, n);
        v = std::strtod(copy.c_str(), nullptr);
        if (std::isinf(v))
            return FloatStatus::Overflow;
    } else if (ec != std::errc()) {
        return FloatStatus::Invalid;
    }
    *out = negative ? -v : v;
    return FloatStatus::Ok;
}

/// The three escapes of label values; quoted names and HELP text keep other escapes as written,
/// like textparse's strings.Replacer (`\x` stays `\x`).
void unescapeInto(std::string_view raw, bool keepUnknown, bool quoteEscape, std::string* out)
{
    out->clear();
    out->reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 == raw.size()) {
            out->push_back(c);
            continue;
        }
        const char next = raw[i + 1];
        if (next == '\\' || (quoteEscape && next == '"')) {
            out->push_back(next);
            ++i;
        } else if (next == 'n') {
            out->push_back('\n');
            ++i;
        } else {
            Q_ASSERT(keepUnknown);
            out->push_back('\\'); // the next byte is copied by the next turn
        }
    }
}

// ---- the parser ----------------------------------------------------------------------------------

struct QuotedString
{
    std::string_view raw; ///< between the quotes, escapes not yet applied
    bool escaped = false;
    bool high = false; ///< bytes >= 0x80 (needs UTF-8 validation and decoding)
};

struct RawLabel
{
    QuotedString name; ///< unquoted names are plain ASCII: escaped and high false
    QuotedString value;
};

struct FamilyState
{
    bool typed = false;
};

/// What the parser knows about one metric name (a family's, a sample's, or both).
struct NameEntry
{
    qsizetype family = -1;       ///< the family of exactly this name, or -1
    qsizetype sampleFamily = -1; ///< the family samples of this name join; -1 until one is seen
    QString sampleName;          ///< their name, shared by all of them
};

/// Metric names to NameEntry: open addressing with linear probing over a power-of-two table of
/// (hash, index) slots; entries in a deque, so references to them stay valid as the table grows.
/// (std::unordered_map allocated a node per name and chased pointers: a third of the parse time of
/// a body with many families.)
class NameTable
{
public:
    NameTable() : m_slots(64, 0) {}

    static size_t hash(std::string_view key) { return std::hash<std::string_view>()(key); }

    NameEntry* find(std::string_view key) const
    {
        const size_t h = hash(key);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const quint64 slot = m_slots[i];
            if (!slot)
                return nullptr;
            if (quint32(slot >> 32) == quint32(h) && m_keys[size_t(quint32(slot)) - 1] == key)
                return &m_entries[size_t(quint32(slot)) - 1];
        }
    }

    NameEntry& findOrInsert(std::string_view key)
    {
        const size_t h = hash(key);
        size_t i = h & (m_slots.size() - 1);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            const quint64 slot = m_slots[i];
            if (!slot)
                break;
            if (quint32(slot >> 32) == quint32(h) && m_keys[size_t(quint32(slot)) - 1] == key)
                return m_entries[size_t(quint32(slot)) - 1];
        }
        m_keys.push_back(key);
        m_hashes.push_back(quint32(h));
        m_entries.emplace_back();
        m_slots[i] = (quint64(quint32(h)) << 32) | quint64(m_entries.size());
        if (m_entries.size() * 2 > m_slots.size())
            grow();
        return m_entries.back();
    }

private:
    void grow()
    {
        std::vector<quint64> slots(m_slots.size() * 2, 0);
        for (size_t e = 0; e < m_entries.size(); ++e) {
            size_t i = m_hashes[e] & (slots.size() - 1);
            while (slots[i])
                i = (i + 1) & (slots.size() - 1);
            slots[i] = (quint64(m_hashes[e]) << 32) | quint64(e + 1);
        }
        m_slots.swap(slots);
    }

    std::vector<quint64> m_slots; ///< hash << 32 | entry index + 1; 0 = empty
    std::vector<std::string_view> m_keys;
    std::vector<quint32> m_hashes;
    mutable std::deque<NameEntry> m_entries;
};

struct StringCacheSlot
{
    std::string_view bytes; ///< decoded bytes (into the body or the arena)
    QString string;
};

class Parser
{
public:
    Parser(QByteArrayView body, const PrometheusTextParser::Limits& limits)
        : m_begin(body.data()), m_end(body.data() + body.size()), m_limits(limits)
    {
    }

    ParseResult run()
    {
        if (m_end - m_begin > m_limits.maxBodyBytes) {
            m_result.errorCode = ParseError::BodyTooLarge;
            m_result.errorLine = 0;
            m_result.error = PrometheusTextParser::tr("the metrics body is %1 bytes, more than the limit of %2 bytes")
                                 .arg(m_end - m_begin)
                                 .arg(m_limits.maxBodyBytes);
            return std::move(m_result);
        }
        if (m_begin != m_end && m_end[-1] != '\n') {
            m_line = int(std::count(m_begin, m_end, '\n')) + 1;
            fail(ParseError::MissingFinalNewline,
                 PrometheusTextParser::tr("the body ends in the middle of a line (no final newline): it was "
                                          "cut short"));
            return std::move(m_result);
        }
        m_p = m_begin;
        while (m_p < m_end) {
            m_lim = m_end - m_p > m_limits.maxLineBytes ? m_p + m_limits.maxLineBytes + 1 : m_end;
            if (!parseLine())
                break;
        }
        if (!m_result.ok()) {
            m_result.families.clear();
            return std::move(m_result);
        }
        // Like Prometheus: a HELP or TYPE line alone does not make a family.
        m_result.families.removeIf([](const MetricFamily& f) { return f.samples.isEmpty(); });
        // Give back what the vectors grew into and will not use (realloc: Sample is relocatable).
        for (MetricFamily& family : m_result.families)
            family.samples.squeeze();
        m_result.families.squeeze();
        return std::move(m_result);
    }

private:
    // ---- errors
    bool fail(ParseError code, const QString& detail)
    {
        if (!m_result.ok())
            return false;
        m_result.errorCode = code;
        m_result.errorLine = m_line;
        m_result.error = PrometheusTextParser::tr("line %1: %2", "metrics parse error: line number, what is wrong")
                             .arg(m_line)
                             .arg(detail);
        return false;
    }

    /// What a scan that stopped at m_lim was in.
    enum class Open { Nothing, LabelValue, QuotedName };

    /// A scan stopped at m_lim: the line is too long, or (at the end of the body) a quoted string
    /// was never closed.
    bool failAtLimit(Open open = Open::Nothing)
    {
        if (m_lim < m_end) {
            return fail(ParseError::LineTooLong,
                        PrometheusTextParser::tr("the line is longer than the limit of %1 bytes")
                            .arg(m_limits.maxLineBytes));
        }
        switch (open) {
        case Open::LabelValue:
            return fail(ParseError::UnterminatedString,
                        PrometheusTextParser::tr("a label value is not closed with '\"' before the end of the body"));
        case Open::QuotedName:
            return fail(ParseError::UnterminatedString,
                        PrometheusTextParser::tr("a quoted name is not closed with '\"' before the end of the body"));
        case Open::Nothing: // not reached: only quoted strings run past a newline, and the body ends in one
            break;
        }
        return fail(ParseError::MissingFinalNewline, PrometheusTextParser::tr("the body ends in the middle of a line"));
    }

    /// Loops over bytes that cannot be '\n' need no bound: the body ends in one. Whoever calls
    /// them checks m_p against m_lim afterwards (a token that ran past it makes the line too long).
    void skipBlanks()
    {
        while (isBlank(*m_p))
            ++m_p;
    }

    /// At the newline that ends a line: step over it.
    void endLine()
    {
        Q_ASSERT(*m_p == '\n');
        ++m_p;
        ++m_line;
    }

    // ---- lines
    bool parseLine()
    {
        skipBlanks();
        if (m_p >= m_lim)
            return failAtLimit();
        const char c = *m_p;
        if (c == '\n') {
            endLine();
            return true;
        }
        if (c == '#')
            return parseComment();
        if ((cls(c) & kNameStart) || c == '{')
            return parseSample();
        return fail(ParseError::InvalidMetricName,
                    PrometheusTextParser::tr("a line must start with a metric name, '{' or '#', not with %1")
                        .arg(describeChar(c)));
    }

    bool skipToEndOfLine()
    {
        if (m_p >= m_lim)
            return failAtLimit();
        const auto* nl = static_cast<const char*>(std::memchr(m_p, '\n', size_t(m_lim - m_p)));
        if (!nl) {
            m_p = m_lim;
            return failAtLimit();
        }
        m_p = nl;
        endLine();
        return true;
    }

    /// `# HELP name text`, `# TYPE name type`; any other comment is skipped. Like textparse, only
    /// "#" + blanks + "HELP"/"TYPE" + blanks starts a HELP or TYPE line ("#HELP x", "# HELP" alone
    /// and "# HELPER" are comments).
    bool parseComment()
    {
        ++m_p; // '#'
        if (m_p >= m_lim || !isBlank(*m_p))
            return skipToEndOfLine();
        skipBlanks();
        if (m_p >= m_lim)
            return failAtLimit();
        const bool help = m_lim - m_p >= 5 && std::memcmp(m_p, "HELP", 4) == 0 && isBlank(m_p[4]);
        const bool type = !help && m_lim - m_p >= 5 && std::memcmp(m_p, "TYPE", 4) == 0 && isBlank(m_p[4]);
        if (!help && !type)
            return skipToEndOfLine();
        const char* keyword = help ? "HELP" : "TYPE";
        m_p += 4;
        skipBlanks();
        if (m_p >= m_lim)
            return failAtLimit();

        std::string_view name;
        if (*m_p == '"') {
            QuotedString quoted;
            if (!scanQuoted(/*labelValue=*/false, ParseError::InvalidMetricName, &quoted))
                return false;
            if (!decodeName(quoted, ParseError::InvalidMetricName, &name))
                return false;
        } else if (cls(*m_p) & kNameStart) {
            const char* start = m_p;
            while (cls(*m_p) & kNameChar)
                ++m_p;
            if (m_p >= m_lim)
                return failAtLimit();
            name = std::string_view(start, size_t(m_p - start));
        } else {
            return fail(ParseError::InvalidMetricName,
                        PrometheusTextParser::tr("expected a metric name after %1, found %2")
                            .arg(QLatin1String(keyword), describeChar(*m_p)));
        }

        // textparse takes the rest of the line after the one byte that follows the name (normally
        // the blank); a rest of blanks only is no text.
        const auto* nl = static_cast<const char*>(std::memchr(m_p, '\n', size_t(m_lim - m_p)));
        if (!nl) {
            m_p = m_lim;
            return failAtLimit();
        }
        std::string_view text(m_p, size_t(nl - m_p));
        if (std::all_of(text.begin(), text.end(), [](char c) { return isBlank(c); }))
            text = {};
        else
            text.remove_prefix(1);
        m_p = nl;

        // A TYPE line follows the HELP line of its family: one lookup for both.
        if (!m_lastComment || m_lastCommentName != name) {
            m_lastComment = &m_names.findOrInsert(name);
            m_lastCommentName = name;
        }
        const qsizetype index = ensureFamily(*m_lastComment, name);
        if (index < 0)
            return false;
        MetricFamily& family = m_result.families[index];
        if (help) {
            const bool high = hasHighBytes(text);
            if (high && !validUtf8(text.data(), qsizetype(text.size())))
                return fail(ParseError::InvalidUtf8,
                            PrometheusTextParser::tr("the HELP text of \"%1\" is not valid UTF-8").arg(family.name));
            // A repeated HELP is accepted, as Prometheus does; the last one wins.
            if (text.find('\\') == std::string_view::npos) {
                family.help = fromValidUtf8(text, high);
            } else {
                unescapeInto(text, /*keepUnknown=*/true, /*quoteEscape=*/false, &m_scratch);
                family.help = fromValidUtf8(m_scratch, high);
            }
            endLine();
            return true;
        }

        FamilyState& state = m_states[index];
        if (state.typed)
            return fail(ParseError::DuplicateType,
                        PrometheusTextParser::tr("second TYPE line for \"%1\"").arg(family.name));
        if (!family.samples.isEmpty())
            return fail(ParseError::TypeAfterSamples,
                        PrometheusTextParser::tr("the TYPE line for \"%1\" comes after its samples").arg(family.name));
        MetricType t;
        if (text == "counter")
            t = MetricType::Counter;
        else if (text == "gauge")
            t = MetricType::Gauge;
        else if (text == "histogram")
            t = MetricType::Histogram;
        else if (text == "summary")
            t = MetricType::Summary;
        else if (text == "untyped")
            t = MetricType::Untyped;
        else
            return fail(ParseError::InvalidType,
                        PrometheusTextParser::tr("unknown metric type \"%1\" (counter, gauge, histogram, summary or "
                                                 "untyped, in lower case)")
                            .arg(excerpt(text.data(), text.data() + text.size())));
        state.typed = true;
        family.type = t;
        if (t == MetricType::Histogram || t == MetricType::Summary)
            forgetSuffixedNames(name);
        endLine();
        return true;
    }

    // ---- quoted strings: label values, and Prometheus 3's quoted metric and label names
    /// At the opening quote. Raw newlines inside are accepted (textparse's lexer does); NUL bytes
    /// only in label values (textparse skips them there and refuses them in names).
    bool scanQuoted(bool labelValue, ParseError nameError, QuotedString* out)
    {
        ++m_p; // '"'
        const char* start = m_p;
        const Open what = labelValue ? Open::LabelValue : Open::QuotedName;
        for (;;) {
            while (m_p < m_lim && !(cls(*m_p) & kQuotedStop))
                ++m_p;
            if (m_p >= m_lim)
                return failAtLimit(what);
            const char c = *m_p;
            if (c == '"')
                break;
            if (c == '\\') {
                if (m_p + 1 == m_lim) {
                    ++m_p;
                    return failAtLimit(what);
                }
                const char next = m_p[1];
                if (labelValue ? !(next == '\\' || next == '"' || next == 'n') : (next == '\n' || next == 0))
                    return fail(ParseError::BadEscape,
                                labelValue ? PrometheusTextParser::tr("invalid escape \"\\%1\" in a label value (only "
                                                                      "\\\\, \\\" and \\n)")
                                                 .arg(uchar(next) > 0x20 && uchar(next) < 0x7f
                                                          ? QString(QChar::fromLatin1(next))
                                                          : describeChar(next))
                                           : PrometheusTextParser::tr("invalid escape at %1 in a quoted name")
                                                 .arg(describeChar(next)));
                out->escaped = true;
                if (uchar(next) >= 0x80)
                    out->high = true;
                m_p += 2;
                continue;
            }
            if (c == '\n') {
                ++m_line;
            } else if (c == 0) {
                if (!labelValue)
                    return fail(nameError,
                                PrometheusTextParser::tr("a quoted name must not contain a NUL byte"));
            } else {
                out->high = true;
            }
            ++m_p;
        }
        out->raw = std::string_view(start, size_t(m_p - start));
        ++m_p; // '"'
        if (out->high && !validUtf8(out->raw.data(), qsizetype(out->raw.size())))
            return fail(ParseError::InvalidUtf8,
                        labelValue ? PrometheusTextParser::tr("the label value \"%1\" is not valid UTF-8")
                                         .arg(excerpt(out->raw.data(), out->raw.data() + out->raw.size()))
                                   : PrometheusTextParser::tr("the quoted name \"%1\" is not valid UTF-8")
                                         .arg(excerpt(out->raw.data(), out->raw.data() + out->raw.size())));
        return true;
    }

    /// The bytes of a quoted name after its escapes, stable for the whole parse.
    bool decodeName(const QuotedString& quoted, ParseError emptyError, std::string_view* name)
    {
        if (!quoted.escaped) {
            *name = quoted.raw;
        } else {
            unescapeInto(quoted.raw, /*keepUnknown=*/true, /*quoteEscape=*/true, &m_scratch);
            *name = intern(m_scratch);
        }
        if (name->empty())
            return fail(emptyError, emptyError == ParseError::InvalidMetricName
                                        ? PrometheusTextParser::tr("a metric name must not be empty")
                                        : PrometheusTextParser::tr("a label name must not be empty"));
        return true;
    }

    /// A copy of decoded bytes that lives as long as the parser (escaped names only: rare).
    std::string_view intern(const std::string& bytes)
    {
        m_arena.push_back(bytes);
        return m_arena.back();
    }

    // ---- samples: name[{labels}] value [timestamp], or {"quoted name", labels} value [timestamp]
    bool parseSample()
    {
        std::string_view name;
        bool nameHigh = false;
        if (*m_p != '{') {
            const char* start = m_p;
            // Most lines repeat the previous line's name: compare before scanning. (The body's
            // final newline stops the comparison before its end: it is no name byte.)
            const size_t last = m_lastPlainName.size();
            if (last && size_t(m_end - m_p) > last && !(cls(m_p[last]) & kNameChar) &&
                std::memcmp(m_p, m_lastPlainName.data(), last) == 0) {
                m_p += last;
            } else {
                while (cls(*m_p) & kNameChar)
                    ++m_p;
            }
            name = std::string_view(start, size_t(m_p - start));
            m_lastPlainName = name;
            skipBlanks();
        }
        if (m_p >= m_lim)
            return failAtLimit();

        m_labels.clear();
        if (*m_p == '{') {
            if (!parseLabels(&name, &nameHigh))
                return false;
            skipBlanks();
            if (m_p >= m_lim)
                return failAtLimit();
        }

        // value: textparse's [^{ \t\n\0]+
        const char* valueStart = m_p;
        while (!(cls(*m_p) & kTokenEnd))
            ++m_p;
        if (m_p >= m_lim)
            return failAtLimit();
        if (m_p == valueStart)
            return fail(ParseError::InvalidValue,
                        PrometheusTextParser::tr("expected a value after \"%1\", found %2")
                            .arg(excerpt(name.data(), name.data() + name.size()), describeChar(*m_p)));
        Sample sample;
        switch (parseGoFloat(valueStart, m_p, &sample.value)) {
        case FloatStatus::Ok:
            break;
        case FloatStatus::Overflow:
            return fail(ParseError::ValueOutOfRange,
                        PrometheusTextParser::tr("value \"%1\" is too large for a double").arg(excerpt(valueStart, m_p)));
        case FloatStatus::Invalid:
            return fail(ParseError::InvalidValue,
                        PrometheusTextParser::tr("value \"%1\" is not a number").arg(excerpt(valueStart, m_p)));
        }
        skipBlanks();
        if (m_p >= m_lim)
            return failAtLimit();
        if (*m_p != '\n') {
            const char* tsStart = m_p;
            while (!isBlank(*m_p) && *m_p != '\n')
                ++m_p;
            if (m_p >= m_lim)
                return failAtLimit();
            qint64 ms = 0;
            if (!parseTimestamp(tsStart, m_p, &ms))
                return fail(ParseError::InvalidTimestamp,
                            PrometheusTextParser::tr("timestamp \"%1\" is not a non-negative integer number of "
                                                     "milliseconds")
                                .arg(excerpt(tsStart, m_p)));
            sample.timestampMs = ms;
            skipBlanks();
            if (m_p >= m_lim)
                return failAtLimit();
            if (*m_p != '\n') {
                const auto* nl = static_cast<const char*>(std::memchr(m_p, '\n', size_t(m_lim - m_p)));
                return fail(ParseError::UnexpectedText,
                            PrometheusTextParser::tr("unexpected text \"%1\" after the timestamp")
                                .arg(excerpt(m_p, nl ? nl : m_lim)));
            }
        }

        if (++m_sampleCount > m_limits.maxSamples)
            return fail(ParseError::TooManySamples,
                        PrometheusTextParser::tr("the body has more than the limit of %1 samples")
                            .arg(m_limits.maxSamples));
        const NameEntry* entry = sampleEntry(name, nameHigh);
        if (!entry)
            return false;
        sample.name = entry->sampleName;
        if (!m_labels.empty() && !buildLabels(&sample.labels))
            return false;
        m_result.families[entry->sampleFamily].samples.append(std::move(sample));
        endLine();
        return true;
    }

    /// At '{'. Reads label pairs and (for Prometheus 3's syntax) the quoted metric name into `name`.
    /// textparse's rules: blanks anywhere between tokens, a trailing comma, and even a missing comma
    /// between two pairs are accepted.
    bool parseLabels(std::string_view* name, bool* nameHigh)
    {
        ++m_p; // '{'
        for (;;) {
            skipBlanks();
            if (m_p >= m_lim)
                return failAtLimit();
            char c = *m_p;
            if (c == '}') {
                ++m_p;
                break;
            }
            QuotedString labelName;
            bool quoted = false;
            if (cls(c) & kLabelStart) {
                const char* start = m_p;
                while (cls(*m_p) & kLabelChar)
                    ++m_p;
                labelName.raw = std::string_view(start, size_t(m_p - start));
            } else if (c == '"') {
                if (!scanQuoted(/*labelValue=*/false, ParseError::InvalidLabelName, &labelName))
                    return false;
                quoted = true;
            } else {
                return fail(ParseError::InvalidLabelName,
                            PrometheusTextParser::tr("expected a label name or '}', found %1").arg(describeChar(c)));
            }
            skipBlanks();
            if (m_p >= m_lim)
                return failAtLimit();
            c = *m_p;
            if (quoted && (c == ',' || c == '}')) {
                // A quoted string alone is the metric name.
                if (!name->empty())
                    return fail(ParseError::InvalidMetricName,
                                PrometheusTextParser::tr("the sample names its metric twice"));
                if (!decodeName(labelName, ParseError::InvalidMetricName, name))
                    return false;
                *nameHigh = labelName.high;
                ++m_p;
                if (c == '}')
                    break;
                continue;
            }
            if (c != '=')
                return fail(ParseError::MalformedLabels,
                            PrometheusTextParser::tr("expected '=' after the label name \"%1\", found %2")
                                .arg(excerpt(labelName.raw.data(), labelName.raw.data() + labelName.raw.size()),
                                     describeChar(c)));
            ++m_p;
            skipBlanks();
            if (m_p >= m_lim)
                return failAtLimit();
            if (*m_p != '"')
                return fail(ParseError::MalformedLabels,
                            PrometheusTextParser::tr("the value of label \"%1\" must be in double quotes, found %2")
                                .arg(excerpt(labelName.raw.data(), labelName.raw.data() + labelName.raw.size()),
                                     describeChar(*m_p)));
            RawLabel label;
            if (!scanQuoted(/*labelValue=*/true, ParseError::None, &label.value))
                return false;
            if (quoted) {
                std::string_view decoded;
                if (!decodeName(labelName, ParseError::InvalidLabelName, &decoded))
                    return false;
                label.name.raw = decoded;
                label.name.high = labelName.high;
            } else {
                label.name.raw = labelName.raw;
            }
            if (label.name.raw == "__name__")
                return fail(ParseError::ReservedLabel, PrometheusTextParser::tr("the label name \"__name__\" is reserved"));
            if (qsizetype(m_labels.size()) == m_limits.maxLabelsPerSample)
                return fail(ParseError::TooManyLabels,
                            PrometheusTextParser::tr("the sample has more than the limit of %1 labels")
                                .arg(m_limits.maxLabelsPerSample));
            m_labels.push_back(label);
            skipBlanks();
            if (m_p < m_lim && *m_p == ',')
                ++m_p;
        }
        if (name->empty())
            return fail(ParseError::InvalidMetricName, PrometheusTextParser::tr("the sample has no metric name"));
        return true;
    }

    /// Label QStrings, sorted by name; names and values equal to the previous sample's at the same
    /// position share its strings (node_exporter repeats them line after line).
    bool buildLabels(Labels* labels)
    {
        const size_t n = m_labels.size();
        if (m_nameSlots.size() < n)
            m_nameSlots.resize(n);
        if (m_valueSlots.size() < n)
            m_valueSlots.resize(n);
        bool sameNames = n == m_orderSize;
        for (size_t i = 0; i < n; ++i) {
            const RawLabel& raw = m_labels[i];
            StringCacheSlot& nameSlot = m_nameSlots[i];
            if (nameSlot.bytes != raw.name.raw) {
                nameSlot.bytes = raw.name.raw;
                nameSlot.string = labelNameString(raw.name.raw, raw.name.high);
                sameNames = false;
            }
            StringCacheSlot& valueSlot = m_valueSlots[i];
            if (valueSlot.bytes != raw.value.raw) {
                valueSlot.bytes = raw.value.raw;
                if (!raw.value.escaped) {
                    valueSlot.string = fromValidUtf8(raw.value.raw, raw.value.high);
                } else {
                    unescapeInto(raw.value.raw, /*keepUnknown=*/false, /*quoteEscape=*/true, &m_scratch);
                    valueSlot.string = fromValidUtf8(m_scratch, raw.value.high);
                }
            }
        }
        // The order by name, and the check for a name given twice, hold for every sample with the
        // names of the previous one (most samples: a family's lines repeat their label names).
        if (!sameNames) {
            m_orderSize = 0;
            m_order.resize(n);
            for (size_t i = 0; i < n; ++i)
                m_order[i] = quint32(i);
            // Plain names (ASCII) sort by their bytes, as QString would; other names as QStrings
            // (UTF-16 order differs from UTF-8's above U+FFFF).
            const bool plain = std::none_of(m_labels.begin(), m_labels.begin() + qsizetype(n),
                                            [](const RawLabel& l) { return l.name.high; });
            if (plain) {
                auto byBytes = [this](quint32 a, quint32 b) { return m_nameSlots[a].bytes < m_nameSlots[b].bytes; };
                if (!std::is_sorted(m_order.begin(), m_order.end(), byBytes))
                    std::stable_sort(m_order.begin(), m_order.end(), byBytes);
            } else {
                auto byName = [this](quint32 a, quint32 b) { return m_nameSlots[a].string < m_nameSlots[b].string; };
                if (!std::is_sorted(m_order.begin(), m_order.end(), byName))
                    std::stable_sort(m_order.begin(), m_order.end(), byName);
            }
            for (size_t k = 1; k < n; ++k) {
                const QString& name = m_nameSlots[m_order[k]].string;
                if (name == m_nameSlots[m_order[k - 1]].string)
                    return fail(ParseError::DuplicateLabel,
                                PrometheusTextParser::tr("the label \"%1\" appears twice").arg(name));
            }
            m_orderSize = n;
        }
        labels->reserve(qsizetype(n));
        for (size_t k = 0; k < n; ++k) {
            const quint32 i = m_order[k];
            labels->append(qMakePair(m_nameSlots[i].string, m_valueSlots[i].string));
        }
        return true;
    }

    /// Label names are few: one QString per distinct name (bounded, so a body of ever new names
    /// cannot grow the table without end).
    QString labelNameString(std::string_view bytes, bool high)
    {
        const auto it = m_labelNames.find(bytes);
        if (it != m_labelNames.end())
            return it->second;
        QString s = fromValidUtf8(bytes, high);
        if (m_labelNames.size() < 4096)
            m_labelNames.emplace(bytes, s);
        return s;
    }

    static bool parseTimestamp(const char* first, const char* last, qint64* ms)
    {
        // textparse: digits only (no sign), and within int64.
        if (first == last)
            return false;
        quint64 v = 0;
        for (const char* q = first; q < last; ++q) {
            if (*q < '0' || *q > '9')
                return false;
            v = v * 10 + quint64(*q - '0');
            if (v > quint64(std::numeric_limits<qint64>::max()))
                return false;
        }
        *ms = qint64(v);
        return true;
    }

    // ---- families
    /// Index of the family named exactly `name`, or -1.
    qsizetype familyIndex(std::string_view name) const
    {
        const NameEntry* entry = m_names.find(name);
        return entry ? entry->family : -1;
    }

    /// Index of the family of `entry` (its key is `name`: bytes that live through the parse),
    /// created when there is none; -1 when a limit refuses a new family.
    qsizetype ensureFamily(NameEntry& entry, std::string_view name)
    {
        if (entry.family >= 0)
            return entry.family;
        if (m_result.families.size() == m_limits.maxFamilies) {
            fail(ParseError::TooManyFamilies,
                 PrometheusTextParser::tr("the body names more than the limit of %1 metrics").arg(m_limits.maxFamilies));
            return -1;
        }
        MetricFamily family;
        family.name = fromValidUtf8(name, hasHighBytes(name));
        m_result.families.append(std::move(family));
        m_states.push_back(FamilyState());
        entry.family = m_result.families.size() - 1;
        return entry.family;
    }

    /// The sample name's string and family, looked up once per distinct name (and per TYPE line
    /// that changes where it belongs); nullptr when a limit refuses a new family.
    const NameEntry* sampleEntry(std::string_view name, bool high)
    {
        if (m_lastEntry && m_lastName == name)
            return m_lastEntry;
        NameEntry* entry = &m_names.findOrInsert(name); // stays valid as the table grows
        if (entry->sampleFamily < 0) {
            const qsizetype family = familyForSample(*entry, name);
            if (family < 0)
                return nullptr;
            entry->sampleFamily = family;
            if (entry->sampleName.isNull())
                entry->sampleName = family == entry->family ? m_result.families[family].name : fromValidUtf8(name, high);
        }
        m_lastName = name;
        m_lastEntry = entry;
        return entry;
    }

    /// Histograms own their _bucket, _sum and _count samples, summaries their _sum and _count;
    /// any other sample belongs to the family of its own name.
    qsizetype familyForSample(NameEntry& entry, std::string_view name)
    {
        static constexpr std::string_view kSuffixes[] = {"_bucket", "_sum", "_count"};
        for (const std::string_view suffix : kSuffixes) {
            if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix)
                continue;
            const qsizetype base = familyIndex(name.substr(0, name.size() - suffix.size()));
            if (base < 0)
                continue;
            const MetricType t = m_result.families[base].type;
            if (t == MetricType::Histogram || (t == MetricType::Summary && suffix != kSuffixes[0]))
                return base;
        }
        return ensureFamily(entry, name);
    }

    /// A TYPE line made `base` a histogram or summary: samples named base_bucket/_sum/_count seen
    /// from now on belong to it.
    void forgetSuffixedNames(std::string_view base)
    {
        for (const char* suffix : {"_bucket", "_sum", "_count"}) {
            const std::string key = std::string(base) + suffix;
            if (NameEntry* entry = m_names.find(std::string_view(key)))
                entry->sampleFamily = -1;
        }
        m_lastEntry = nullptr;
    }

    const char* m_begin;
    const char* m_end;
    const PrometheusTextParser::Limits m_limits;
    const char* m_p = nullptr;
    const char* m_lim = nullptr; ///< end of what the current line may use (maxLineBytes)
    int m_line = 1;
    qsizetype m_sampleCount = 0;
    ParseResult m_result;
    std::vector<FamilyState> m_states;
    NameTable m_names;
    std::string_view m_lastName;
    std::string_view m_lastPlainName; ///< the last unquoted sample name (only name bytes)
    const NameEntry* m_lastEntry = nullptr;
    std::string_view m_lastCommentName;
    NameEntry* m_lastComment = nullptr;
    std::unordered_map<std::string_view, QString> m_labelNames;
    std::vector<RawLabel> m_labels;
    std::vector<StringCacheSlot> m_nameSlots;
    std::vector<StringCacheSlot> m_valueSlots;
    std::vector<quint32> m_order;  ///< label positions in name order, for the names in m_nameSlots
    size_t m_orderSize = 0;        ///< how many of m_nameSlots m_order covers; 0 when none
    std::deque<std::string> m_arena;
    std::string m_scratch;
};

} // namespace

bool PrometheusTextParser::parseValue(QByteArrayView token, double* value)
{
    return parseGoFloat(token.data(), token.data() + token.size(), value) == FloatStatus::Ok;
}

ParseResult PrometheusTextParser::parse(QByteArrayView body)
{
    return Parser(body, Limits()).run();
}

ParseResult PrometheusTextParser::parse(QByteArrayView body, const Limits& limits)
{
    return Parser(body, limits).run();
}

} // namespace Ops::Metrics
