#include "models/core/logging.h"

Q_LOGGING_CATEGORY(lcProfiles, "opsconsole.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "opsconsole.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "opsconsole.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "opsconsole.diagnostics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "opsconsole.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPostgres, "opsconsole.postgres", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRedis, "opsconsole.redis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrometheus, "opsconsole.prometheus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOrchestrator, "opsconsole.orchestrator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "opsconsole.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "opsconsole.session", QtInfoMsg)
