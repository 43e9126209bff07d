#include "models/logs/logbuffer.h"

#include <QRegularExpression>

#include <cstring>

namespace Ops {

LogBuffer::LogBuffer(QObject* parent) : QObject(parent)
{
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &LogBuffer::flush);
}

void LogBuffer::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    for (QList<LogLine>* list : {&m_lines, &m_pending}) {
        if (list->size() > m_capacity) {
            const qsizetype extra = list->size() - m_capacity;
            list->remove(0, extra);
            m_dropped += extra;
        }
    }
}

LogLine::Level LogBuffer::levelOf(const QString& text)
{
    // Cheap scans first: this runs for every line of a flood.
    if (text.contains(QLatin1String("ERROR")) || text.contains(QLatin1String("CRITICAL")) ||
        text.contains(QLatin1String("FATAL")))
        return LogLine::Level::Error;
    if (text.contains(QLatin1String("WARN")))
        return LogLine::Level::Warn;
    if (text.contains(QLatin1String("INFO")))
        return LogLine::Level::Info;
    return LogLine::Level::Other;
}

LogLine::Level LogBuffer::levelOf(QByteArrayView utf8)
{
    // This runs for every line of a flood (tens of thousands per second): memmem, which glibc does
    // with vector instructions, on the bytes before they become a QString.
    const auto has = [utf8](const char* word) {
        return memmem(utf8.data(), size_t(utf8.size()), word, std::strlen(word)) != nullptr;
    };
    if (has("ERROR") || has("CRITICAL") || has("FATAL"))
        return LogLine::Level::Error;
    if (has("WARN"))
        return LogLine::Level::Warn;
    if (has("INFO"))
        return LogLine::Level::Info;
    return LogLine::Level::Other;
}

QString LogBuffer::withoutTimestamp(const QString& text)
{
    // "app-1  | 2025-10-14T12:00:00.123456789Z message" or "2025-10-14T12:00:00Z message" (kubectl).
    static const QRegularExpression stamp(
        QStringLiteral("^((?:[^|]*\\|\\s*)?)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]"
                       "\\d\\d:?\\d\\d)? ?"));
    const QRegularExpressionMatch m = stamp.match(text);
    if (!m.hasMatch())
        return text;
    return m.captured(1) + text.mid(m.capturedEnd());
}

void LogBuffer::append(const QByteArray& raw)
{
    QByteArrayView line(raw);
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    LogLine l;
    l.level = levelOf(line);
    l.text = QString::fromUtf8(line);
    m_pending.append(std::move(l));
    ++m_received;
    if (m_pending.size() > m_capacity) {
        const qsizetype extra = m_pending.size() - m_capacity;
        m_pending.remove(0, extra);
        m_dropped += extra;
    }
    if (!m_flush.isActive())
        m_flush.start();
}

void LogBuffer::flush()
{
    if (m_pending.isEmpty())
        return;
    m_lines.append(m_pending);
    if (m_lines.size() > m_capacity) {
        const qsizetype extra = m_lines.size() - m_capacity;
        m_lines.remove(0, extra);
        m_dropped += extra;
    }
    QList<LogLine> batch;
    batch.swap(m_pending);
    Q_EMIT appended(batch);
}

void LogBuffer::clear()
{
    m_lines.clear();
    m_pending.clear();
    m_flush.stop();
    Q_EMIT cleared();
}

} // namespace Ops
