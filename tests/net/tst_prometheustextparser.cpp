#include "models/net/prometheustextparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <ctime>
#include <limits>
#include <malloc.h>

using namespace Ops::Metrics;

Q_DECLARE_METATYPE(Ops::Metrics::ParseError)

namespace {

/// What an upstream parser says about a body. "textparse" means Prometheus' scrape of the body:
/// model/textparse's PromParser plus the scrape loop's label checks (a duplicate label name, also
/// __name__ given as a label, fails the scrape although the parser itself passes it).
enum class Upstream { Accepts, Refuses, NotStated };

} // namespace

Q_DECLARE_METATYPE(Upstream)

namespace {

/// Bytes of a literal including NUL bytes inside it.
template<size_t N>
QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

constexpr auto A = Upstream::Accepts;
constexpr auto R = Upstream::Refuses;
constexpr auto NS = Upstream::NotStated;

} // namespace

class TestPrometheusTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void basicCounterAndGauge();
    void commentsAndHelpText();
    void escapedLabelValues();
    void quotedNames();
    void rawNewlineInLabelValueCountsLines();
    void specialValuesAndTimestamps();
    void parseValue_data();
    void parseValue();
    void histogram();
    void histogramBucketsInAnyOrder();
    void summarySamplesBelongToTheirFamily();
    void untypedAndTrailingComma();
    void labelsSortedAndShared();
    void errorCarriesLineNumber();
    void seedCorpusVerdicts();
    void limits_data();
    void limits();
    void linearInLabelsPerLine();
    void memoryStaysProportional();
    void largeBodyIsFast();
};

