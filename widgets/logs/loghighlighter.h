#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Ops {

/// Colours ERROR and WARN lines and marks every match of the search pattern.
class LogHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit LogHighlighter(QTextDocument* document);

    /// An invalid or empty pattern marks nothing.
    void setPattern(const QRegularExpression& pattern);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_pattern;
};

} // namespace Ops
