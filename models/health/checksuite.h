#pragma once

#include <QList>

class QObject;

namespace Ops {

class ConsoleContext;
class Source;

/// The sources that make up one full health check of the active profile (the runbook's
/// Comprehensive Health Check). Used by `--check` and the dashboard's "Check now".
QList<Source*> createCheckSuite(ConsoleContext& context, QObject* parent);
/// Upper bound for one run of the whole suite.
int checkSuiteDeadlineMs();

} // namespace Ops
