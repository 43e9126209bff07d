// Helper process of tst_gradualdownscale: a console that starts a gradual downscale of worker-llm against
// the local stack (records, lock and audit trail in DATABASE; the plan saved in STATE_DIR) and kills
// itself with SIGKILL at a chosen moment — a console dying in the middle of the plan.
//   gradualdownscalechild STATE_DIR DATABASE FROM TO WHEN
// WHEN: "waiting" — once the first step is done and the plan waits for the next one
//       "scaling" — while the first step's `docker-compose up --scale` runs (its intent is recorded);
//                   prints "child <pid>" (that docker-compose) first
// Exit 3: a step failed or the plan ended before the kill.
#include "models/audit/auditstore.h"
#include "models/scaling/gradualdownscale.h"
#include "models/scaling/scaleoperation.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/operatorlock.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Ops;

namespace {

/// A child of this process whose arguments include `--scale`, or 0.
qint64 scaleChild()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().split('\0').contains("--scale"))
            return entry.toLongLong();
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    const QString when = args.at(5);
    const ConnectionProfile profile = TestEnv::stackProfile();
    PostgresConnectionParams params;
    params.host = TestEnv::pgHost();
    params.port = TestEnv::pgPort();
    params.database = args.at(2);
    params.user = QStringLiteral("fragrance_user");
    params.sslMode = QStringLiteral("disable");
    DatabaseWorker worker;
    worker.setConnectionParams(params);
    OfflineJournal journal(args.at(1) + QStringLiteral("/journal"));
    AuditStore audit(&worker, &journal);
    OperatorLock lock;
    lock.setConnectionParams(params);
    lock.setKey(OperatorLock::keyFor(profile));
    ComposeOrchestrator orchestrator;
    orchestrator.setSettings(profile.orchestrator);
    QMap<QString, QString> tags;
    tags.insert(QStringLiteral("worker-llm"), StackTest::tagOf(QStringLiteral("worker-llm")));
    orchestrator.setRunningTags(tags);
    ScaleOperation operation(&orchestrator, &lock, &audit);
    operation.setProfileName(profile.name);
    GradualDownscale plan(&operation);
    plan.setProfileName(profile.name);
    plan.setStateFile(GradualDownscaleStateFile(profile.name, args.at(1)));
    plan.setIntervalSeconds(2);
    plan.setReplicaSource([](const QString& service) { return ScalingFixture::replicasOf(service); });

    QObject::connect(&plan, &GradualDownscale::waiting, &app, [when](int) {
        if (when == QLatin1String("waiting"))
            std::raise(SIGKILL);
    });
    QObject::connect(&plan, &GradualDownscale::finished, &app, [](GradualDownscale::State, const QString& message) {
        std::fprintf(stderr, "the plan ended: %s\n", qPrintable(message));
        QCoreApplication::exit(3);
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&poll] {
        const qint64 child = scaleChild();
        if (child == 0)
            return;
        poll.stop();
        std::printf("child %lld\n", child);
        std::fflush(stdout);
        std::raise(SIGKILL);
    });
    if (when == QLatin1String("scaling"))
        poll.start(10);
    plan.start(QStringLiteral("worker-llm"), args.at(3).toInt(), args.at(4).toInt(), QStringLiteral("traffic down (test)"));
    return app.exec();
}
