#include "models/metrics/seriespoints.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Ops::Metrics {

SeriesPoints::SeriesPoints(std::initializer_list<QPointF> points)
{
    reserve(qsizetype(points.size()));
    for (const QPointF& p : points)
        append(p);
}

SeriesPoints SeriesPoints::fromVector(const QVector<QPointF>& points, qint64 stepMs)
{
    SeriesPoints out(stepMs);
    out.reserve(points.size());
    for (const QPointF& p : points)
        out.append(p);
    out.squeeze(); // a hole or a time off the grid grew an index or the times beside the values
    return out;
}

void SeriesPoints::append(QPointF p)
{
    const float value = float(p.y());
    if (m_values.isEmpty()) {
        m_gridIndex.clear();
        m_freeTimes.clear();
        m_originMs = p.x();
        m_stepMs = m_gridHintMs;
        m_times = Times::Grid;
        m_values.append(value);
        return;
    }
    if (m_times == Times::Grid && size() == 1 && !onGridAfterLast(p.x()) && p.x() > m_originMs)
        m_stepMs = p.x() - m_originMs; // the second point sets the grid the hint did not give
    if (m_times != Times::Free && onGridAfterLast(p.x())) {
        const auto k = qint32(gridIndexOf(p.x()));
        if (m_times == Times::Grid && k == size()) {
            m_values.append(value);
            return;
        }
        if (m_times == Times::Grid) { // the first hole: every earlier point gets its index
            m_gridIndex.resize(size());
            std::iota(m_gridIndex.begin(), m_gridIndex.end(), 0);
            m_times = Times::GridWithHoles;
        }
        m_gridIndex.append(k);
        m_values.append(value);
        return;
    }
    if (m_times != Times::Free)
        leaveGrid();
    m_freeTimes.append(p.x());
    m_values.append(value);
}

double SeriesPoints::gridIndexOf(double ms) const
{
    return m_stepMs > 0 ? std::round((ms - m_originMs) / m_stepMs) : -1;
}

bool SeriesPoints::onGridAfterLast(double ms) const
{
    if (m_stepMs <= 0)
        return false;
    const double k = gridIndexOf(ms);
    const double lastK = m_times == Times::Grid ? double(size() - 1) : double(m_gridIndex.constLast());
    return k > lastK && k <= double(std::numeric_limits<qint32>::max()) && m_originMs + k * m_stepMs == ms;
}

void SeriesPoints::leaveGrid()
{
    QVector<double> times;
    times.reserve(m_values.capacity());
    for (qsizetype i = 0; i < size(); ++i)
        times.append(x(i));
    m_freeTimes = std::move(times);
    m_gridIndex = {};
    m_times = Times::Free;
}

void SeriesPoints::reserve(qsizetype n)
{
    m_values.reserve(n);
    if (m_times == Times::Free)
        m_freeTimes.reserve(n);
}

void SeriesPoints::clear()
{
    m_values.clear();
    m_gridIndex.clear();
    m_freeTimes.clear();
    m_times = Times::Grid;
}

void SeriesPoints::squeeze()
{
    m_values.squeeze();
    m_gridIndex.squeeze();
    m_freeTimes.squeeze();
}

qsizetype SeriesPoints::lowerBound(double ms) const
{
    return std::partition_point(begin(), end(), [ms](const QPointF& p) { return p.x() < ms; }).index();
}

qsizetype SeriesPoints::upperBound(double ms) const
{
    return std::partition_point(begin(), end(), [ms](const QPointF& p) { return !(ms < p.x()); }).index();
}

QVector<QPointF> SeriesPoints::toVector() const
{
    QVector<QPointF> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(at(i));
    return out;
}

qsizetype SeriesPoints::heapBytes() const
{
    return m_values.capacity() * qsizetype(sizeof(float)) +
           m_gridIndex.capacity() * qsizetype(sizeof(qint32)) +
           m_freeTimes.capacity() * qsizetype(sizeof(double));
}

bool SeriesPoints::operator==(const SeriesPoints& other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < size(); ++i) {
        if (x(i) != other.x(i) || m_values[i] != other.m_values[i])
            return false;
    }
    return true;
}

} // namespace Ops::Metrics
