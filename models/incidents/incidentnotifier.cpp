#include "models/incidents/incidentnotifier.h"

#include "models/store/incidentlistenthread.h"

namespace Ops {

IncidentNotifier::IncidentNotifier(QObject* parent) : QObject(parent) {}

IncidentNotifier::~IncidentNotifier()
{
    stop();
}

void IncidentNotifier::start(const PostgresConnectionParams& params)
{
    stop();
    auto* thread = new IncidentListenThread(params);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &IncidentListenThread::notified, this, &IncidentNotifier::changed);
    connect(thread, &IncidentListenThread::listening, this, [this](bool on) {
        if (on == m_listening)
            return;
        m_listening = on;
        Q_EMIT listeningChanged(on);
    });
    m_thread = thread;
    thread->start();
}

void IncidentNotifier::stop()
{
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->requestInterruption(); // ends within a second, then deletes itself
        m_thread = nullptr;
    }
    m_listening = false;
}

} // namespace Ops
