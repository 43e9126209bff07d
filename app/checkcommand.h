#pragma once

#include "models/core/health.h"

#include <QList>
#include <QStringList>
#include <QObject>
#include <QTimer>

namespace Ops {

class ConsoleContext;
class Source;

/// `opsconsole --check [--json]`: runs every health check of the active profile once, prints the
/// results (text or JSON) and exits 0 when everything is healthy, 1 otherwise. It stands in for the
/// runbook's `scripts/pre_deployment_check.py`. A profile naming a program that is not approved on this
/// workstation runs no program: the other checks run, and the exit code is kExitUnapproved.
class CheckCommand final : public QObject
{
    Q_OBJECT

public:
    /// Exit codes: 0 healthy, 1 a check failed, 2 bad command line or profile, 3 unapproved programs.
    static constexpr int kExitUnapproved = 3;

    CheckCommand(ConsoleContext& context, bool json, QObject* parent = nullptr);
    void start();

private:
    void finish();

    ConsoleContext& m_context;
    bool m_json;
    QList<Source*> m_sources;
    QList<Source*> m_pending;
    QTimer m_deadline;
    QStringList m_unapproved;
    bool m_done = false;
};

} // namespace Ops
