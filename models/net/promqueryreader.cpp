#include "models/net/promqueryreader.h"

#include <QByteArrayView>

#include <cctype>
#include <iterator>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Ops {

namespace {

constexpr int kMaxDepth = 64;

/// A forward-only JSON reader over the answer's bytes. Every method returns false on anything it does
/// not expect; the whole answer is then read the general way.
class Reader
{
public:
    explicit Reader(const QByteArray& body) : m_p(body.constData()), m_end(body.constData() + body.size()) {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    /// A string, unescaped, as UTF-8.
    bool string(QByteArray* out)
    {
        if (!consume('"'))
            return false;
        out->clear();
        const char* start = m_p;
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '"') {
                out->append(start, m_p - start);
                ++m_p;
                // Raw bytes that are not UTF-8 (in any string, a skipped key too) make the answer invalid
                // JSON, which the general way refuses: decline, or the two ways would disagree (found by
                // fuzz_prometheusapi: a stray 0x80 byte in an unknown key).
                return QByteArrayView(*out).isValidUtf8();
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out->append(start, m_p - start);
            if (++m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"': out->append('"'); break;
            case '\\': out->append('\\'); break;
            case '/': out->append('/'); break;
            case 'b': out->append('\b'); break;
            case 'f': out->append('\f'); break;
            case 'n': out->append('\n'); break;
            case 'r': out->append('\r'); break;
            case 't': out->append('\t'); break;
            case 'u': {
                char32_t code = 0;
                if (!hex4(&code))
                    return false;
                if (code >= 0xD800 && code < 0xDC00) { // a surrogate pair
                    char32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low >= 0xE000)
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code < 0xE000) {
                    return false;
                }
                appendUtf8(out, code);
                break;
            }
            default: return false;
            }
            start = m_p;
        }
        return false;
    }

    bool string(QString* out)
    {
        QByteArray utf8;
        if (!string(&utf8))
            return false;
        *out = QString::fromUtf8(utf8);
        return true;
    }

    bool number(double* out)
    {
        skipSpace();
        const char* start = m_p;
        while (m_p != m_end && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' ||
                                *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        // JSON's grammar, which from_chars is laxer than ("08", ".5", "1." are not JSON numbers: found by
        // fuzz_prometheusapi, where the reader read what the document refused).
        if (!isJsonNumber(start, m_p))
            return false;
        const auto [end, error] = std::from_chars(start, m_p, *out);
        return error == std::errc() && end == m_p;
    }

    /// Any value, unread (members of the answer that do not matter here).
    bool skip(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QByteArray ignored;
            return string(&ignored);
        }
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = *m_p == '{';
            ++m_p;
            if (consume(close))
                return true;
            do {
                if (object) {
                    QByteArray key;
                    if (!string(&key) || !consume(':'))
                        return false;
                }
                if (!skip(depth + 1))
                    return false;
            } while (consume(','));
            return consume(close);
        }
        default: {
            for (const char* word : {"true", "false", "null"}) {
                const auto n = qsizetype(std::strlen(word));
                if (m_end - m_p >= n && std::memcmp(m_p, word, size_t(n)) == 0) {
                    m_p += n;
                    return true;
                }
            }
            double ignored = 0;
            return number(&ignored);
        }
        }
    }

