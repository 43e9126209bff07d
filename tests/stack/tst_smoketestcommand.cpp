// SmokeTestCommand: the profile's smoke test as an argv list — split without a shell, absolute program only.
#include "models/stack/smoketestcommand.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Ops;

class TestSmokeTestCommand : public QObject
{
    Q_OBJECT

    static QStringList argv(const QString& command, QString* error)
    {
        ConnectionProfile p;
        p.smokeTestCommand = command;
        return SmokeTestCommand::argv(p, error);
    }

private Q_SLOTS:
    void splitsQuotedArgumentsWithoutAShell()
    {
        QString error;
        // QProcess::splitCommand quotes with double quotes (not single ones).
        const QStringList a = argv(QStringLiteral("/bin/echo http://api:8000 \"two words\" ;rm"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // `;rm` is an argument of echo, not a second command: nothing interprets it.
        QCOMPARE(a, (QStringList{QStringLiteral("/bin/echo"), QStringLiteral("http://api:8000"),
                                 QStringLiteral("two words"), QStringLiteral(";rm")}));
    }

    void refusesWhatCannotBeRunSafely_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("no smoke-test command");
        QTest::newRow("relative") << QStringLiteral("./scripts/smoke_test.sh") << QStringLiteral("absolute path");
        QTest::newRow("from PATH") << QStringLiteral("smoke_test.sh http://x") << QStringLiteral("absolute path");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/smoke_test.sh") << QStringLiteral("does not exist");
    }

    void refusesWhatCannotBeRunSafely()
    {
        QFETCH(QString, command);
        QFETCH(QString, words);
        QString error;
        QVERIFY(argv(command, &error).isEmpty());
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void refusesAFileThatIsNotExecutable()
    {
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write("#!/bin/sh\nexit 0\n");
        script.close();
        QFile::setPermissions(script.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY(argv(script.fileName(), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not executable")), qPrintable(error));
        QFile::setPermissions(script.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(argv(script.fileName() + QStringLiteral(" http://127.0.0.1:8000"), &error),
                 (QStringList{script.fileName(), QStringLiteral("http://127.0.0.1:8000")}));
    }
};

QTEST_GUILESS_MAIN(TestSmokeTestCommand)
#include "tst_smoketestcommand.moc"