// ---- conformance with Prometheus' own parsers ----------------------------------------------------
//
// Every class of case in the upstream parsers' tests, mirrored by a body of our own with the verdict
// of each upstream parser and ours:
//   expfmt    = prometheus/common expfmt/text_parse_test.go (TestTextParse, TestTextParseError,
//               TestTextParseMissingMetricName), UTF-8 validation scheme;
//   textparse = prometheus/prometheus model/textparse/promparse_test.go (TestPromParse,
//               TestUTF8PromParse, TestPromParseErrors, TestPromNullByteHandling).
// Rows named "own:" are classes issue 16 and 15 name that neither suite covers; their upstream
// verdicts come from reading the two parsers' code.
//
// Rule: where expfmt and textparse agree, we agree. Where they disagree we follow textparse (the
// scrape path), except where the `deviation` column says why not; the test checks that a deviation
// is given exactly where our verdict differs from textparse's. The deviations all come from issue 16
// (and the format's own text): a body must end in a newline; label values know only three escapes;
// TYPE at most once per family and before its samples.
//
// Upstream bodies without a final newline get one (textparse appends one to every body itself);
// the missing newline is a row of its own.
void TestPrometheusTextParser::conformance_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Upstream>("expfmt");
    QTest::addColumn<Upstream>("textparse");
    QTest::addColumn<ParseError>("code"); // ParseError::None: accepted
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("samples"); // when accepted
    QTest::addColumn<QString>("deviation");

    auto ok = [](const char* name, const QByteArray& body, Upstream expfmt, Upstream textparse, int samples,
                 const QString& deviation = {}) {
        QTest::newRow(name) << body << expfmt << textparse << ParseError::None << 0 << samples << deviation;
    };
    auto bad = [](const char* name, const QByteArray& body, Upstream expfmt, Upstream textparse, ParseError code,
                  int line, const QString& deviation = {}) {
        QTest::newRow(name) << body << expfmt << textparse << code << line << 0 << deviation;
    };
    const QString finalNewline = QStringLiteral("issue 16: a body must end in a newline (a cut body is refused, "
                                                "not read short); textparse appends one itself");
    const QString threeEscapes = QStringLiteral("issue 16 and the format: label values know only \\\\ \\\" \\n; "
                                                "textparse keeps other escapes as written");
    const QString typeOnce = QStringLiteral("issue 16 and the format: TYPE at most once per family and before "
                                            "its samples; textparse does not check");
    const QString neverShort = QStringLiteral("issue 16: never read short; textparse stops at a NUL byte at the "
                                              "start of a line as if the body ended there");

    // --- expfmt TestTextParse: bodies it accepts -------------------------------------------------
    ok("expfmt TestTextParse#0 empty lines", "\n\n", A, A, 0);
    ok("expfmt TestTextParse#1 minimal: untyped, exponent, timestamp, {}, HELP of no family",
       "\nminimal_metric 1.234\nanother_metric -3e3 103948\n# Even that:\nno_labels{} 3\n"
       "# HELP line for non-existing metric will be ignored.\n",
       A, A, 3);
    ok("expfmt TestTextParse#2 counter, gauge, docstrings, blanks, escapes",
       "\n# A normal comment.\n#\n# TYPE name counter\nname{labelname=\"val1\",basename=\"basevalue\"} NaN\n"
       "name {labelname=\"val2\",basename=\"base\\\"v\\\\al\\nue\"} 0.23 1234567890\n"
       "# HELP name two-line\\n doc  str\\\\ing\n\n # HELP  name2  \tdoc str\"ing 2\n  #    TYPE    name2 gauge\n"
       "name2{labelname=\"val2\"\t,basename   =   \"basevalue2\"\t\t} +Inf 54321\n"
       "name2{ labelname = \"val1\" , }-Inf\n",
       A, A, 4);
    const QByteArray evilSummary =
        "\n# TYPE my_summary summary\nmy_summary{n1=\"val1\",quantile=\"0.5\"} 110\ndecoy -1 -2\n"
        "my_summary{n1=\"val1\",quantile=\"0.9\"} 140 1\nmy_summary_count{n1=\"val1\"} 42\n"
        "# Latest timestamp wins in case of a summary.\nmy_summary_sum{n1=\"val1\"} 4711 2\nfake_sum{n1=\"val1\"} 2001\n"
        "# TYPE another_summary summary\nanother_summary_count{n2=\"val2\",n1=\"val1\"} 20\n"
        "my_summary_count{n2=\"val2\",n1=\"val1\"} 5 5\nanother_summary{n1=\"val1\",n2=\"val2\",quantile=\".3\"} -1.2\n"
        "my_summary_sum{n1=\"val2\"} 08 15\nmy_summary{n1=\"val3\", quantile=\"0.2\"} 4711\n"
        "  my_summary{n1=\"val1\",n2=\"val2\",quantile=\"-12.34\",} NaN\n# some\n# funny comments\n# HELP\n# HELP\n"
        "# HELP my_summary\n# HELP my_summary\n";
    // textparse's timestamp is [0-9]+: "decoy -1 -2" fails the scrape.
    bad("expfmt TestTextParse#3 evil summary (negative timestamp)", evilSummary, A, R, ParseError::InvalidTimestamp, 4);
    ok("expfmt TestTextParse#3 evil summary: interleaved families, funny comments, bare and repeated HELP",
       QByteArray(evilSummary).replace("decoy -1 -2", "decoy -1 2"), A, A, 12);
    const QByteArray histogramBody =
        "\n# HELP request_duration_microseconds The response latency.\n"
        "# TYPE request_duration_microseconds histogram\n"
        "request_duration_microseconds_bucket{le=\"100\"} 123\nrequest_duration_microseconds_bucket{le=\"120\"} 412\n"
        "request_duration_microseconds_bucket{le=\"144\"} 592\nrequest_duration_microseconds_bucket{le=\"172.8\"} 1524\n"
        "request_duration_microseconds_bucket{le=\"+Inf\"} 2693\nrequest_duration_microseconds_sum 1.7560473e+06\n"
        "request_duration_microseconds_count 2693\n";
    ok("expfmt TestTextParse#4 histogram", histogramBody, A, A, 7);
    ok("expfmt TestTextParse#5 quoted metric name, quoted label name with dots",
       "\n# HELP \"my.noncompliant.metric\" help text\n# TYPE \"my.noncompliant.metric\" counter\n"
       "{\"my.noncompliant.metric\",\"label.name\"=\"value\"} 1\n",
       A, A, 1);
    ok("expfmt TestTextParse#6 dotted family with labels",
       "\n# HELP \"name.with.dots\" boring help\n# TYPE \"name.with.dots\" counter\n"
       "{\"name.with.dots\",labelname=\"val1\",basename=\"basevalue\"} 42.0\n"
       "{\"name.with.dots\",labelname=\"val2\",basename=\"basevalue\"} 0.23 1234567890\n",
       A, A, 2);
    const QByteArray dotsNoLabels = "\n\t\t\t\t# HELP \"name.with.dots\" boring help\n"
                                    "\t\t\t\t# TYPE \"name.with.dots\" counter\n\t\t\t\t{\"name.with.dots\"} 42.0\n"
                                    "\t\t\t\t{\"name.with.dots\"} 0.23 1234567890\n";
    ok("expfmt TestTextParse#7 dotted family without labels, indented lines", dotsNoLabels, A, A, 2);
    bad("expfmt TestTextParse#7 as upstream: a last line of tabs without newline", dotsNoLabels + "\t\t\t\t", A, A,
        ParseError::MissingFinalNewline, 6, finalNewline);
    ok("expfmt TestTextParse#8 quoted names, UTF-8 and escapes in label values, escapes in HELP",
       "# HELP \"gauge.name\" gauge\\ndoc\\nstr\\\"ing\n# TYPE \"gauge.name\" gauge\n"
       "{\"gauge.name\",\"name.1\"=\"val with\\nnew line\",\"name*2\"=\"val with \\\\backslash and \\\"quotes\\\"\"} +Inf\n"
       "{\"gauge.name\",\"name.1\"=\"Bj\xc3\xb6rn\",\"name*2\"=\"\xe4\xbd\x96\xe4\xbd\xa5\"} 3.14e+42\n",
       A, A, 2);
    ok("expfmt TestTextParse#9 escaped quote, newline, backslash in quoted names",
       "\n# HELP \"my\\\"noncompliant\\nmetric\\\\\" help text\n# TYPE \"my\\\"noncompliant\\nmetric\\\\\" counter\n"
       "{\"my\\\"noncompliant\\nmetric\\\\\",\"label\\\"name\\n\"=\"value\"} 1\n",
       A, A, 1);
    ok("expfmt TestTextParse#10 quoted metric name after a label",
       "\n# HELP \"my.noncompliant.metric\" help text\n# TYPE \"my.noncompliant.metric\" counter\n"
       "{labelname=\"value\", \"my.noncompliant.metric\"} 1\n",
       A, A, 1);
    ok("expfmt TestTextParse#11 several minimal quoted names", "\n{\"name.1\"} 1\n{\"name.2\"} 1\n{\"name.3\"} 1\n", A, A,
       3);
    ok("expfmt TestTextParse#12 float histogram",
       QByteArray(histogramBody).replace(" 123\n", " 123.5\n").replace("count 2693", "count 2693.9"), A, A, 7);
    ok("expfmt TestTextParse#13 histogram without a +Inf bucket",
       QByteArray(histogramBody).replace("request_duration_microseconds_bucket{le=\"+Inf\"} 2693\n", ""), A, A, 6);
    ok("expfmt TestTextParse#14 histogram with one float bucket",
       QByteArray(histogramBody).replace(" 1524\n", " 1524.8\n"), A, A, 7);
    bad("expfmt TestTextParse#15 type gaugehistogram",
        QByteArray(histogramBody).replace("histogram\n", "gaugehistogram\n"), A, R, ParseError::InvalidType, 3);
    bad("expfmt TestTextParse#16 type gauge_histogram",
        QByteArray(histogramBody).replace("histogram\n", "gauge_histogram\n"), A, R, ParseError::InvalidType, 3);
    bad("expfmt TestTextParse#17 float gauge_histogram",
        QByteArray(histogramBody).replace("histogram\n", "gauge_histogram\n").replace(" 1524\n", " 1524.8\n"), A, R,
        ParseError::InvalidType, 3);

    // --- expfmt TestTextParseError: bodies it refuses ---------------------------------------------
    bad("expfmt TestTextParseError#0 no newline at the end", "\nbla 3.14\nblubber 42", R, A,
        ParseError::MissingFinalNewline, 3, finalNewline);
    bad("expfmt TestTextParseError#1 escape \\t in a label value", "metric{label=\"\\t\"} 3.14\n", R, A,
        ParseError::BadEscape, 1, threeEscapes);
    ok("expfmt TestTextParseError#2 raw newline in a label value", "\nmetric{label=\"new\nline\"} 3.14\n", R, A, 1);
    bad("expfmt TestTextParseError#3 label name @", "metric{@=\"bla\"} 3.14\n", R, R, ParseError::InvalidLabelName, 1);
    bad("expfmt TestTextParseError#4 label __name__", "metric{__name__=\"bla\"} 3.14\n", R, R,
        ParseError::ReservedLabel, 1);
    bad("expfmt TestTextParseError#5 label name with +", "metric{label+=\"bla\"} 3.14\n", R, R,
        ParseError::MalformedLabels, 1);
    bad("expfmt TestTextParseError#6 unquoted label value", "metric{label=bla} 3.14\n", R, R,
        ParseError::MalformedLabels, 1);
    ok("expfmt TestTextParseError#7 summary quantile not a number",
       "\n# TYPE metric summary\nmetric{quantile=\"bla\"} 3.14\n", R, A, 1);
    bad("expfmt TestTextParseError#8 text after a label value", "metric{label=\"bla\"+} 3.14\n", R, R,
        ParseError::InvalidLabelName, 1);
    bad("expfmt TestTextParseError#9 float timestamp", "metric{label=\"bla\"} 3.14 2.72\n", R, R,
        ParseError::InvalidTimestamp, 1);
    bad("expfmt TestTextParseError#10 text after the timestamp", "metric{label=\"bla\"} 3.14 2 3\n", R, R,
        ParseError::UnexpectedText, 1);
    bad("expfmt TestTextParseError#11 value not a number", "metric{label=\"bla\"} blubb\n", R, R,
        ParseError::InvalidValue, 1);
    ok("expfmt TestTextParseError#12 second HELP line", "\n# HELP metric one\n# HELP metric two\n", R, A, 0);
    bad("expfmt TestTextParseError#13 second TYPE line", "\n# TYPE metric counter\n# TYPE metric untyped\n", R, A,
        ParseError::DuplicateType, 3, typeOnce);
    bad("expfmt TestTextParseError#14 TYPE after the samples", "\nmetric 4.12\n# TYPE metric counter\n", R, A,
        ParseError::TypeAfterSamples, 3, typeOnce);
    bad("expfmt TestTextParseError#15 unknown type", "\n# TYPE metric bla\n", R, R, ParseError::InvalidType, 2);
    bad("expfmt TestTextParseError#16 metric name with - in TYPE", "\n# TYPE met-ric\n", R, R, ParseError::InvalidType,
        2);
    bad("expfmt TestTextParseError#17 metric name starting with @", "@invalidmetric{label=\"bla\"} 3.14 2\n", R, R,
        ParseError::InvalidMetricName, 1);
    bad("expfmt TestTextParseError#18 labels without a metric name", "{label=\"bla\"} 3.14 2\n", R, R,
        ParseError::InvalidMetricName, 1);
    ok("expfmt TestTextParseError#19 le not a number", "\n# TYPE metric histogram\nmetric_bucket{le=\"bla\"} 3.14\n", R,
       A, 1);
    bad("expfmt TestTextParseError#20 invalid UTF-8 in a label value", "metric{l=\"\xbd\"} 3.14\n", R, R,
        ParseError::InvalidUtf8, 1);
    bad("expfmt TestTextParseError#21 underscore in a value", "foo 1_2\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#22 hexadecimal float 0x1p-3", "foo 0x1p-3\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#23 hexadecimal float 0x1P-3", "foo 0x1P-3\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#24 binary 0B1", "foo 0B1\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#25 octal 0O1", "foo 0O1\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#26 hexadecimal 0X1", "foo 0X1\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#27/30/31 hexadecimal 0x1", "foo 0x1\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#28 binary 0b1", "foo 0b1\n", R, R, ParseError::InvalidValue, 1);
    bad("expfmt TestTextParseError#29 octal 0o1", "foo 0o1\n", R, R, ParseError::InvalidValue, 1);
    ok("expfmt TestTextParseError#32 le hexadecimal float",
       "\n# TYPE metric histogram\nmetric_bucket{le=\"0x1p-3\"} 3.14\n", R, A, 1);
    ok("expfmt TestTextParseError#33 quantile hexadecimal float",
       "\n# TYPE metric summary\nmetric{quantile=\"0x1p-3\"} 3.14\n", R, A, 1);
    bad("expfmt TestTextParseError#34 duplicate label name", "metric{label=\"bla\",label=\"bla\"} 3.14\n", R, R,
        ParseError::DuplicateLabel, 1);
    bad("expfmt TestTextParseError#35 two quoted metric names", "{\"one.name\",\"another.name\"} 3.14\n", R, R,
        ParseError::InvalidMetricName, 1);
    ok("expfmt TestTextParseError#36 unknown escape in a quoted metric name",
       "{\"a\\xc5z\",label=\"bla\"} 3.14\n", R, A, 1);
    bad("expfmt TestTextParseError#37 quoted metric name followed by .", "{\"metric.name\".label=\"bla\"} 3.14\n", R, R,
        ParseError::MalformedLabels, 1);
    ok("expfmt TestTextParseError#38 escape \\t in a quoted name in TYPE",
       "\n# TYPE \"metric.name\\t\" counter\n{\"metric.name\\t\",label=\"bla\"} 3.14\n", R, A, 1);
    ok("expfmt TestTextParseError#39 raw newline in a quoted metric name",
       "\n# TYPE \"metric\nname\" counter\n{\"metric\nname\",label=\"bla\"} 3.14\n", R, A, 1);
    ok("expfmt TestTextParseError#40 raw newline in a quoted label name",
       "\n{\"metric.name\",\"new\nline\"=\"bla\"} 3.14\n", R, A, 1);
    ok("expfmt TestTextParseError#41 dotted metric name (UTF-8 scheme)", "{\"metric.name\",foo=\"bla\"} 3.14\n", A, A, 1);
    ok("expfmt TestTextParseError#42 dotted label name (UTF-8 scheme)",
       "metric_name{\"foo\"=\"bar\", \"dotted.label\"=\"bla\"} 3.14\n", A, A, 1);
    ok("expfmt TestTextParseError#43 histogram with negative count",
       QByteArray(histogramBody).replace("count 2693", "count -2693"), R, A, 7);
    ok("expfmt TestTextParseError#44 histogram with negative bucket",
       QByteArray(histogramBody).replace("} 412", "} -412"), R, A, 7);
    ok("expfmt TestTextParseError#45 histogram with negative float count",
       QByteArray(histogramBody).replace("count 2693", "count -2693.123"), R, A, 7);
    ok("expfmt TestTextParseError#46 histogram with negative float bucket",
       QByteArray(histogramBody).replace("} 412", "} -412.456"), R, A, 7);
    bad("expfmt TestTextParseError#47 empty braces, no metric name", "{} 3.14\n", R, R, ParseError::InvalidMetricName, 1);

    // --- expfmt TestTextParseMissingMetricName: every prefix before every nameless sample ---------
    static const char* const prefixes[] = {"",
                                           "#TYPE A000000 summArY\n",
                                           "# TYPE metric histogram\n",
                                           "# HELP metric Help text.\n",
                                           "metric 1\n",
                                           "{\"metric\"} 1\n"};
    static const char* const nameless[] = {"{} 2\n", "{label=\"value\"} 2\n", "{label=\"value\",} 2\n"};
    static QList<QByteArray> rowNames; // newRow keeps the pointer
    for (const char* prefix : prefixes) {
        for (const char* sample : nameless) {
            rowNames.append("expfmt TestTextParseMissingMetricName " + QByteArray(prefix).replace('\n', "\\n") +
                            QByteArray(sample).replace('\n', "\\n"));
            bad(rowNames.last().constData(), QByteArray(prefix) + sample, R, R, ParseError::InvalidMetricName,
                QByteArray(prefix).count('\n') + 1);
        }
    }

    // --- textparse TestPromParse: one body with every class, then each class alone ----------------
    const QByteArray promParse =
        bytes("# HELP go_gc_duration_seconds A summary of the GC invocation durations.\n"
              "# \tTYPE go_gc_duration_seconds summary\n"
              "go_gc_duration_seconds{quantile=\"0\"} 4.9351e-05\n"
              "go_gc_duration_seconds{quantile=\"0.25\",} 7.424100000000001e-05\n"
              "go_gc_duration_seconds{quantile=\"0.5\",a=\"b\"} 8.3835e-05\n"
              "go_gc_duration_seconds{quantile=\"0.8\", a=\"b\"} 8.3835e-05\n"
              "go_gc_duration_seconds{ quantile=\"0.9\", a=\"b\"} 8.3835e-05\n"
              "# Hrandom comment starting with prefix of HELP\n"
              "#\n"
              "wind_speed{A=\"2\",c=\"3\"} 12345\n"
              "# comment with escaped \\n newline\n"
              "# comment with escaped \\ escape character\n"
              "# HELP nohelp1\n"
              "# HELP nohelp2 \n"
              "go_gc_duration_seconds{ quantile=\"1.0\", a=\"b\" } 8.3835e-05\n"
              "go_gc_duration_seconds { quantile=\"1.0\", a=\"b\" } 8.3835e-05\n"
              "go_gc_duration_seconds { quantile= \"1.0\", a= \"b\", } 8.3835e-05\n"
              "go_gc_duration_seconds { quantile = \"1.0\", a = \"b\" } 8.3835e-05\n"
              "go_gc_duration_seconds { quantile = \"2.0\" a = \"b\" } 8.3835e-05\n"
              "go_gc_duration_seconds_count 99\n"
              "some:aggregate:rate5m{a_b=\"c\"}\t1\n"
              "# HELP go_goroutines Number of goroutines that currently exist.\n"
              "# TYPE go_goroutines gauge\n"
              "go_goroutines 33  \t123123\n"
              "_metric_starting_with_underscore 1\n"
              "testmetric{_label_starting_with_underscore=\"foo\"} 1\n"
              "testmetric{label=\"\\\"bar\\\"\"} 1\n"
              "# HELP metric foo\0bar\n"
              "null_byte_metric{a=\"abc\0\"} 1\n");
    // expfmt refuses the missing comma ("quantile = \"2.0\" a = \"b\"").
    ok("textparse TestPromParse whole body", promParse, R, A, 18);
    ok("textparse TestPromParse tab between # and TYPE", "# \tTYPE a summary\na{quantile=\"0\"} 1\n", A, A, 1);
    ok("textparse TestPromParse blanks around every label token",
       "a { quantile = \"1.0\" , b= \"c\", } 8.3835e-05\n", A, A, 1);
    ok("textparse TestPromParse no comma between two labels", "a { quantile = \"2.0\" b = \"c\" } 1\n", R, A, 1);
    ok("textparse TestPromParse comments: prefix of HELP, bare #, escapes",
       "# Hrandom comment starting with prefix of HELP\n#\n# comment with escaped \\n newline\n"
       "# comment with escaped \\ escape character\na 1\n",
       A, A, 1);
    ok("textparse TestPromParse HELP with a name and no text", "# HELP nohelp1\n# HELP nohelp2 \nnohelp1 1\n", A, A, 1);
    ok("textparse TestPromParse colons in names, tab before the value", "some:aggregate:rate5m{a_b=\"c\"}\t1\n", A, A, 1);
    ok("textparse TestPromParse blanks before the timestamp", "go_goroutines 33  \t123123\n", A, A, 1);
    ok("textparse TestPromParse names starting with _",
       "_metric_starting_with_underscore 1\ntestmetric{_label_starting_with_underscore=\"foo\"} 1\n", A, A, 2);
    ok("textparse TestPromParse escaped quotes in a label value", "testmetric{label=\"\\\"bar\\\"\"} 1\n", A, A, 1);
    ok("textparse TestPromParse NUL in HELP text", bytes("# HELP metric foo\0bar\nmetric 1\n"), A, A, 1);
    ok("textparse TestPromParse NUL in a label value", bytes("null_byte_metric{a=\"abc\0\"} 1\n"), A, A, 1);
    ok("textparse TestUTF8PromParse whole body",
       "# HELP \"go.gc_duration_seconds\" A summary of the GC invocation durations.\n"
       "# \tTYPE \"go.gc_duration_seconds\" summary\n"
       "{\"go.gc_duration_seconds\",quantile=\"0\"} 4.9351e-05\n"
       "{\"go.gc_duration_seconds\",quantile=\"0.25\",} 7.424100000000001e-05\n"
       "{\"go.gc_duration_seconds\",quantile=\"0.5\",a=\"b\"} 8.3835e-05\n"
       "{\"go.gc_duration_seconds\",quantile=\"0.8\", a=\"b\"} 8.3835e-05\n"
       "{\"go.gc_duration_seconds\", quantile=\"0.9\", a=\"b\"} 8.3835e-05\n"
       "{\"go.gc_duration_seconds\", quantile=\"1.0\", a=\"b\" } 8.3835e-05\n"
       "{ \"go.gc_duration_seconds\", quantile=\"1.0\", a=\"b\" } 8.3835e-05\n"
       "{ \"go.gc_duration_seconds\", quantile= \"1.0\", a= \"b\", } 8.3835e-05\n"
       "{ \"go.gc_duration_seconds\", quantile = \"1.0\", a = \"b\" } 8.3835e-05\n"
       "{\"go.gc_duration_seconds_count\"} 99\n"
       "{\"Heiz\xc3\xb6lr\xc3\xbc\x63ksto\xc3\x9f\x61\x62\x64\xc3\xa4mpfung 10\xe2\x82\xac metric with \\\"interesting\\\" "
       "{character\\nchoices}\",\"strange\xc2\xa9\xe2\x84\xa2\\n'quoted' \\\"name\\\"\"=\"6\"} 10.0\n",
       NS, A, 11);

    // --- textparse TestPromParseErrors -----------------------------------------------------------
    bad("textparse TestPromParseErrors no value", "a\n", R, R, ParseError::InvalidValue, 1);
    bad("textparse TestPromParseErrors no value, no newline", "a", R, R, ParseError::MissingFinalNewline, 1);
    bad("textparse TestPromParseErrors single-quoted label value", "a{b='c'} 1\n", R, R, ParseError::MalformedLabels, 1);
    bad("textparse TestPromParseErrors newline before a label value", "a{b=\n", R, R, ParseError::MalformedLabels, 1);
    bad("textparse TestPromParseErrors byte 0xff as a label name", "a{\xff=\"foo\"} 1\n", R, R,
        ParseError::InvalidLabelName, 1);
    bad("textparse TestPromParseErrors byte 0xff in a label value", "a{b=\"\xff\"} 1\n", R, R, ParseError::InvalidUtf8, 1);
    bad("textparse TestPromParseErrors quoted label name without =", "{\"a\", \"b = \"c\"}\n", R, R,
        ParseError::MalformedLabels, 1);
    bad("textparse TestPromParseErrors backslash in a label name", "{\"a\",b\\nc=\"d\"} 1\n", R, R,
        ParseError::MalformedLabels, 1);
    bad("textparse TestPromParseErrors value true", "a true\n", R, R, ParseError::InvalidValue, 1);
    bad("textparse TestPromParseErrors label value not closed", "something_weird{problem=\"\n", R, R,
        ParseError::UnterminatedString, 2);
    bad("textparse TestPromParseErrors empty label name", "empty_label_name{=\"\"} 0\n", R, R,
        ParseError::InvalidLabelName, 1);
    bad("textparse TestPromParseErrors timestamp with _", "foo 0 1_2\n", R, R, ParseError::InvalidTimestamp, 1);
    bad("textparse TestPromParseErrors metric name not set", "{a=\"ok\"} 1\n", R, R, ParseError::InvalidMetricName, 1);
    bad("textparse TestPromParseErrors # after TYPE", "# TYPE #\n#EOF\n", R, R, ParseError::InvalidMetricName, 1);
    bad("textparse TestPromParseErrors # after HELP", "# HELP #\n#EOF\n", R, R, ParseError::InvalidMetricName, 1);

    // --- textparse TestPromNullByteHandling ------------------------------------------------------
    ok("textparse TestPromNullByteHandling NUL at the end of a label value", bytes("a{b=\"abc\0\"} 1\n"), NS, A, 1);
    ok("textparse TestPromNullByteHandling NUL at the start of a label value", bytes("a{b=\"\0ss\"} 1\n"), NS, A, 1);
    ok("textparse TestPromNullByteHandling label value of one NUL", bytes("a{b=\"\0\"} 1\n"), NS, A, 1);
    bad("textparse TestPromNullByteHandling NUL before the opening quote", bytes("a{b=\0\"ssss\"} 1\n"), NS, R,
        ParseError::MalformedLabels, 1);
    bad("textparse TestPromNullByteHandling label value not closed after a NUL", bytes("a{b=\"\0\n"), NS, R,
        ParseError::UnterminatedString, 2);
    bad("textparse TestPromNullByteHandling NUL in a label name", bytes("a{b\0=\"hiih\"}\t1\n"), NS, R,
        ParseError::MalformedLabels, 1);
    bad("textparse TestPromNullByteHandling NUL after the metric name", bytes("a\0{b=\"ddd\"} 1\n"), NS, R,
        ParseError::InvalidValue, 1);
    bad("textparse TestPromNullByteHandling NUL after the timestamp", bytes("a 0 1\0\n"), NS, R,
        ParseError::InvalidTimestamp, 1);

    // --- own: classes issue 16 / 15 name that the upstream tests do not cover ---------------------
    bad("own: body cut in the middle of a line", "a 1\nb 2", R, A, ParseError::MissingFinalNewline, 2, finalNewline);
    bad("own: body cut inside a label value", "a 1\nb{c=\"x", R, R, ParseError::MissingFinalNewline, 2);
    bad("own: NUL at the start of a line", bytes("a 1\n\0b 2\n"), R, A, ParseError::InvalidMetricName, 2, neverShort);
    bad("own: invalid UTF-8 in HELP text", "# HELP a caf\xe9\na 1\n", A, R, ParseError::InvalidUtf8, 1);
    bad("own: overlong UTF-8 in a label value", "a{b=\"\xc0\xaf\"} 1\n", R, R, ParseError::InvalidUtf8, 1);
    bad("own: UTF-8-encoded surrogate in a label value", "a{b=\"\xed\xa0\x80\"} 1\n", R, R, ParseError::InvalidUtf8, 1);
    bad("own: code point above U+10FFFF in a label value", "a{b=\"\xf4\x90\x80\x80\"} 1\n", R, R,
        ParseError::InvalidUtf8, 1);
    bad("own: truncated UTF-8 sequence in a label value", "a{b=\"\xe2\x82\"} 1\n", R, R, ParseError::InvalidUtf8, 1);
    bad("own: invalid UTF-8 in a quoted metric name", "{\"a\xff\"} 1\n", R, R, ParseError::InvalidUtf8, 1);
    ok("own: four-byte UTF-8 in a label value", "a{b=\"\xf0\x9f\x8c\xb8\"} 1\n", A, A, 1);
    bad("own: value overflows a double", "a 1e309\n", R, R, ParseError::ValueOutOfRange, 1);
    bad("own: negative value overflows a double", "a -1.8e308\n", R, R, ParseError::ValueOutOfRange, 1);
    ok("own: value underflows to zero", "a 1e-400\n", A, A, 1);
    ok("own: NaN, +Inf, -Inf, inf, Infinity, nan",
       "a NaN\nb +Inf\nc -Inf\nd inf\ne Infinity\nf nan\ng +infinity\n", A, A, 7);
    bad("own: signed NaN", "a -NaN\n", R, R, ParseError::InvalidValue, 1);
    bad("own: Infinit", "a Infinit\n", R, R, ParseError::InvalidValue, 1);
    ok("own: decimal forms .5 5. 1E5 08 -0", "a .5\nb 5.\nc 1E5\nd 08\ne -0\n", A, A, 5);
    bad("own: exponent without digits", "a 1e\n", R, R, ParseError::InvalidValue, 1);
    ok("own: integer-millisecond timestamp", "a 1 1700000000000\n", A, A, 1);
    ok("own: largest int64 timestamp", "a 1 9223372036854775807\n", A, A, 1);
    bad("own: timestamp overflows int64", "a 1 9223372036854775808\n", R, R, ParseError::InvalidTimestamp, 1);
    bad("own: negative timestamp", "a 1 -1\n", A, R, ParseError::InvalidTimestamp, 1);
    bad("own: timestamp with a + sign", "a 1 +1\n", A, R, ParseError::InvalidTimestamp, 1);
    ok("own: blanks after the value", "a 1 \n", R, A, 1);
    ok("own: blanks after the timestamp", "a 1 2 \n", R, A, 1);
    bad("own: CRLF line ends", "a 1\r\n", R, R, ParseError::InvalidValue, 1);
    bad("own: TYPE keyword in upper case", "# TYPE a COUNTER\na 1\n", A, R, ParseError::InvalidType, 1);
    bad("own: TYPE keyword in mixed case", "# TYPE a Gauge\na 1\n", A, R, ParseError::InvalidType, 1);
    bad("own: two blanks before the TYPE keyword", "# TYPE a  counter\na 1\n", A, R, ParseError::InvalidType, 1);
    bad("own: blank after the TYPE keyword", "# TYPE a counter \na 1\n", R, R, ParseError::InvalidType, 1);
    bad("own: TYPE without a keyword", "# TYPE a\na 1\n", A, R, ParseError::InvalidType, 1);
    bad("own: TYPE twice with the same type", "# TYPE a gauge\n# TYPE a gauge\na 1\n", R, A, ParseError::DuplicateType,
        2, typeOnce);
    ok("own: HELP and TYPE without a name are comments", "# HELP\n# TYPE\n#HELP a b\n# HELPER x\na 1\n", A, A, 1);
    bad("own: HELP followed by a blank and nothing else", "# HELP \na 1\n", A, R, ParseError::InvalidMetricName, 1);
    ok("own: HELP with escapes other than \\\\ and \\n", "# HELP a x\\ty\na 1\n", R, A, 1);
    ok("own: HELP after the samples", "a 1\n# HELP a text\n", A, A, 1);
    ok("own: histogram buckets not cumulative",
       "# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 3\nh_bucket{le=\"+Inf\"} 5\n", A, A, 3);
    ok("own: +Inf bucket differs from _count", "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_count 6\n", A, A, 2);
    ok("own: histogram sample without a suffix", "# TYPE h histogram\nh 1\n", A, A, 1);
    ok("own: bucket without le", "# TYPE h histogram\nh_bucket{x=\"1\"} 1\n", A, A, 1);
    ok("own: summary sample without quantile", "# TYPE s summary\ns{x=\"1\"} 1\n", A, A, 1);
    bad("own: duplicate label name, once quoted", "a{b=\"1\",\"b\"=\"2\"} 1\n", R, R, ParseError::DuplicateLabel, 1);
    bad("own: __name__ as a quoted label name", "{\"a\",\"__name__\"=\"b\"} 1\n", R, R, ParseError::ReservedLabel, 1);
    bad("own: empty quoted metric name", "{\"\"} 1\n", R, R, ParseError::InvalidMetricName, 1);
    bad("own: empty quoted label name", "a{\"\"=\"b\"} 1\n", R, R, ParseError::InvalidLabelName, 1);
    ok("own: empty label value", "a{b=\"\"} 1\n", A, A, 1);
    bad("own: two label sets", "a{b=\"1\"}{c=\"2\"} 1\n", R, R, ParseError::InvalidValue, 1);
    bad("own: metric name and a quoted metric name", "a{\"b\"} 1\n", R, R, ParseError::InvalidMetricName, 1);
    ok("own: value right after the name", "a+1\n", A, A, 1);
    ok("own: a name that extends the previous line's", "ab 1\nabc 2\nab 3\n", A, A, 3);
    bad("own: a quoted name, then its bytes unquoted", "{\"a.b\"} 1\na.b 1\n", R, R, ParseError::InvalidValue, 2);
    bad("own: metric name with a dash", "y-z 1\n", R, R, ParseError::InvalidValue, 1);
    bad("own: metric name starting with a digit", "1y 1\n", R, R, ParseError::InvalidMetricName, 1);
    bad("own: label name with a colon", "y{a:b=\"1\"} 1\n", R, R, ParseError::MalformedLabels, 1);
    bad("own: escaped closing quote leaves the value open", "y{a=\"x\\\"} 1\n", R, R, ParseError::UnterminatedString, 2);
    bad("own: label set not closed", "y{a=\"1\",\n", R, R, ParseError::InvalidLabelName, 1);
}