private:
    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isJsonNumber(const char* p, const char* end)
    {
        const auto digit = [&](const char* q) { return q != end && *q >= '0' && *q <= '9'; };
        if (p != end && *p == '-')
            ++p;
        if (!digit(p))
            return false;
        if (*p == '0')
            ++p;
        else
            while (digit(p))
                ++p;
        if (p != end && *p == '.') {
            if (!digit(++p))
                return false;
            while (digit(p))
                ++p;
        }
        if (p != end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != end && (*p == '+' || *p == '-'))
                ++p;
            if (!digit(p))
                return false;
            while (digit(p))
                ++p;
        }
        return p == end;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool hex4(char32_t* out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static void appendUtf8(QByteArray* out, char32_t c)
    {
        if (c < 0x80) {
            out->append(char(c));
        } else if (c < 0x800) {
            out->append(char(0xC0 | (c >> 6)));
            out->append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out->append(char(0xE0 | (c >> 12)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
            out->append(char(0x80 | (c & 0x3F)));
        } else {
            out->append(char(0xF0 | (c >> 18)));
            out->append(char(0x80 | ((c >> 12) & 0x3F)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
            out->append(char(0x80 | (c & 0x3F)));
        }
    }

    const char* m_p;
    const char* m_end;
};

/// A sample value as Prometheus writes it in JSON: a decimal, "NaN", "+Inf" or "-Inf".
bool sampleValue(const QByteArray& text, double* out)
{
    if (text == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == "+Inf" || text == "Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == "-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (text.isEmpty() || text.front() == '+')
        return false;
    const auto [end, error] = std::from_chars(text.constData(), text.constData() + text.size(), *out);
    return error == std::errc() && end == text.constData() + text.size() && std::isfinite(*out);
}

/// [<seconds>, "<value>"]
bool point(Reader& in, QPointF* out)
{
    double seconds = 0;
    QByteArray value;
    double v = 0;
    if (!in.consume('[') || !in.number(&seconds) || !in.consume(',') || !in.string(&value) || !in.consume(']') ||
        !sampleValue(value, &v))
        return false;
    *out = QPointF(std::round(seconds * 1000.0), v);
    return true;
}

/// The keys the reader interprets, seen so far in one object: one of them twice makes the answer the
/// document's to judge (Qt keeps one, the reader would keep the other: found by fuzz_prometheusapi with
/// "metric" twice). Other keys are skipped either way and not remembered (a flat bit set: no quadratic
/// cost for an object of a million unknown keys).
class Seen
{
public:
    bool first(const QByteArray& key)
    {
        static const char* const interpreted[] = {"status", "warnings", "data", "resultType",
                                                  "result", "metric", "values", "value"};
        for (unsigned i = 0; i < std::size(interpreted); ++i) {
            if (key == interpreted[i]) {
                if (m_bits & (1u << i))
                    return false;
                m_bits |= 1u << i;
                return true;
            }
        }
        return true;
    }

private:
    unsigned m_bits = 0;
};

bool labels(Reader& in, PromLabels* out)
{
    if (!in.consume('{'))
        return false;
    if (in.consume('}'))
        return true;
    do {
        QString key;
        QString value;
        if (!in.string(&key) || !in.consume(':') || !in.string(&value))
            return false;
        // A name twice: which one counts is the document's call (found by fuzz_prometheusapi).
        if (out->contains(key))
            return false;
        out->insert(key, value);
    } while (in.consume(','));
    return in.consume('}');
}

/// {"metric": {…}, "values": [[t, "v"], …]} or {"metric": {…}, "value": [t, "v"]}
bool series(Reader& in, PromSeries* out, bool* hadValues, bool* hadValue)
{
    if (!in.consume('{'))
        return false;
    if (in.consume('}'))
        return true;
    Seen seen;
    do {
        QByteArray key;
        if (!in.string(&key) || !in.consume(':') || !seen.first(key))
            return false;
        if (key == "metric") {
            if (!labels(in, &out->labels))
                return false;
        } else if (key == "values") {
            *hadValues = true;
            if (!in.consume('['))
                return false;
            if (!in.consume(']')) {
                do {
                    QPointF p;
                    if (!point(in, &p))
                        return false;
                    out->points.append(p);
                } while (in.consume(','));
                if (!in.consume(']'))
                    return false;
            }
        } else if (key == "value") {
            *hadValue = true;
            QPointF p;
            if (!point(in, &p))
                return false;
            out->points.append(p);
        } else if (!in.skip()) { // histograms and anything newer: the general way says what it makes of it
            return false;
        }
    } while (in.consume(','));
    return in.consume('}');
}

} // namespace

std::optional<PromQueryResult> readQueryResult(const HttpOutcome& outcome)
{
    if (!outcome.transferred() || outcome.httpStatus >= 400)
        return std::nullopt;
    Reader in(outcome.body);
    PromQueryResult result;
    result.status.transport = outcome.failure;
    result.status.httpStatus = outcome.httpStatus;
    result.status.latencyMs = outcome.latencyMs;
    QByteArray status;
    QByteArray type;
    bool hadValues = false;
    bool hadValue = false;
    bool hadResult = false;
    if (!in.consume('{'))
        return std::nullopt;
    Seen seenTop;
    do {
        QByteArray key;
        if (!in.string(&key) || !in.consume(':') || !seenTop.first(key))
            return std::nullopt;
        if (key == "status") {
            if (!in.string(&status))
                return std::nullopt;
        } else if (key == "warnings") {
            if (!in.consume('['))
                return std::nullopt;
            if (!in.consume(']')) {
                do {
                    QString warning;
                    if (!in.string(&warning))
                        return std::nullopt;
                    result.status.warnings.append(warning);
                } while (in.consume(','));
                if (!in.consume(']'))
                    return std::nullopt;
            }
        } else if (key == "data") {
            if (!in.consume('{'))
                return std::nullopt;
            Seen seenData;
            do {
                QByteArray member;
                if (!in.string(&member) || !in.consume(':') || !seenData.first(member))
                    return std::nullopt;
                if (member == "resultType") {
                    if (!in.string(&type))
                        return std::nullopt;
                } else if (member == "result") {
                    hadResult = true;
                    if (!in.consume('['))
                        return std::nullopt;
                    if (!in.consume(']')) {
                        do {
                            PromSeries s;
                            if (!series(in, &s, &hadValues, &hadValue))
                                return std::nullopt;
                            result.series.append(std::move(s));
                        } while (in.consume(','));
                        if (!in.consume(']'))
                            return std::nullopt;
                    }
                } else if (!in.skip()) {
                    return std::nullopt;
                }
            } while (in.consume(','));
            if (!in.consume('}'))
                return std::nullopt;
        } else if (!in.skip()) {
            return std::nullopt;
        }
    } while (in.consume(','));
    if (!in.consume('}') || !in.atEnd() || status != "success" || !hadResult)
        return std::nullopt;
    if (type == "matrix" && !hadValue)
        result.type = PromResultType::Matrix;
    else if (type == "vector" && !hadValues)
        result.type = PromResultType::Vector;
    else
        return std::nullopt;
    result.status.ok = true;
    return result;
}

} // namespace Ops
