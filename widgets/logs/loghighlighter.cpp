#include "loghighlighter.h"

#include "ops/logbuffer.h"

#include <QTextCharFormat>

namespace Ops {

LogHighlighter::LogHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void LogHighlighter::setPattern(const QRegularExpression& pattern)
{
    m_pattern = pattern;
    rehighlight();
}

void LogHighlighter::highlightBlock(const QString& text)
{
    const LogLine::Level level = LogBuffer::levelOf(text);
    if (level == LogLine::Level::Error || level == LogLine::Level::Warn) {
        QTextCharFormat f;
        f.setForeground(level == LogLine::Level::Error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb9, 0x77, 0x0e));
        setFormat(0, int(text.size()), f);
    }
    if (m_pattern.pattern().isEmpty() || !m_pattern.isValid())
        return;
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe0, 0x66));
    mark.setForeground(Qt::black);
    auto it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            break;
        setFormat(int(m.capturedStart()), int(m.capturedLength()), mark);
    }
}

} // namespace Ops