void TestPrometheusTextParser::conformance()
{
    QFETCH(QByteArray, body);
    QFETCH(Upstream, expfmt);
    QFETCH(Upstream, textparse);
    QFETCH(ParseError, code);
    QFETCH(int, line);
    QFETCH(int, samples);
    QFETCH(QString, deviation);

    const ParseResult r = PrometheusTextParser::parse(body);
    const bool accepted = code == ParseError::None;
    QVERIFY2(r.ok() == accepted, qPrintable(r.error));
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.errorLine, line);
    if (accepted) {
        QCOMPARE(r.sampleCount(), samples);
        QVERIFY(r.error.isEmpty());
    } else {
        QVERIFY(r.families.isEmpty());
        QVERIFY(!r.error.isEmpty());
    }
    // The table's own rule: we follow textparse unless a reason is written down.
    QVERIFY(textparse != Upstream::NotStated);
    const bool agreesWithTextparse = accepted == (textparse == Upstream::Accepts);
    QVERIFY2(agreesWithTextparse == deviation.isEmpty(),
             agreesWithTextparse ? "a deviation is given where we agree with textparse"
                                 : "differs from textparse without a written reason");
    Q_UNUSED(expfmt) // documentation: where expfmt agrees with textparse, so do we (checked above)
}

// ---- results in detail ---------------------------------------------------------------------------

