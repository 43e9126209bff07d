#pragma once

#include <QList>

class QObject;

namespace Ops {

class HttpClient;
class Source;
struct ConnectionProfile;

/// The runbook's health checks of `profile` for one `--check` run: every source of the profile
/// (children of `parent`), not started; HTTP through `http`, configured for the profile.
QList<Source*> createCheckSuite(const ConnectionProfile& profile, HttpClient* http, QObject* parent);

/// How long a whole `--check` may take, keychain included.
int checkSuiteDeadlineMs();

} // namespace Ops
