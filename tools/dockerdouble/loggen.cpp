#include "loggen.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dbl {

namespace {

QRandomGenerator* rng()
{
    return QRandomGenerator::global();
}

int pick(int n)
{
    return int(rng()->bounded(n));
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray taskId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray stamp(qint64 ms, const char* format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QString::fromLatin1(format)).toLatin1();
}

QByteArray clientIp()
{
    return "172.18.0." + num(2 + pick(30)) + ':' + num(30000 + pick(30000));
}

const char* const kPaths[] = {"/api/v1/fragrances?page=2", "/api/v1/fragrances/418", "/api/v1/search?q=bergamot",
                              "/api/v1/generate", "/api/v1/feedback", "/health"};

} // namespace

LogGenerator::LogGenerator(const QString& scenario, bool badDeploy)
{
    if (scenario == u"error-spike"_s || scenario == u"db-errors"_s || badDeploy) {
        m_warn = 0.10;
        m_error = 0.15;
        m_timeouts = true;
    } else if (scenario == u"latency-spike"_s || scenario == u"queue-backlog"_s ||
               scenario == u"db-pool-exhausted"_s) {
        m_warn = 0.20;
        m_error = 0.05;
        m_timeouts = true;
    }
}

int LogGenerator::level()
{
    const double r = rng()->generateDouble();
    if (r < m_error)
        return 2;
    if (r < m_error + m_warn)
        return 1;
    return 0;
}

QByteArray LogGenerator::line(const Container& c, qint64 timeMs)
{
    if (c.service == u"app"_s)
        return appLine(timeMs);
    if (c.service.startsWith(u"worker-"_s))
        return workerLine(c, timeMs);
    if (c.service == u"nginx"_s)
        return nginxLine(timeMs);
    if (c.service == u"postgres"_s)
        return postgresLine(timeMs);
    if (c.service == u"redis"_s)
        return redisLine(timeMs);
    return otherLine(c, timeMs);
}

QByteArray LogGenerator::appLine(qint64 t)
{
    const QByteArray when = stamp(t, "yyyy-MM-dd HH:mm:ss,zzz");
    switch (level()) {
    case 2: {
        static const char* const errors[] = {
            "Database query timeout after 30s (fragrances.list)",
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 10 reached, connection timed out, timeout 30",
            "Exception in ASGI application: redis.exceptions.TimeoutError: Timeout reading from socket",
            "LLM request timeout after 120s (model=fragrance-llm-7b)",
            "Unhandled error in /api/v1/generate: KeyError('top_notes')"};
        return when + " - app.api - ERROR - " + errors[pick(5)];
    }
    case 1: {
        if (m_timeouts && pick(2) == 0)
            return when + " - app.api - WARNING - Slow request: POST /api/v1/generate took " + num(1 + pick(6)) + '.' +
                   num(pick(100)) + "s";
        static const char* const warnings[] = {"Rate limit approaching for client 10.0.3.17 (95/100 per minute)",
                                               "Retrying Redis connection (attempt 2/5)",
                                               "Cache miss ratio 0.42 above 0.30"};
        return when + " - app.api - WARNING - " + warnings[pick(3)];
    }
    default:
        if (pick(4) == 0)
            return when + " - app.generation - INFO - Generated recipe " + num(1000 + pick(9000)) + " in 0." +
                   num(100 + pick(900)) + "s";
        static const int codes[] = {200, 200, 200, 201, 202, 404};
        static const char* const reasons[] = {"OK", "OK", "OK", "Created", "Accepted", "Not Found"};
        const int i = pick(6);
        return "INFO:     " + clientIp() + " - \"" + (i == 4 ? "POST" : "GET") + ' ' + kPaths[pick(6)] +
               " HTTP/1.1\" " + num(codes[i]) + ' ' + reasons[i];
    }
}