void TestPrometheusTextParser::basicCounterAndGauge()
{
    const QByteArray body = "# HELP http_requests_total The total number of HTTP requests.\n"
                            "# TYPE http_requests_total counter\n"
                            "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n"
                            "http_requests_total{method=\"post\",code=\"400\"}    3 1395066363000\n"
                            "# TYPE temperature gauge\n"
                            "temperature 21.5\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 2);
    const MetricFamily& f = r.families[0];
    QCOMPARE(f.name, QStringLiteral("http_requests_total"));
    QCOMPARE(f.type, MetricType::Counter);
    QCOMPARE(f.help, QStringLiteral("The total number of HTTP requests."));
    QCOMPARE(f.samples.size(), 2);
    // Labels are sorted by name.
    const Labels expected = {{QStringLiteral("code"), QStringLiteral("200")}, {QStringLiteral("method"), QStringLiteral("post")}};
    QCOMPARE(f.samples[0].labels, expected);
    QCOMPARE(f.samples[0].value, 1027.0);
    QCOMPARE(f.samples[0].timestampMs.value_or(0), 1395066363000);
    QCOMPARE(f.samples[1].value, 3.0);
    QCOMPARE(r.families[1].type, MetricType::Gauge);
    QCOMPARE(r.families[1].samples[0].value, 21.5);
    QVERIFY(!r.families[1].samples[0].timestampMs.has_value());
    QCOMPARE(r.sampleCount(), 3);
}

