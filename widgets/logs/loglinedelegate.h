#pragma once

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Ops {

/// Paints one log line: ERROR and WARN in colour, every match of the search pattern marked. Only
/// visible rows are ever painted, so a flood of lines costs nothing here.
class LogLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogLineDelegate(QObject* parent = nullptr);

    /// An invalid or empty pattern marks nothing.
    void setPattern(const QRegularExpression& pattern) { m_pattern = pattern; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    QRegularExpression m_pattern;
};

} // namespace Ops
