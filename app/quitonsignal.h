#pragma once

#include <QObject>

class QSocketNotifier;

namespace Ops {

/// SIGTERM and SIGINT end the console as closing its window does (the event loop returns, settings are
/// saved, the stall probe writes its whole run's line): the handler only writes to a pipe, which the
/// event loop reads.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handle(int signal);

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Ops
