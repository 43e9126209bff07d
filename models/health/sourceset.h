#pragma once

#include "models/health/healthschedule.h"

#include <QList>
#include <QPointer>

class QObject;

namespace Ops {

class AlertmanagerSource;
class ApiSource;
class HttpClient;
class HostSource;
class OrchestratorSource;
class PostgresSource;
class PrometheusClient;
class PrometheusSource;
class RedisSource;
class Source;
struct ConnectionProfile;

/// The sources that watch one stack, configured from a profile and its health schedule.
/// Shared by the always-on HealthMonitor and the one-shot `--check`.
struct SourceSet
{
    ApiSource* api = nullptr;
    PostgresSource* postgres = nullptr;
    RedisSource* redis = nullptr;
    PrometheusSource* prometheus = nullptr;
    HostSource* host = nullptr;
    OrchestratorSource* orchestrator = nullptr;
    AlertmanagerSource* alertmanager = nullptr; ///< only when the profile names an Alertmanager
    PrometheusClient* promClient = nullptr; ///< for the host figures and ad-hoc queries
    HttpClient* http = nullptr;             ///< the client they all use (not owned): the API's /docs, /metrics

    QList<Source*> all() const;
};

/// Creates every source for `profile` (children of `parent`); none is started. HTTP goes through
/// `http` (configured for the profile: base URLs, TLS, tokens). Passwords are not set here: they come
/// from the keychain, asynchronously.
SourceSet createSourceSet(const ConnectionProfile& profile, const HealthSchedule& schedule, HttpClient* http,
                          QObject* parent);

} // namespace Ops
