#pragma once

#include "models/logs/logbuffer.h"

#include <QAbstractListModel>
#include <QList>

namespace Ops {

/// The lines a log view shows, bounded: appended in batches (one beginInsertRows per batch) and the
/// oldest dropped beyond the limit (one beginRemoveRows). A list view with uniform item sizes lays out
/// only what is visible, so thousands of lines per second cost next to nothing — unlike a text
/// document, which lays out every inserted block.
class LogLineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineModel)

public:
    enum Role
    {
        LevelRole = Qt::UserRole, ///< LogLine::Level as int
    };
    Q_ENUM(Role)

    explicit LogLineModel(QObject* parent = nullptr);

    void setLimit(int lines);
    int limit() const { return m_limit; }
    /// Lines are shown without their timestamp when `timestamps` is false.
    void setTimestamps(bool on) { m_timestamps = on; }
    void append(const QList<LogLine>& lines);
    void setLines(const QList<LogLine>& lines);
    void clear();
    QString textAt(int row) const;
    LogLine::Level levelAt(int row) const { return m_lines.at(row).level; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<LogLine> m_lines;
    int m_limit = 20000;
    bool m_timestamps = true;
};

} // namespace Ops
