// Which Compose a profile's program is: parsed from `version --short`, and asked of the real
// docker-compose 1.29 of the stack (Settings shows it), refused for a program nobody approved.
#include "models/stack/composeversion.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestComposeVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("text");
        QTest::newRow("v1") << QByteArray("1.29.2\n") << 1 << QStringLiteral("1.29.2");
        QTest::newRow("v2 plugin") << QByteArray("v2.20.3\n") << 2 << QStringLiteral("2.20.3");
        QTest::newRow("v2 standalone") << QByteArray("2.24.6") << 2 << QStringLiteral("2.24.6");
        QTest::newRow("desktop build") << QByteArray("\n2.23.0-desktop.1\n") << 2 << QStringLiteral("2.23.0-desktop.1");
        QTest::newRow("long banner") << QByteArray("docker-compose version 1.29.2, build unknown\n") << 0 << QString();
        QTest::newRow("empty") << QByteArray() << 0 << QString();
        QTest::newRow("garbage") << QByteArray("\xff\xfe 1.2.3") << 0 << QString();
        QTest::newRow("huge number") << QByteArray("99999999999.1.1") << 0 << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, major);
        QFETCH(QString, text);
        const ComposeVersion version = ComposeVersion::parse(output);
        QCOMPARE(version.major, major);
        QCOMPARE(version.text, text);
        QCOMPARE(version.isValid(), major > 0);
    }

    void describeNamesTheContainers()
    {
        QVERIFY(ComposeVersion::parse("1.29.2").describe(QStringLiteral("fragrance-ai")).contains(QStringLiteral("fragrance-ai_app_1")));
        QVERIFY(ComposeVersion::parse("2.20.3").describe(QStringLiteral("fragrance-ai")).contains(QStringLiteral("fragrance-ai-app-1")));
    }

    /// The stack's own program: Debian's docker-compose 1.29, approved by scripts/stack.sh.
    void theStacksDockerComposeIsV1()
    {
        const OrchestratorSettings settings = TestEnv::stackProfile().orchestrator;
        QVERIFY(!settings.program.isEmpty());
        ComposeVersionProbe probe;
        QSignalSpy detected(&probe, &ComposeVersionProbe::detected);
        QSignalSpy failed(&probe, &ComposeVersionProbe::failed);
        probe.start(settings);
        QTRY_VERIFY_WITH_TIMEOUT(detected.size() + failed.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto version = detected.first().first().value<ComposeVersion>();
        QCOMPARE(version.major, 1);
        QVERIFY(version.text.startsWith(QStringLiteral("1.29.")));
    }

    /// A program the operator never approved is not run to ask it: the probe says why instead.
    void unapprovedProgramIsNotRun()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("ran"));
        const QString script = dir.filePath(QStringLiteral("docker-compose"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\ntouch '" + marker.toUtf8() + "'\necho 1.29.2\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        OrchestratorSettings settings = TestEnv::stackProfile().orchestrator;
        settings.program = script;
        ComposeVersionProbe probe;
        QSignalSpy detected(&probe, &ComposeVersionProbe::detected);
        QSignalSpy failed(&probe, &ComposeVersionProbe::failed);
        probe.start(settings);
        QTRY_VERIFY_WITH_TIMEOUT(detected.size() + failed.size() > 0, 30000);
        QCOMPARE(detected.size(), 0);
        QVERIFY(!QFile::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestComposeVersion)
#include "tst_composeversion.moc"
