#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

/// Where the double finds the stack: its state folder and the real servers' addresses.
namespace Dbl {

struct Context
{
    QString stateDir;
    QString pgHost = QStringLiteral("127.0.0.1");
    int pgPort = 55432;
    QString pgBin;
    QString redisHost = QStringLiteral("127.0.0.1");
    int redisPort = 56379;
    QString redisCli;
    bool v1 = false; ///< invoked as docker-compose

    /// OPSCONSOLE_STATE_DIR, else docker.conf next to the executable (the console runs us
    /// with a minimal environment), else /tmp/opsconsole-stack; then $STATE/sim/backends.conf.
    static Context load(const QString& argv0);
};

/// Writes to stdout / stderr without Qt's logging.
void out(const QByteArray& text);
void err(const QByteArray& text);
inline void out(const char* text) { out(QByteArray(text)); }
inline void err(const char* text) { err(QByteArray(text)); }
inline void out(const QString& text) { out(text.toUtf8()); }
inline void err(const QString& text) { err(text.toUtf8()); }

/// Whether this call was already recorded (logs -f records itself before it streams).
bool callRecorded();

/// Appends one JSON line for this call to $STATE/docker-calls.jsonl.
void recordCall(const Context& ctx, const QStringList& argv, int exitCode, qint64 startedMs, bool streaming = false);

} // namespace Dbl