void TestPrometheusTextParser::commentsAndHelpText()
{
    // HELP text as textparse reads it: after the one blank that follows the name, \\ and \n
    // unescaped, other escapes kept as written; a repeated HELP replaces the earlier one.
    const QByteArray body = "# a free comment\n"
                            "\n"
                            "   \t\n"
                            "# HELP lonely help of a family without samples (dropped)\n"
                            "# HELP x first\n"
                            "# HELP x Help with \\\\ backslash, \\n newline, \\t kept, \\\" kept\n"
                            "x 1\n"
                            "# HELP y  two blanks\n"
                            "y 1\n"
                            "# HELP z \n"
                            "z 1\n"
                            "# random # text\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 3);
    QVERIFY(!r.family(QStringLiteral("lonely")));
    QCOMPARE(r.family(QStringLiteral("x"))->help, QStringLiteral("Help with \\ backslash, \n newline, \\t kept, \\\" kept"));
    QCOMPARE(r.family(QStringLiteral("y"))->help, QStringLiteral(" two blanks"));
    QCOMPARE(r.family(QStringLiteral("z"))->help, QString());
    QCOMPARE(r.family(QStringLiteral("x"))->samples.size(), 1);
}

void TestPrometheusTextParser::escapedLabelValues()
{
    const QByteArray body = "msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n"
                            "utf8{name=\"향수\"} 2\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Sample& s = r.families[0].samples[0];
    QCOMPARE(s.label(QStringLiteral("path")), QStringLiteral("C:\\DIR\\FILE.TXT"));
    QCOMPARE(s.label(QStringLiteral("error")), QStringLiteral("Cannot find file:\n\"FILE.TXT\""));
    QCOMPARE(s.value, 1.458255915e9);
    QCOMPARE(r.families[1].samples[0].label(QStringLiteral("name")), QString::fromUtf8("향수"));
}

