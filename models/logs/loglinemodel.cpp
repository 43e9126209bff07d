#include "models/logs/loglinemodel.h"

namespace Ops {

LogLineModel::LogLineModel(QObject* parent) : QAbstractListModel(parent) {}

void LogLineModel::setLimit(int lines)
{
    m_limit = std::max(1, lines);
}

void LogLineModel::append(const QList<LogLine>& lines)
{
    if (lines.isEmpty())
        return;
    const qsizetype incoming = std::min<qsizetype>(lines.size(), m_limit);
    const qsizetype overflow = m_lines.size() + incoming - m_limit;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow - 1));
        m_lines.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    m_lines.append(lines.mid(lines.size() - incoming));
    endInsertRows();
}

void LogLineModel::setLines(const QList<LogLine>& lines)
{
    beginResetModel();
    m_lines = lines.size() > m_limit ? lines.mid(lines.size() - m_limit) : lines;
    endResetModel();
}

void LogLineModel::clear()
{
    setLines({});
}

QString LogLineModel::textAt(int row) const
{
    const LogLine& l = m_lines.at(row);
    return m_timestamps ? l.text : LogBuffer::withoutTimestamp(l.text);
}

int LogLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogLineModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    switch (role) {
    case Qt::DisplayRole:
        return textAt(index.row());
    case LevelRole:
        return int(m_lines.at(index.row()).level);
    default:
        return QVariant();
    }
}

} // namespace Ops
