#pragma once

#include "models/health/healthschedule.h"
#include "models/profiles/connectionprofile.h"

#include <QDeadlineTimer>
#include <QString>
#include <QTest>

/// Addresses of the real servers scripts/stack.sh started on loopback.
/// They come from the stack's env file (OPSCONSOLE_STACK_ENV, sourced by scripts/test.sh).
/// A missing value fails the test: in CI a missing server is a failure, never a skip.
namespace Ops {
class HttpClient;
}

namespace TestEnv {

/// The value of an environment variable the stack exports; fails the current test (QFAIL-style,
/// through QTest::qFail) and returns an empty string when it is not set.
QString require(const char* name);
int requirePort(const char* name);

QString pgHost();
int pgPort();
/// Superuser connection string to the stack's PostgreSQL (trust auth on loopback).
QString pgAdminConnInfo(const QString& database = QStringLiteral("postgres"));
QString redisHost();
int redisPort();
QString prometheusUrl();
QString apiUrl();
QString stateDir();
/// The source tree (OPSCONSOLE_SOURCE_DIR, set by ctest).
QString sourceDir();
/// The `demo` profile scripts/stack.sh wrote for the local stack ($STATE/demo-profile.json).
Ops::ConnectionProfile stackProfile();
/// Switches the API simulator's scenario through its admin port; false when it did not answer.
bool setSimulatorScenario(const QString& name);
/// An HTTP client pointed at `profile`'s servers (no tokens), as the session configures one; owned by
/// `parent`.
Ops::HttpClient* httpFor(const Ops::ConnectionProfile& profile, QObject* parent);
/// Approves `program` for `dockerHost` as an operator does (its owner, mode and SHA-256 now), so that
/// the console may run it; fails the current test and returns false when it cannot be approved. Into
/// the stack's approvals (OPSCONSOLE_APPROVALS_FILE) when it is set, else into approvals of this test
/// process only (a temporary file, set as OPSCONSOLE_APPROVALS_FILE).
bool approveProgram(const QString& program, const QString& dockerHost = QString());
/// Every check every 2 s with a 1 s deadline: the schedule's behaviour in test time.
Ops::HealthSchedule fastHealthSchedule();

} // namespace TestEnv

/// Use at the top of a test function: returns from it when the environment is incomplete.
#define REQUIRE_ENV(expr)                                                                                    \
    do {                                                                                                     \
        if ((expr).isEmpty())                                                                                \
            return;                                                                                          \
    } while (false)

/// QTRY_VERIFY2_WITH_TIMEOUT for long waits on outside servers, as a loop on the clock. QTRY counts its
/// limit in 50 ms steps (an evaluation that itself waits stretches it), and when it fails it waits the
/// whole limit once more to say how long would have been enough: a 180 s wait ran into QtTest's own
/// limit for the function, which ends the test without `message` — the one line that says where a
/// procedure stood. `message` is evaluated once, when the wait has failed.
#define OPS_WAIT_FOR(expr, timeoutMs, message)                                                               \
    do {                                                                                                     \
        QDeadlineTimer opsWaitDeadline_(timeoutMs);                                                          \
        bool opsWaitMet_ = false;                                                                            \
        while (!(opsWaitMet_ = bool(expr)) && !opsWaitDeadline_.hasExpired())                                \
            QTest::qWait(50);                                                                                \
        if (!opsWaitMet_)                                                                                    \
            QVERIFY2(opsWaitMet_, qPrintable(QStringLiteral("%1 (waited %2 s): %3")                          \
                                                 .arg(QStringLiteral(#expr))                                 \
                                                 .arg((timeoutMs) / 1000)                                    \
                                                 .arg(message)));                                            \
    } while (false)