void TestPrometheusTextParser::quotedNames()
{
    const QByteArray body = "# HELP \"my\\\"metric\\nname\\\\\" help text\n"
                            "# TYPE \"my\\\"metric\\nname\\\\\" counter\n"
                            "{\"my\\\"metric\\nname\\\\\",\"label\\\"name\\n\"=\"value\"} 1\n"
                            "{labelname=\"v\", \"dotted.metric\"} 2\n"
                            "{\"a\\xc5z\"} 3\n"
                            "{\"Bj\xc3\xb6rn\",\"\xe4\xbd\x96\"=\"x\"} 4\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 4);
    const MetricFamily* f = r.family(QStringLiteral("my\"metric\nname\\"));
    QVERIFY(f);
    QCOMPARE(f->type, MetricType::Counter);
    QCOMPARE(f->help, QStringLiteral("help text"));
    QCOMPARE(f->samples[0].name, f->name);
    QCOMPARE(f->samples[0].labels, (Labels{{QStringLiteral("label\"name\n"), QStringLiteral("value")}}));
    QCOMPARE(r.families[1].name, QStringLiteral("dotted.metric"));
    QCOMPARE(r.families[1].samples[0].label(QStringLiteral("labelname")), QStringLiteral("v"));
    // textparse keeps an escape it does not know as written.
    QCOMPARE(r.families[2].name, QStringLiteral("a\\xc5z"));
    QCOMPARE(r.families[3].name, QString::fromUtf8("Bj\xc3\xb6rn"));
    QCOMPARE(r.families[3].samples[0].label(QString::fromUtf8("\xe4\xbd\x96")), QStringLiteral("x"));
}

void TestPrometheusTextParser::rawNewlineInLabelValueCountsLines()
{
    // textparse takes a raw newline inside a label value; the lines after it keep their numbers.
    const ParseResult ok = PrometheusTextParser::parse("a{b=\"x\ny\"} 1\nc 2\n");
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.families[0].samples[0].label(QStringLiteral("b")), QStringLiteral("x\ny"));
    const ParseResult bad = PrometheusTextParser::parse("a{b=\"x\ny\"} 1\nc two\n");
    QCOMPARE(bad.errorCode, ParseError::InvalidValue);
    QCOMPARE(bad.errorLine, 3);
}

void TestPrometheusTextParser::specialValuesAndTimestamps()
{
    const QByteArray body = "a NaN\n"
                            "b +Inf\n"
                            "c -Inf\n"
                            "d -1.5e-3 1000\n"
                            "e 4.9e-324\n"
                            "f 1e-400\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(std::isnan(r.families[0].samples[0].value));
    QVERIFY(std::isinf(r.families[1].samples[0].value) && r.families[1].samples[0].value > 0);
    QVERIFY(std::isinf(r.families[2].samples[0].value) && r.families[2].samples[0].value < 0);
    QCOMPARE(r.families[3].samples[0].value, -0.0015);
    QCOMPARE(r.families[3].samples[0].timestampMs.value_or(0), 1000);
    QCOMPARE(r.families[4].samples[0].value, std::numeric_limits<double>::denorm_min());
    QCOMPARE(r.families[5].samples[0].value, 0.0);
}

void TestPrometheusTextParser::parseValue_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("integer") << QByteArray("42") << true << 42.0;
    QTest::newRow("negative") << QByteArray("-0.25") << true << -0.25;
    QTest::newRow("exponent") << QByteArray("1.7560473e+06") << true << 1756047.3;
    QTest::newRow("+Inf") << QByteArray("+Inf") << true << inf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << true << -inf;
    QTest::newRow("le of a histogram") << QByteArray("0.005") << true << 0.005;
    QTest::newRow("16 digits") << QByteArray("1234567890123456") << true << 1234567890123456.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
    QTest::newRow("sign only") << QByteArray("-") << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e400") << false << 0.0;
    QTest::newRow("hexadecimal") << QByteArray("0x1p3") << false << 0.0;
    QTest::newRow("nan(...)") << QByteArray("nan(1)") << false << 0.0;
    QTest::newRow("blank") << QByteArray(" 1") << false << 0.0;
}

void TestPrometheusTextParser::parseValue()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    QFETCH(double, value);
    double v = 0;
    QCOMPARE(PrometheusTextParser::parseValue(token, &v), valid);
    if (valid)
        QCOMPARE(v, value);
}

void TestPrometheusTextParser::histogram()
{
    const QByteArray body = "# HELP http_request_duration_seconds A histogram of the request duration.\n"
                            "# TYPE http_request_duration_seconds histogram\n"
                            "http_request_duration_seconds_bucket{le=\"0.05\"} 24054\n"
                            "http_request_duration_seconds_bucket{le=\"0.1\"} 33444\n"
                            "http_request_duration_seconds_bucket{le=\"0.2\"} 100392\n"
                            "http_request_duration_seconds_bucket{le=\"0.5\"} 129389\n"
                            "http_request_duration_seconds_bucket{le=\"1\"} 133988\n"
                            "http_request_duration_seconds_bucket{le=\"+Inf\"} 144320\n"
                            "http_request_duration_seconds_sum 53423\n"
                            "http_request_duration_seconds_count 144320\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 1);
    QCOMPARE(r.families[0].type, MetricType::Histogram);
    QCOMPARE(r.families[0].samples.size(), 8);
    QCOMPARE(r.families[0].samples[5].label(QStringLiteral("le")), QStringLiteral("+Inf"));
    QCOMPARE(r.families[0].samples[7].name, QStringLiteral("http_request_duration_seconds_count"));
}

