#include "models/metrics/paneldata.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

#include <charconv>

namespace Ops::Metrics {

int PanelData::pointCount() const
{
    int n = 0;
    for (const ChartSeries& s : series)
        n += int(s.points.size());
    return n;
}

QVector<AlertInterval> firingIntervals(const QVector<QPointF>& points, qint64 stepMs, const QString& alertName)
{
    QVector<AlertInterval> out;
    const qint64 step = std::max<qint64>(1, stepMs);
    for (const QPointF& p : points) {
        const qint64 t = qint64(p.x());
        if (!out.isEmpty() && t - out.last().endMs <= step / 2) {
            out.last().endMs = t + step;
            continue;
        }
        out.append({t, t + step, alertName});
    }
    return out;
}

namespace {
/// A chart's value as the shortest text that reads back as the same float: the points keep floats
/// (SeriesPoints), and printing their double widening would show digits nobody measured (1.234568e+09,
/// not 1234567936).
QString shortestFloat(double value)
{
    char text[32];
    const auto [end, error] =
        std::to_chars(text, text + sizeof text, float(value), std::chars_format::general);
    return error == std::errc() ? QString::fromLatin1(text, end - text) : QString::number(value, 'g', 9);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QByteArray panelCsv(const PanelData& data)
{
    QString out = QStringLiteral("time");
    for (const ChartSeries& s : data.series)
        out += QLatin1Char(',') + csvField(s.name);
    out += QLatin1Char('\n');
    // Rows keyed by timestamp; a column per series.
    QMap<qint64, QVector<QString>> rows;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        for (const QPointF& p : data.series[i].points) {
            auto& row = rows[qint64(p.x())];
            if (row.isEmpty())
                row.resize(data.series.size());
            row[i] = shortestFloat(p.y());
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs);
        for (const QString& cell : it.value())
            out += QLatin1Char(',') + cell;
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace Ops::Metrics
