#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <csignal>

/// Whether a process still runs, read from /proc: a zombie (ended, not yet reaped by whoever adopted it)
/// counts as gone.
namespace ProcessGone {

inline QByteArray stat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The fields after "pid (comm) ": state, ppid, pgrp, …
inline QList<QByteArray> fields(qint64 pid)
{
    const QByteArray text = stat(pid);
    return text.isEmpty() ? QList<QByteArray>() : text.mid(text.lastIndexOf(')') + 2).split(' ');
}

inline bool alive(qint64 pid)
{
    const QList<QByteArray> f = fields(pid);
    return !f.isEmpty() && f.first() != "Z" && f.first() != "X";
}

inline qint64 groupOf(qint64 pid)
{
    const QList<QByteArray> f = fields(pid);
    return f.size() > 2 ? f.at(2).toLongLong() : -1;
}

inline QByteArray commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll().replace('\0', ' ') : QByteArray();
}

} // namespace ProcessGone