QByteArray LogGenerator::workerLine(const Container& c, qint64 t)
{
    const bool llm = c.service == u"worker-llm"_s;
    const QByteArray task = llm ? "fragrance.tasks.generate_recipe" : "fragrance.tasks.train_policy_step";
    const QByteArray head = '[' + stamp(t, "yyyy-MM-dd HH:mm:ss,zzz") + ": ";
    const QByteArray proc = "ForkPoolWorker-" + num(1 + pick(2));
    switch (level()) {
    case 2:
        if (m_timeouts || pick(2) == 0)
            return head + "ERROR/" + proc + "] Task " + task + '[' + taskId() +
                   "] raised unexpected: TimeoutError('" + (llm ? "LLM inference timeout after 120s" : "Checkpoint write timed out") + "')";
        return head + "ERROR/MainProcess] consumer: Cannot connect to redis://redis:6379/0: Error 111 connecting to redis:6379. Connection refused.";
    case 1:
        return head + "WARNING/" + proc + "] Soft time limit (" + (llm ? "60" : "300") + "s) exceeded for " + task + '[' +
               taskId() + ']';
    default:
        switch (pick(6)) {
        case 0:
            return head + "INFO/MainProcess] Task " + task + '[' + taskId() + "] received";
        case 1:
            return head + "INFO/MainProcess] Events of group {task} enabled by remote.";
        case 2:
            return head + "INFO/MainProcess] celery@" + c.name.toUtf8() + " registered 4 tasks (" + task + ", ...)";
        default:
            return head + "INFO/" + proc + "] Task " + task + '[' + taskId() + "] succeeded in " + num(pick(3)) + '.' +
                   num(100 + pick(900)) + "s: {'status': 'ok'}";
        }
    }
}

QByteArray LogGenerator::nginxLine(qint64 t)
{
    switch (level()) {
    case 2:
        return stamp(t, "yyyy/MM/dd HH:mm:ss") + " [error] 29#29: *" + num(pick(99999)) +
               " upstream timed out (110: Connection timed out) while reading response header from upstream, client: "
               "10.0.3.17, server: api.fragrance.ai, request: \"POST /api/v1/generate HTTP/1.1\", upstream: "
               "\"http://172.18.0.5:8000/api/v1/generate\"";
    case 1:
        return stamp(t, "yyyy/MM/dd HH:mm:ss") + " [warn] 29#29: *" + num(pick(99999)) +
               " an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000001";
    default: {
        static const int codes[] = {200, 200, 200, 202, 304, 404};
        return "10.0.3." + num(2 + pick(200)) + " - - [" + stamp(t, "dd/MMM/yyyy:HH:mm:ss") + " +0000] \"GET " +
               kPaths[pick(6)] + " HTTP/1.1\" " + num(codes[pick(6)]) + ' ' + num(200 + pick(9000)) +
               " \"-\" \"Mozilla/5.0\" rt=0." + num(10 + pick(900)) + " uct=0.001";
    }
    }
}

QByteArray LogGenerator::postgresLine(qint64 t)
{
    const QByteArray head = stamp(t, "yyyy-MM-dd HH:mm:ss.zzz") + " UTC [" + num(100 + pick(900)) + "] ";
    switch (level()) {
    case 2:
        return head + "ERROR:  canceling statement due to statement timeout";
    case 1:
        return head + "WARNING:  there is already a transaction in progress";
    default:
        if (pick(3) == 0)
            return head + "LOG:  checkpoint complete: wrote " + num(pick(500)) +
                   " buffers (0.8%); 0 WAL file(s) added, 0 removed, 1 recycled";
        return head + "LOG:  connection authorized: user=fragrance_user database=fragrance_ai application_name=app";
    }
}

QByteArray LogGenerator::redisLine(qint64 t)
{
    const QByteArray head = "1:M " + stamp(t, "dd MMM yyyy HH:mm:ss.zzz") + ' ';
    if (level() > 0)
        return head + "# WARNING: client timeout: closing idle connection (ERROR count 1)";
    static const char* const lines[] = {"* 100 changes in 300 seconds. Saving...",
                                        "* Background saving started by pid " "77",
                                        "* DB saved on disk", "* Background saving terminated with success"};
    return head + lines[pick(4)];
}

QByteArray LogGenerator::otherLine(const Container& c, qint64 t)
{
    const QByteArray ts = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray lvl = level() == 0 ? "info" : "warn";
    if (c.service == u"prometheus"_s)
        return "ts=" + ts + " caller=head.go:1184 level=" + lvl + " component=tsdb msg=\"Head GC completed\" duration=1.2ms";
    return "logger=context userId=0 orgId=1 t=" + ts + " level=" + lvl + " msg=\"Request Completed\" method=GET path=/api/health status=200";
}

} // namespace Dbl
