// The Logs page against a `logs -f` that floods at 5,000 lines/s (a stand-in compose program): the view
// keeps up (bounded, batched) and the GUI event loop never stalls above 50 ms (StallProbe); a page that
// is left stops its stream; the stack's own logs follow the chosen services. The figure at 50,000 lines/s
// comes from tests/bench/bench_console.
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/stallprobe.h"
#include "widgets/logs/logspage.h"
#include "models/logs/logbuffer.h"
#include "models/logs/loglinemodel.h"
#include "tests/common/testenv.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

using namespace Ops;

class TestLogsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QNetworkAccessManager m_net;

    bool setLogRate(int perSecond)
    {
        const QString base = TestEnv::require("OPSCONSOLE_SIM_ADMIN_URL");
        QNetworkRequest request(QUrl(base + QStringLiteral("/admin/config?logRate=%1").arg(perSecond)));
        request.setTransferTimeout(5000);
        QNetworkReply* reply = m_net.post(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(10000) && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    /// An executable script in `dir`.
    static QString writeScript(const QTemporaryDir& dir, const QString& name, const char* text)
    {
        const QString path = dir.filePath(name);
        QFile script(path);
        if (script.open(QIODevice::WriteOnly))
            script.write(text);
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    /// A profile whose compose program is `program` (its `logs -f` is the stand-in's output).
    static ConnectionProfile standInProfile(const QString& name, const QString& program, const QString& dir)
    {
        // The console runs only approved programs: the stand-in is approved as an operator would.
        if (!TestEnv::approveProgram(program))
            return ConnectionProfile();
        ConnectionProfile profile;
        profile.name = name;
        profile.orchestrator.composeCommand = QStringLiteral("docker-compose");
        profile.orchestrator.program = program;
        profile.orchestrator.composeFile = QStringLiteral("docker-compose.yml");
        profile.orchestrator.projectName = QStringLiteral("logs");
        profile.orchestrator.projectDirectory = dir;
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::initialize(m_config.path());
    }

    void cleanup()
    {
        if (!qEnvironmentVariableIsEmpty("OPSCONSOLE_SIM_ADMIN_URL"))
            QVERIFY(setLogRate(200));
    }

    void levelsAndTimestamps()
    {
        QCOMPARE(LogBuffer::levelOf(QStringLiteral("app-1 | 2025-10-14T12:00:00Z ERROR boom")),
                 LogLine::Level::Error);
        QCOMPARE(LogBuffer::levelOf(QStringLiteral("WARNING: slow")), LogLine::Level::Warn);
        QCOMPARE(LogBuffer::levelOf(QStringLiteral("INFO ok")), LogLine::Level::Info);
        // The same on the bytes as they arrive (what the buffer uses).
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("app-1 | 2025-10-14T12:00:00Z ERROR boom")), LogLine::Level::Error);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("x CRITICAL y")), LogLine::Level::Error);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("FATAL")), LogLine::Level::Error);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("WARNING: slow")), LogLine::Level::Warn);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("INFO ok, not an error")), LogLine::Level::Info);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView("debug")), LogLine::Level::Other);
        QCOMPARE(LogBuffer::levelOf(QByteArrayView()), LogLine::Level::Other);
        QCOMPARE(LogBuffer::withoutTimestamp(QStringLiteral("app-1  | 2025-10-14T12:00:00.123456Z INFO ok")),
                 QStringLiteral("app-1  | INFO ok"));
        QCOMPARE(LogBuffer::withoutTimestamp(QStringLiteral("2025-10-14T12:00:00Z INFO ok")),
                 QStringLiteral("INFO ok"));
        LogBuffer buffer;
        buffer.setCapacity(10);
        QSignalSpy appended(&buffer, &LogBuffer::appended);
        for (int i = 0; i < 25; ++i)
            buffer.append(QByteArray::number(i) + '\n');
        QTRY_COMPARE(appended.size(), 1); // one batch per tick
        QCOMPARE(buffer.lines().size(), 10);
        QCOMPARE(buffer.lines().first().text, QStringLiteral("15"));
        QCOMPARE(buffer.received(), 25);

        LogLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimit(4);
        model.append(buffer.lines().mid(0, 3));
        QCOMPARE(model.rowCount(), 3);
        model.append(buffer.lines().mid(3, 3)); // the oldest two go
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.textAt(0), QStringLiteral("17"));
        model.append(buffer.lines()); // more than the limit at once: the newest four
        QCOMPARE(model.textAt(3), QStringLiteral("24"));
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void keepsUpWithTheFlood()
    {
        // The stack's services log a few lines a second: a stand-in for `compose logs -f` floods at
        // 5,000 lines/s (a mix of levels, as compose writes them).
        QTemporaryDir dir;
        const QString program = writeScript(dir, QStringLiteral("compose"), R"(#!/usr/bin/env python3
import sys, time
levels = ["INFO"] * 6 + ["DEBUG", "WARNING", "INFO", "ERROR"]
start, i = time.monotonic(), 0
while True:
    due = int((time.monotonic() - start) * 5000)
    lines = []
    while i < due:
        lines.append("app_1  | 2025-10-14T12:00:%02d.%06dZ %s request %d from worker\n" % (i // 1000 % 60, i % 1000000, levels[i % 10], i))
        i += 1
    sys.stdout.write("".join(lines))
    sys.stdout.flush()
    time.sleep(0.002)
)");
        ConsoleContext context;
        context.useTransientProfile(standInProfile(QStringLiteral("logs-test"), program, dir.path()));
        LogsPage page(context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.setTail(100);
        page.start();
        QVERIFY(page.isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(page.buffer()->received() > 200, 15000); // the stream is up
        StallProbe probe;
        QVERIFY(probe.start());
        const qint64 startCount = page.buffer()->received();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 4000 && page.buffer()->received() - startCount > 12000,
                                 30000);
        const double seconds = double(clock.elapsed()) / 1000.0;
        const qint64 lines = page.buffer()->received() - startCount;
        probe.stop();
        qInfo("flood: %lld lines in %.1f s (%.0f lines/s), view %d lines, stall max %.1f ms, p99 %.1f ms, %d "
              "samples",
              lines, seconds, double(lines) / seconds, page.shownLines(), probe.maxLatenessMs(),
              probe.p99LatenessMs(), int(probe.sampleCount()));
        QVERIFY(double(lines) / seconds > 3000);
        QVERIFY(page.shownLines() > 1000);
        QVERIFY(page.shownLines() <= page.buffer()->capacity());
        QVERIFY2(probe.maxLatenessMs() < 50, qPrintable(QString::number(probe.maxLatenessMs())));

        // Level filter, search, pause, save.
        page.setPaused(true);
        page.setLevelFilter(LogsPage::LevelFilter::WarnAndAbove);
        QVERIFY(page.shownLines() > 0);
        for (int row = 0; row < page.lineModel()->rowCount(); ++row)
            QVERIFY(page.lineModel()->levelAt(row) == LogLine::Level::Warn ||
                    page.lineModel()->levelAt(row) == LogLine::Level::Error);
        page.setSearch(QStringLiteral("worker|app"));
        page.setTimestamps(false);
        const QString saved = page.save();
        QVERIFY(!saved.isEmpty());
        QVERIFY(QFileInfo(saved).fileName().startsWith(QStringLiteral("debug_")));
        QVERIFY(QFileInfo(saved).size() > 0);
        QFile::remove(saved);
        page.stop();
        QVERIFY(!page.isFollowing());
    }

    void leavingThePageStopsTheStream()
    {
        // A stand-in for `docker-compose logs -f`: a line every 10 ms until it is killed.
        QTemporaryDir dir;
        const QString program = writeScript(dir, QStringLiteral("compose"),
                                            "#!/bin/sh\ni=0\nwhile :; do\n  echo \"app_1  | 2025-10-14T12:00:00Z INFO line "
                                            "$i\"\n  i=$((i+1))\n  sleep 0.01\ndone\n");
        const ConnectionProfile profile = standInProfile(QStringLiteral("logs-hidden-test"), program, dir.path());
        ConsoleContext context;
        context.useTransientProfile(profile);
        LogsPage page(context);
        page.setRetention(1000);
        QCOMPARE(page.retention(), 1000);
        page.show(); // shown: it follows
        QTRY_VERIFY_WITH_TIMEOUT(page.isFollowing() && page.buffer()->received() > 3, 10000);

        QSignalSpy following(&page, &LogsPage::followingChanged);
        page.hide(); // left: the stream stops, the process goes
        QVERIFY(!page.isFollowing());
        QCOMPARE(following.size(), 1);
        QCOMPARE(following.first().first().toBool(), false);
        QVERIFY(page.buffer()->lines().size() <= page.retention());
        QVERIFY(page.shownLines() <= page.retention());

        page.show(); // back: it follows again
        QVERIFY(page.isFollowing());
        const qint64 before = page.buffer()->received();
        QTRY_VERIFY_WITH_TIMEOUT(page.buffer()->received() > before, 10000);

        // A stream the operator stopped stays stopped across a visit elsewhere.
        page.stop();
        page.hide();
        page.show();
        QVERIFY(!page.isFollowing());
    }

    void retentionBoundsWhatIsKept()
    {
        LogBuffer buffer;
        buffer.setCapacity(100);
        for (int i = 0; i < 250; ++i)
            buffer.append(QByteArray::number(i));
        QTRY_COMPARE(buffer.lines().size(), 100);
        buffer.setCapacity(40); // a smaller retention drops the oldest at once
        QCOMPARE(buffer.lines().size(), 40);
        QCOMPARE(buffer.lines().first().text, QStringLiteral("210"));
        QCOMPARE(buffer.dropped(), 210);
    }

    void followsTheChosenServices()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("logs-services-test");
        ConsoleContext context;
        context.useTransientProfile(profile);
        LogsPage page(context);
        page.resize(1280, 600);
        page.show();
        page.setServices({QStringLiteral("worker-rl"), QStringLiteral("worker-llm")});
        page.start();
        QTRY_VERIFY_WITH_TIMEOUT(page.buffer()->received() > 20, 15000);
        // Only those services' lines, by the container prefix compose writes ("fragrance-ai-worker-llm-1  | …"
        // from compose v2, "fragrance-ai_worker-llm_1  | …" from v1, whose "Attaching to …" header names them too).
        const auto serviceOf = [](const LogLine& line) {
            static const QRegularExpression prefix(QStringLiteral("^\\S*?(app|nginx|postgres|redis|worker-llm|worker-rl|prometheus|grafana)[-_]\\d+\\s+\\|"));
            static const QRegularExpression attaching(QStringLiteral("^Attaching to \\S*?(worker-llm|worker-rl)[-_]\\d+"));
            const QRegularExpressionMatch header = attaching.match(line.text);
            return header.hasMatch() ? header.captured(1) : prefix.match(line.text).captured(1);
        };
        for (const LogLine& line : page.buffer()->lines())
            QVERIFY2(serviceOf(line).startsWith(QLatin1String("worker-")), qPrintable(line.text));
        // The menu offers every service, checked as chosen; unchecking one restarts the stream.
        auto* button = page.findChild<QToolButton*>(QStringLiteral("services"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("worker-llm, worker-rl"));
        QMenu* menu = button->menu();
        Q_EMIT menu->aboutToShow();
        QAction* rl = nullptr;
        for (QAction* a : menu->actions())
            if (a->text() == QLatin1String("worker-rl"))
                rl = a;
        QVERIFY(rl && rl->isChecked());
        rl->setChecked(false);
        QCOMPARE(page.services(), QStringList{QStringLiteral("worker-llm")});
        QTRY_VERIFY_WITH_TIMEOUT(page.isFollowing() && page.buffer()->received() > 5, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.buffer()->lines().isEmpty(), 15000);
        for (const LogLine& line : page.buffer()->lines())
            QVERIFY2(serviceOf(line) == QLatin1String("worker-llm"), qPrintable(line.text));
        page.setServices({});
        QCOMPARE(button->text(), QStringLiteral("All services"));
        page.stop();
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
