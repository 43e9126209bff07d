#pragma once

#include "toolstest.h"

/// Helpers of tst_dockerdouble only: the `docker` command double at $STATE/bin/docker and the old
/// host simulator's admin endpoint. The real stack no longer installs the double (the console's own
/// tests still use it until they move to the real engine); see tests/tools/CMakeLists.txt.
namespace DoubleTest {

using ToolsTest::RunResult;

QString adminUrl();   ///< OPSCONSOLE_SIM_ADMIN_URL, $STATE/sim/admin.url, or API port + 1
QString dockerPath(); ///< $STATE/bin/docker
bool setScenario(const QString& name);
/// Runs the docker double the way the console does: an argument list and a minimal environment
/// (PATH, HOME, plus extra).
RunResult docker(const QStringList& args, const QMap<QString, QString>& extraEnv = {},
                 const QByteArray& stdinData = {}, int timeoutMs = 30000);

} // namespace DoubleTest
