#pragma once

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Ops {

/// One line of a followed log, with the level read from its text.
struct LogLine
{
    enum class Level
    {
        Other,
        Info,
        Warn,
        Error
    };
    QString text;
    Level level = Level::Other;
};

/// The bounded buffer behind the Logs page: lines arrive one by one (thousands per second from
/// `logs -f`) and are handed on in batches on a timer, so that a view does one append per tick.
/// Only the newest `capacity` lines are kept. No widgets: testable without a display.
class LogBuffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBuffer)

public:
    explicit LogBuffer(QObject* parent = nullptr);

    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    /// How often pending lines are handed on (default 100 ms).
    void setFlushInterval(int ms) { m_flush.setInterval(ms); }

    void append(const QByteArray& raw);
    void clear();
    const QList<LogLine>& lines() const { return m_lines; }
    qint64 received() const { return m_received; }
    /// Lines dropped from the front to stay within the capacity.
    qint64 dropped() const { return m_dropped; }

    static LogLine::Level levelOf(const QString& text);
    /// The same, on the line's UTF-8 bytes as they arrive (the keywords are ASCII).
    static LogLine::Level levelOf(QByteArrayView utf8);
    /// The line without the timestamp compose or kubectl put in front of the message (`--timestamps`).
    static QString withoutTimestamp(const QString& text);

Q_SIGNALS:
    /// New lines since the last batch (at most `capacity`).
    void appended(const QList<Ops::LogLine>& batch);
    void cleared();

private:
    void flush();

    int m_capacity = 20000;
    QList<LogLine> m_lines;
    QList<LogLine> m_pending;
    QTimer m_flush;
    qint64 m_received = 0;
    qint64 m_dropped = 0;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::LogLine)