void TestPrometheusTextParser::histogramBucketsInAnyOrder()
{
    // Two series of one histogram, interleaved and unsorted: still valid.
    const QByteArray body = "# TYPE h histogram\n"
                            "h_bucket{path=\"/a\",le=\"+Inf\"} 5\n"
                            "h_bucket{path=\"/b\",le=\"1\"} 1\n"
                            "h_bucket{path=\"/a\",le=\"1\"} 2\n"
                            "h_bucket{path=\"/b\",le=\"+Inf\"} 1\n"
                            "h_count{path=\"/a\"} 5\n"
                            "h_count{path=\"/b\"} 1\n"
                            "h_sum{path=\"/a\"} 7.5\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families[0].samples.size(), 7);
}

void TestPrometheusTextParser::summarySamplesBelongToTheirFamily()
{
    // As expfmt groups them: a suffixed sample joins a summary or histogram typed before it, and
    // stays a family of its own when it comes before the TYPE line.
    const QByteArray body = "x_count 1\n"
                            "# TYPE x summary\n"
                            "x{quantile=\"0.5\"} 2\n"
                            "x_sum 3\n"
                            "x_count 4\n"
                            "x_bucket 5\n"
                            "# TYPE h histogram\n"
                            "h_bucket{le=\"1\"} 6\n"
                            "h_created 7\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.family(QStringLiteral("x_count"))->samples.size(), 1);
    const MetricFamily* x = r.family(QStringLiteral("x"));
    QCOMPARE(x->type, MetricType::Summary);
    QCOMPARE(x->samples.size(), 3);
    QCOMPARE(x->samples[2].name, QStringLiteral("x_count"));
    QCOMPARE(x->samples[2].value, 4.0);
    QCOMPARE(r.family(QStringLiteral("x_bucket"))->samples.size(), 1); // summaries have no buckets
    QCOMPARE(r.family(QStringLiteral("h"))->samples.size(), 1);
    QCOMPARE(r.family(QStringLiteral("h_created"))->samples.size(), 1);
}

void TestPrometheusTextParser::untypedAndTrailingComma()
{
    const QByteArray body = "metric_without_timestamp_and_labels 12.47\n"
                            "something_weird{problem=\"division by zero\",} +Inf 3982045\n"
                            "empty_labels{} 1\n"
                            "spaced { a = \"1\" , b = \"2\" } 3\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 4);
    QCOMPARE(r.families[0].type, MetricType::Untyped);
    QCOMPARE(r.families[1].samples[0].timestampMs.value_or(0), 3982045);
    QVERIFY(r.families[2].samples[0].labels.isEmpty());
    QCOMPARE(r.families[3].samples[0].label(QStringLiteral("b")), QStringLiteral("2"));
}

void TestPrometheusTextParser::labelsSortedAndShared()
{
    const QByteArray body = "m{z=\"1\",a=\"x\",m=\"y\"} 1\n"
                            "m{z=\"2\",a=\"x\",m=\"y\"} 2\n"
                            "m{b=\"x\"} 3\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QVector<Sample>& s = r.families[0].samples;
    QCOMPARE(s[0].labels, (Labels{{QStringLiteral("a"), QStringLiteral("x")},
                                  {QStringLiteral("m"), QStringLiteral("y")},
                                  {QStringLiteral("z"), QStringLiteral("1")}}));
    QCOMPARE(s[1].label(QStringLiteral("z")), QStringLiteral("2"));
    // Repeated names and values are one string, not one per sample.
    QVERIFY(s[0].labels[0].second.constData() == s[1].labels[0].second.constData());
    QVERIFY(s[0].labels[0].first.constData() == s[1].labels[0].first.constData());
    QVERIFY(s[0].name.constData() == s[2].name.constData());
    QCOMPARE(s[2].labels, (Labels{{QStringLiteral("b"), QStringLiteral("x")}}));

    // Quoted names beyond ASCII sort as QStrings do (UTF-16: U+1F338 before U+FF21, unlike UTF-8).
    const ParseResult wide = PrometheusTextParser::parse("a{\"\xef\xbc\xa1\"=\"1\",\"\xf0\x9f\x8c\xb8\"=\"2\",b=\"3\"} 1\n");
    QVERIFY2(wide.ok(), qPrintable(wide.error));
    const Labels& l = wide.families[0].samples[0].labels;
    QCOMPARE(l.size(), 3);
    QVERIFY(l[0].first < l[1].first && l[1].first < l[2].first);
    QCOMPARE(l[1].first, QString::fromUtf8("\xf0\x9f\x8c\xb8"));
}

void TestPrometheusTextParser::errorCarriesLineNumber()
{
    const ParseResult r = PrometheusTextParser::parse("a 1\nb 2\nc{x=\"\\q\"} 3\n");
    QCOMPARE(r.errorCode, ParseError::BadEscape);
    QCOMPARE(r.errorLine, 3);
    QVERIFY(r.error.contains(QLatin1String("3")));
}

void TestPrometheusTextParser::seedCorpusVerdicts()
{
    // The fuzz target's seeds (tests/fuzz/corpus): reject_* files are refused, the others parse.
    const QString dir = QFINDTESTDATA("fuzz/corpus/prometheustextparser");
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(dir));
    for (const QString& name : files) {
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParseResult r = PrometheusTextParser::parse(file.readAll());
        QVERIFY2(r.ok() != name.startsWith(QLatin1String("reject_")), qPrintable(name + QLatin1String(": ") + r.error));
    }
}

// ---- bounded inputs --------------------------------------------------------------------------------

void TestPrometheusTextParser::limits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qsizetype>("maxBody");
    QTest::addColumn<qsizetype>("maxLine");
    QTest::addColumn<qsizetype>("maxLabels");
    QTest::addColumn<qsizetype>("maxSamples");
    QTest::addColumn<qsizetype>("maxFamilies");
    QTest::addColumn<ParseError>("code");
    QTest::addColumn<int>("line");

    const PrometheusTextParser::Limits d;
    auto row = [&](const char* name, const QByteArray& body, qsizetype maxBody, qsizetype maxLine, qsizetype maxLabels,
                   qsizetype maxSamples, qsizetype maxFamilies, ParseError code, int line) {
        QTest::newRow(name) << body << maxBody << maxLine << maxLabels << maxSamples << maxFamilies << code << line;
    };
    const QByteArray body = "a 1\nb{x=\"1\",y=\"2\"} 2\nc 3\n"; // 25 bytes, lines of 3, 16 and 3 bytes
    row("within every limit", body, 25, 16, 2, 3, 3, ParseError::None, 0);
    row("body over the limit", body, 24, d.maxLineBytes, d.maxLabelsPerSample, d.maxSamples, d.maxFamilies,
        ParseError::BodyTooLarge, 0);
    row("line over the limit", body, d.maxBodyBytes, 15, d.maxLabelsPerSample, d.maxSamples, d.maxFamilies,
        ParseError::LineTooLong, 2);
    row("comment over the limit", "# " + QByteArray(100, 'x') + "\na 1\n", d.maxBodyBytes, 64, d.maxLabelsPerSample,
        d.maxSamples, d.maxFamilies, ParseError::LineTooLong, 1);
    row("label value over the line limit", "a{b=\"" + QByteArray(100, 'x') + "\"} 1\n", d.maxBodyBytes, 64,
        d.maxLabelsPerSample, d.maxSamples, d.maxFamilies, ParseError::LineTooLong, 1);
    row("raw newlines count into the line", "a{b=\"" + QByteArray(40, 'x') + "\n" + QByteArray(40, 'y') + "\"} 1\n",
        d.maxBodyBytes, 64, d.maxLabelsPerSample, d.maxSamples, d.maxFamilies, ParseError::LineTooLong, 2);
    row("blanks over the line limit", QByteArray(100, ' ') + "a 1\n", d.maxBodyBytes, 64, d.maxLabelsPerSample,
        d.maxSamples, d.maxFamilies, ParseError::LineTooLong, 1);
    row("too many labels", body, d.maxBodyBytes, d.maxLineBytes, 1, d.maxSamples, d.maxFamilies,
        ParseError::TooManyLabels, 2);
    row("too many samples", body, d.maxBodyBytes, d.maxLineBytes, d.maxLabelsPerSample, 2, d.maxFamilies,
        ParseError::TooManySamples, 3);
    row("too many metric names", body, d.maxBodyBytes, d.maxLineBytes, d.maxLabelsPerSample, d.maxSamples, 2,
        ParseError::TooManyFamilies, 3);
    row("metric names of HELP lines count", "# HELP a x\n# HELP b y\n# TYPE c gauge\n", d.maxBodyBytes,
        d.maxLineBytes, d.maxLabelsPerSample, d.maxSamples, 2, ParseError::TooManyFamilies, 3);
}

