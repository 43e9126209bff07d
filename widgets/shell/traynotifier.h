#pragma once

#include "models/core/health.h"

#include <QObject>
#include <QString>

#include <optional>

class QIcon;
class QSystemTrayIcon;

namespace Ops {

class ConsoleContext;
struct AlertEntry;
struct ServiceStatus;

/// The system tray icon shows the worst state of the stack; one desktop notification when a
/// service turns unhealthy or an alert starts firing (never one per poll). Quiet while
/// notifications are suppressed (an active maintenance window).
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(ConsoleContext& context, QObject* parent = nullptr);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }
    /// Number of notifications shown so far (tests read it).
    int notificationCount() const { return m_count; }
    QString lastNotification() const { return m_last; }

Q_SIGNALS:
    void notified(const QString& title, const QString& message);

private:
    struct Pending
    {
        QString title;
        QString message;
        bool critical = false;
    };
    static constexpr int kTrayDelayMs = 1000;

    void createTrayIcon();
    void updateIcon(Health verdict, const QString& word);
    void notify(const QString& title, const QString& message, bool critical);

    ConsoleContext& m_context;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_trayChecked = false;
    std::optional<Pending> m_pending;
    Health m_verdict = Health::Unknown;
    QString m_word;
    bool m_quiet = false;
    int m_count = 0;
    QString m_last;
};

/// A round badge in the state's colour with its symbol, for the tray and the window icon.
QIcon healthIcon(Health health);

} // namespace Ops
