#pragma once

#include <QPointF>
#include <QVector>

#include <iterator>

namespace Ops::Metrics {

/// The points of one chart line, (ms since the epoch UTC, value) sorted by time, kept small.
///
/// A range query answers on a time grid (start + k × step), so the times need not be stored: a point
/// costs the 4 bytes of its value when the grid has no holes, 8 when it has (the grid index beside
/// it), and 12 off any grid (the client scraper's own scrape times). 8 panels × 12 series × 24 h at
/// 15 s take 2.2 MiB instead of the 8.8 MiB of QPointF.
///
/// Values are floats: 7 significant digits, more than a chart, its tooltip or its CSV needs (the
/// CSV prints a value's shortest float form, 0.1 rather than 0.100000001490). Times stay exact.
class SeriesPoints
{
public:
    /// Random access, yielding points by value (they are made from the compact storage).
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = QPointF;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QPointF;

        const_iterator() = default;
        const_iterator(const SeriesPoints* points, qsizetype i) : m_points(points), m_i(i) {}
        QPointF operator*() const { return m_points->at(m_i); }
        QPointF operator[](qsizetype n) const { return m_points->at(m_i + n); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int) { return {m_points, m_i++}; }
        const_iterator& operator--()
        {
            --m_i;
            return *this;
        }
        const_iterator operator--(int) { return {m_points, m_i--}; }
        const_iterator& operator+=(qsizetype n)
        {
            m_i += n;
            return *this;
        }
        const_iterator& operator-=(qsizetype n)
        {
            m_i -= n;
            return *this;
        }
        const_iterator operator+(qsizetype n) const { return {m_points, m_i + n}; }
        const_iterator operator-(qsizetype n) const { return {m_points, m_i - n}; }
        qsizetype operator-(const const_iterator& o) const { return m_i - o.m_i; }
        bool operator==(const const_iterator& o) const { return m_i == o.m_i; }
        auto operator<=>(const const_iterator& o) const { return m_i <=> o.m_i; }
        qsizetype index() const { return m_i; }

    private:
        const SeriesPoints* m_points = nullptr;
        qsizetype m_i = 0;
    };

    SeriesPoints() = default;
    /// Points expected every `stepMs` from the first one. Without it (0), or when the second point
    /// is off that grid, the grid is the distance between the first two points: a range query's
    /// answer fits it whatever step was asked, the client scraper's times soon leave it.
    explicit SeriesPoints(qint64 stepMs) : m_gridHintMs(stepMs > 0 ? double(stepMs) : 0) {}
    SeriesPoints(std::initializer_list<QPointF> points);
    static SeriesPoints fromVector(const QVector<QPointF>& points, qint64 stepMs = 0);

    /// Adds a point after the last one (times must increase; an earlier time is kept as given and
    /// breaks the order the readers rely on, as it would in a QVector).
    void append(QPointF p);
    void reserve(qsizetype n);
    void clear();
    /// Gives back the room reserve() took beyond what was appended.
    void squeeze();

    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double x(qsizetype i) const
    {
        switch (m_times) {
        case Times::Grid:
            return m_originMs + double(i) * m_stepMs;
        case Times::GridWithHoles:
            return m_originMs + double(m_gridIndex[i]) * m_stepMs;
        case Times::Free:
            break;
        }
        return m_freeTimes[i];
    }
    double y(qsizetype i) const { return double(m_values[i]); }
    QPointF at(qsizetype i) const { return {x(i), y(i)}; }
    QPointF operator[](qsizetype i) const { return at(i); }
    QPointF first() const { return at(0); }
    QPointF last() const { return at(size() - 1); }
    /// The first index whose time is not before `ms` (size() if none): a binary search.
    qsizetype lowerBound(double ms) const;
    /// The first index whose time is after `ms` (size() if none).
    qsizetype upperBound(double ms) const;

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    QVector<QPointF> toVector() const;
    /// Bytes of the heap the points hold (their capacity), for the benchmark's figure.
    qsizetype heapBytes() const;

    /// The same points (times exactly, values as stored), however they are stored.
    bool operator==(const SeriesPoints& other) const;

    /// Read access to one storage form, for loops over every point (decimation at each paint): the
    /// form is chosen once, not at every point. Each has size(), x(i), y(i) and at(i).
    struct GridAccess
    {
        double originMs;
        double stepMs;
        const float* values;
        qsizetype count;
        qsizetype size() const { return count; }
        double x(qsizetype i) const { return originMs + double(i) * stepMs; }
        double y(qsizetype i) const { return double(values[i]); }
        QPointF at(qsizetype i) const { return {x(i), y(i)}; }
    };
    struct GridWithHolesAccess
    {
        double originMs;
        double stepMs;
        const qint32* gridIndex;
        const float* values;
        qsizetype count;
        qsizetype size() const { return count; }
        double x(qsizetype i) const { return originMs + double(gridIndex[i]) * stepMs; }
        double y(qsizetype i) const { return double(values[i]); }
        QPointF at(qsizetype i) const { return {x(i), y(i)}; }
    };
    struct FreeAccess
    {
        const double* times;
        const float* values;
        qsizetype count;
        qsizetype size() const { return count; }
        double x(qsizetype i) const { return times[i]; }
        double y(qsizetype i) const { return double(values[i]); }
        QPointF at(qsizetype i) const { return {x(i), y(i)}; }
    };
    /// Calls `f` with the access of the form in use and returns what it returns.
    template <class F> decltype(auto) visit(F&& f) const
    {
        switch (m_times) {
        case Times::Grid:
            return f(GridAccess{m_originMs, m_stepMs, m_values.constData(), m_values.size()});
        case Times::GridWithHoles:
            return f(GridWithHolesAccess{m_originMs, m_stepMs, m_gridIndex.constData(), m_values.constData(),
                                         m_values.size()});
        case Times::Free:
            break;
        }
        return f(FreeAccess{m_freeTimes.constData(), m_values.constData(), m_values.size()});
    }

private:
    enum class Times : quint8
    {
        Grid,          ///< point i at origin + i × step
        GridWithHoles, ///< point i at origin + gridIndex[i] × step
        Free,          ///< point i at freeTimes[i]
    };
    /// The grid index nearest to `ms` (-1 without a grid).
    double gridIndexOf(double ms) const;
    /// Whether `ms` is exactly on the grid, after the last point.
    bool onGridAfterLast(double ms) const;
    void leaveGrid();

    Times m_times = Times::Grid;
    double m_gridHintMs = 0; ///< the step the caller expects, 0 if none
    double m_originMs = 0;
    double m_stepMs = 0; ///< the grid's step once known
    QVector<float> m_values;
    QVector<qint32> m_gridIndex; ///< GridWithHoles only
    QVector<double> m_freeTimes; ///< Free only
};

} // namespace Ops::Metrics