void TestPrometheusTextParser::limits()
{
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, maxBody);
    QFETCH(qsizetype, maxLine);
    QFETCH(qsizetype, maxLabels);
    QFETCH(qsizetype, maxSamples);
    QFETCH(qsizetype, maxFamilies);
    QFETCH(ParseError, code);
    QFETCH(int, line);
    PrometheusTextParser::Limits limits;
    limits.maxBodyBytes = maxBody;
    limits.maxLineBytes = maxLine;
    limits.maxLabelsPerSample = maxLabels;
    limits.maxSamples = maxSamples;
    limits.maxFamilies = maxFamilies;
    const ParseResult r = PrometheusTextParser::parse(body, limits);
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.errorLine, line);
    if (code != ParseError::None) {
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.families.isEmpty());
    }
}

namespace {

/// This thread's CPU time in ms: what a parse cost, however loaded the shared machine is.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QByteArray lineWithLabels(int n)
{
    QByteArray line = "wide{";
    line.reserve(n * 16 + 32);
    for (int i = 0; i < n; ++i)
        line += "l" + QByteArray::number(i) + "=\"v" + QByteArray::number(i % 97) + "\",";
    line += "} 1\n";
    return line;
}

} // namespace

void TestPrometheusTextParser::linearInLabelsPerLine()
{
    // 16k labels on one line took 42 s when duplicates were looked for pairwise. With the default
    // limits such a line is refused at once; with the limits lifted it parses in n log n.
    const QByteArray line16k = lineWithLabels(16'000);
    double start = cpuMs();
    ParseResult r = PrometheusTextParser::parse(line16k);
    QCOMPARE(r.errorCode, ParseError::TooManyLabels);
    QVERIFY2(cpuMs() - start < 10, qPrintable(QString::number(cpuMs() - start)));

    PrometheusTextParser::Limits unlimited;
    unlimited.maxLabelsPerSample = std::numeric_limits<qsizetype>::max();
    unlimited.maxLineBytes = std::numeric_limits<qsizetype>::max();
    start = cpuMs();
    r = PrometheusTextParser::parse(line16k, unlimited);
    const double ms16k = cpuMs() - start;
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families[0].samples[0].labels.size(), 16'000);

    const QByteArray line160k = lineWithLabels(160'000);
    start = cpuMs();
    r = PrometheusTextParser::parse(line160k, unlimited);
    const double ms160k = cpuMs() - start;
    QVERIFY2(r.ok(), qPrintable(r.error));
    qInfo("16k labels: %.0f ms, 160k labels: %.0f ms of CPU time (Debug build)", ms16k, ms160k);
    // Ten times the labels: about ten times the time (n log n), never the hundred of a quadratic.
    QVERIFY2(ms160k < 25 * std::max(ms16k, 5.0), qPrintable(QString::number(ms160k)));

    // A duplicate at the very end is still found.
    QByteArray dup = line16k;
    dup.insert(dup.size() - 4, "l0=\"again\"");
    r = PrometheusTextParser::parse(dup, unlimited);
    QCOMPARE(r.errorCode, ParseError::DuplicateLabel);
}

namespace {

/// A figure of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void TestPrometheusTextParser::memoryStaysProportional()
{
    // For the bodies that make the most of a byte: what the result keeps (malloc's count) and the
    // peak while parsing (resident set high-water mark, reset before each parse). The header
    // documents the bound; the limits are lifted so that only the ratio counts.
    struct Case
    {
        const char* name;
        QByteArray line; ///< "@" stands for a number that changes from line to line
    };
    const QList<Case> cases = {
        {"bare samples", "a 1\n"},
        {"a new family each line", "m@ 1\n"},
        {"a new value each line", "a{b=\"@\"} 1\n"},
        {"many labels, repeated values", "a{b=\"1\",c=\"2\",d=\"3\",e=\"4\",f=\"5\",g=\"6\"} 1\n"},
        {"many labels, new values", "a{b=\"@\",c=\"@\",d=\"@\",e=\"@\",f=\"@\",g=\"@\"} 1\n"},
        {"HELP lines without samples", "# HELP m@ x\n"},
    };
    PrometheusTextParser::Limits unlimited;
    unlimited.maxSamples = unlimited.maxFamilies = std::numeric_limits<qsizetype>::max();
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    for (const Case& c : cases) {
        QByteArray body;
        body.reserve(4 * 1024 * 1024 + 256);
        for (int i = 0; body.size() < 4 * 1024 * 1024; ++i)
            body += QByteArray(c.line).replace('@', QByteArray::number(i, 36));
        auto inUse = [] { // heap in use, including the large blocks malloc maps on their own
            const struct mallinfo2 m = mallinfo2();
            return double(m.uordblks) + double(m.hblkhd);
        };
        malloc_trim(0);
        const bool peakKnown = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        clearRefs.close();
        const qint64 rssBefore = statusKiB("VmRSS");
        const double before = inUse();
        ParseResult r = PrometheusTextParser::parse(body, unlimited);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double kept = (inUse() - before) / double(body.size());
        const double peak = double(statusKiB("VmHWM") - rssBefore) * 1024.0 / double(body.size());
        qInfo("%s: %.1f bytes kept, %.1f at the peak, per input byte", c.name, kept, peakKnown ? peak : -1.0);
        QVERIFY2(kept < 32, c.name);
        if (peakKnown)
            QVERIFY2(peak < 64, c.name);
    }
}

void TestPrometheusTextParser::largeBodyIsFast()
{
    QByteArray body;
    body.reserve(11 * 1024 * 1024);
    body += "# HELP http_requests_total Requests.\n# TYPE http_requests_total counter\n";
    int n = 0;
    while (body.size() < 10 * 1024 * 1024) {
        body += "http_requests_total{method=\"GET\",endpoint=\"/api/v1/recommend/" + QByteArray::number(n % 500) +
                "\",status=\"200\"} " + QByteArray::number(n) + " 1700000000000\n";
        ++n;
    }
    const double start = cpuMs();
    const ParseResult r = PrometheusTextParser::parse(body);
    const double elapsed = cpuMs() - start;
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sampleCount(), n);
    qInfo("parsed %d samples (%lld bytes) in %.0f ms of CPU time", n, qint64(body.size()), elapsed);
    // Generous for a Debug build; bench_parser measures the release build.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"
