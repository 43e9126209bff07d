#pragma once

#include "models/net/httpclient.h"
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Ops {

class ApiRequest;
struct HttpOutcome;

/// Alertmanager silences for a maintenance window (API v2). A silence covers only the stack's own
/// services (`service=~"app|nginx|…"`) and never the `Watchdog` alert (`alertname!="Watchdog"`: the
/// dead man's switch must keep firing, or a broken pipeline hides behind the window); it ends with the
/// window, and is expired at once when the window ends early. Every call has a deadline.
class SilenceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceClient)

public:
    /// Talks to the Alertmanager of `http` (HttpService::Alertmanager); no base URL there: no silences.
    explicit SilenceClient(HttpClient* http, QObject* parent = nullptr);
    ~SilenceClient() override;

    QUrl baseUrl() const;
    /// Whether the profile names an Alertmanager at all.
    bool isConfigured() const;
    void setDeadline(int ms) { m_deadlineMs = ms; }

    /// The POST body: matchers for `services` and not Watchdog, from `startsAt` to `endsAt`.
    static QJsonObject silenceRequest(const QStringList& services, const QDateTime& startsAt,
                                      const QDateTime& endsAt, const QString& createdBy,
                                      const QString& comment);

    /// POST /api/v2/silences; created(id) or failed().
    void create(const QStringList& services, const QDateTime& startsAt, const QDateTime& endsAt,
                const QString& createdBy, const QString& comment);
    /// DELETE /api/v2/silence/{id}; expired(id) or failed().
    void expire(const QString& silenceId);

Q_SIGNALS:
    void created(const QString& silenceId);
    void expired(const QString& silenceId);
    void failed(const QString& reason);

private:
    void watch(ApiRequest* request, const std::function<void(const HttpOutcome&)>& onOk);

    QPointer<HttpClient> m_http;
    int m_deadlineMs = 10000;
};

} // namespace Ops
