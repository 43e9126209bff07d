#include "models/net/prometheustextparser.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Ops::Metrics;

Q_DECLARE_METATYPE(Ops::Metrics::ParseError)

class TestPrometheusTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicCounterAndGauge();
    void commentsAndBlankLines();
    void escapedLabelValues();
    void specialValuesAndTimestamps();
    void histogram();
    void histogramBucketsInAnyOrder();
    void summary();
    void untypedAndTrailingComma();
    void errors_data();
    void errors();
    void errorCarriesLineNumber();
    void largeBodyIsFast();
};

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

void TestPrometheusTextParser::commentsAndBlankLines()
{
    const QByteArray body = "# a free comment\n"
                            "\n"
                            "   \t\n"
                            "# HELP lonely help of a family without samples (dropped)\n"
                            "# HELP x Help with \\\\ backslash and \\n newline\n"
                            "x 1\r\n"
                            "# random # text\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const MetricFamily* x = r.family(QStringLiteral("x"));
    QVERIFY(x);
    QCOMPARE(x->help, QStringLiteral("Help with \\ backslash and \n newline"));
    QCOMPARE(x->samples.size(), 1);
    QVERIFY(!r.family(QStringLiteral("lonely")));
    QCOMPARE(r.families.size(), 1);
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

void TestPrometheusTextParser::specialValuesAndTimestamps()
{
    const QByteArray body = "a NaN\n"
                            "b +Inf\n"
                            "c -Inf\n"
                            "d -1.5e-3 -1000\n"
                            "e 0x10\n";
    ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY(!r.ok()); // hexadecimal is not a value of this format
    QCOMPARE(r.errorCode, ParseError::InvalidValue);
    QCOMPARE(r.errorLine, 5);

    r = PrometheusTextParser::parse(QByteArrayView(body).first(body.indexOf("e 0x")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(std::isnan(r.families[0].samples[0].value));
    QVERIFY(std::isinf(r.families[1].samples[0].value) && r.families[1].samples[0].value > 0);
    QVERIFY(std::isinf(r.families[2].samples[0].value) && r.families[2].samples[0].value < 0);
    QCOMPARE(r.families[3].samples[0].value, -0.0015);
    QCOMPARE(r.families[3].samples[0].timestampMs.value_or(0), -1000);
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

void TestPrometheusTextParser::summary()
{
    const QByteArray body = "# TYPE rpc_duration_seconds summary\n"
                            "rpc_duration_seconds{quantile=\"0.01\"} 3102\n"
                            "rpc_duration_seconds{quantile=\"0.5\"} 4773\n"
                            "rpc_duration_seconds{quantile=\"0.99\"} 76656\n"
                            "rpc_duration_seconds_sum 1.7560473e+07\n"
                            "rpc_duration_seconds_count 2693\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 1);
    QCOMPARE(r.families[0].type, MetricType::Summary);
    QCOMPARE(r.families[0].samples.size(), 5);
    QCOMPARE(r.families[0].samples[3].value, 1.7560473e+07);
}

void TestPrometheusTextParser::untypedAndTrailingComma()
{
    const QByteArray body = "metric_without_timestamp_and_labels 12.47\n"
                            "something_weird{problem=\"division by zero\",} +Inf -3982045\n"
                            "empty_labels{} 1\n"
                            "spaced { a = \"1\" , b = \"2\" } 3\n";
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.families.size(), 4);
    QCOMPARE(r.families[0].type, MetricType::Untyped);
    QCOMPARE(r.families[1].samples[0].timestampMs.value_or(0), -3982045);
    QVERIFY(r.families[2].samples[0].labels.isEmpty());
    QCOMPARE(r.families[3].samples[0].label(QStringLiteral("b")), QStringLiteral("2"));
}

void TestPrometheusTextParser::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParseError>("code");
    QTest::addColumn<int>("line");

    QTest::newRow("duplicate label") << QByteArray("x 1\ny{a=\"1\",b=\"2\",a=\"3\"} 1\n") << ParseError::DuplicateLabel << 2;
    QTest::newRow("reserved label") << QByteArray("y{__name__=\"z\"} 1\n") << ParseError::ReservedLabel << 1;
    QTest::newRow("bad escape") << QByteArray("y{a=\"\\t\"} 1\n") << ParseError::BadEscape << 1;
    QTest::newRow("bad help escape") << QByteArray("# HELP y a \\t b\n") << ParseError::BadEscape << 1;
    QTest::newRow("unterminated value") << QByteArray("y{a=\"x} 1\n") << ParseError::UnterminatedLabelValue << 1;
    QTest::newRow("escaped closing quote") << QByteArray("y{a=\"x\\\"} 1\n") << ParseError::UnterminatedLabelValue << 1;
    QTest::newRow("unquoted value") << QByteArray("y{a=x} 1\n") << ParseError::MalformedLabels << 1;
    QTest::newRow("missing comma") << QByteArray("y{a=\"1\" b=\"2\"} 1\n") << ParseError::MalformedLabels << 1;
    QTest::newRow("unclosed labels") << QByteArray("y{a=\"1\",\n") << ParseError::InvalidLabelName << 1;
    QTest::newRow("TYPE after samples") << QByteArray("y 1\n# TYPE y gauge\n") << ParseError::TypeAfterSamples << 2;
    QTest::newRow("TYPE twice") << QByteArray("# TYPE y gauge\n# TYPE y gauge\ny 1\n") << ParseError::DuplicateType << 2;
    QTest::newRow("HELP twice") << QByteArray("# HELP y a\n# HELP y b\n") << ParseError::DuplicateHelp << 2;
    QTest::newRow("unknown type") << QByteArray("# TYPE y meter\n") << ParseError::InvalidType << 1;
    QTest::newRow("metric name digit") << QByteArray("1y 1\n") << ParseError::InvalidMetricName << 1;
    QTest::newRow("metric name dash") << QByteArray("y-z 1\n") << ParseError::InvalidMetricName << 1;
    QTest::newRow("TYPE bad name") << QByteArray("# TYPE 9y gauge\n") << ParseError::InvalidMetricName << 1;
    QTest::newRow("label name digit") << QByteArray("y{1a=\"1\"} 1\n") << ParseError::InvalidLabelName << 1;
    QTest::newRow("label name colon") << QByteArray("y{a:b=\"1\"} 1\n") << ParseError::InvalidLabelName << 1;
    QTest::newRow("value text") << QByteArray("y one\n") << ParseError::InvalidValue << 1;
    QTest::newRow("value missing") << QByteArray("y\n") << ParseError::InvalidValue << 1;
    QTest::newRow("value nan(...)") << QByteArray("y nan(1)\n") << ParseError::InvalidValue << 1;
    QTest::newRow("float timestamp") << QByteArray("y 1 1.5\n") << ParseError::InvalidTimestamp << 1;
    QTest::newRow("trailing text") << QByteArray("y 1 2 3\n") << ParseError::UnexpectedText << 1;
    QTest::newRow("bucket le not float")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"abc\"} 1\n") << ParseError::InvalidBucketBound << 2;
    QTest::newRow("bucket without le")
        << QByteArray("# TYPE h histogram\nh_bucket{x=\"1\"} 1\n") << ParseError::InvalidBucketBound << 2;
    QTest::newRow("histogram plain sample")
        << QByteArray("# TYPE h histogram\nh 1\n") << ParseError::InvalidHistogramSample << 2;
    QTest::newRow("non-cumulative")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 3\nh_bucket{le=\"+Inf\"} 5\n")
        << ParseError::NonCumulativeBuckets << 3;
    QTest::newRow("no +Inf bucket")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 5\nh_count 5\n") << ParseError::MissingInfBucket << 2;
    QTest::newRow("+Inf differs from count")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 5\nh_count 6\n") << ParseError::InfBucketNotCount << 3;
    QTest::newRow("summary without quantile")
        << QByteArray("# TYPE s summary\ns{x=\"1\"} 1\n") << ParseError::InvalidQuantile << 2;
    QTest::newRow("summary bad quantile")
        << QByteArray("# TYPE s summary\ns{quantile=\"high\"} 1\n") << ParseError::InvalidQuantile << 2;
}

void TestPrometheusTextParser::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(ParseError, code);
    QFETCH(int, line);
    const ParseResult r = PrometheusTextParser::parse(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorCode, code);
    QCOMPARE(r.errorLine, line);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.families.isEmpty());
}

void TestPrometheusTextParser::errorCarriesLineNumber()
{
    const ParseResult r = PrometheusTextParser::parse("a 1\nb 2\nc{x=\"\\q\"} 3\n");
    QCOMPARE(r.errorLine, 3);
    QVERIFY(r.error.contains(QLatin1String("3")));
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
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = PrometheusTextParser::parse(body);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sampleCount(), n);
    qInfo("parsed %d samples (%lld bytes) in %lld ms", n, qint64(body.size()), elapsed);
    // Generous for a Debug build on a shared machine; a release build is several times faster.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"
