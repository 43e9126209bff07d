// The Korean translation is complete: after lupdate over the sources, no entry of
// translations/opsconsole_ko.ts is unfinished or empty, and lupdate finds no tr() whose
// context it cannot tell (such strings would silently never be translated).
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanIsCompleteAfterLupdate()
    {
        const QString root = TestEnv::sourceDir();
        REQUIRE_ENV(root);
        QTemporaryDir tmp;
        const QString ts = tmp.filePath(QStringLiteral("opsconsole_ko.ts"));
        QVERIFY(QFile::copy(root + QStringLiteral("/translations/opsconsole_ko.ts"), ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(root);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // A test process, not the GUI: waiting here is fine.
        lupdate.start(QStringLiteral(OPSCONSOLE_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       // Includes name their layer from the repository root.
                       QStringLiteral("-I"), root,
                       QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("app"),
                       QStringLiteral("widgets"), QStringLiteral("models"), QStringLiteral("-ts"), ts,
                       QStringLiteral("-target-language"), QStringLiteral("ko")});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);
        QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")) && !output.contains(QLatin1String("Cannot invoke tr()")),
                 qPrintable(output));

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        static const QRegularExpression message(QStringLiteral("<message[^>]*>.*?</message>"),
                                                QRegularExpression::DotMatchesEverythingOption);
        QStringList problems;
        int count = 0;
        for (auto it = message.globalMatch(xml); it.hasNext();) {
            const QString m = it.next().captured(0);
            ++count;
            const bool unfinished = m.contains(QLatin1String("type=\"unfinished\"")) ||
                                    m.contains(QLatin1String("type=\"vanished\"")) ||
                                    m.contains(QLatin1String("<translation/>")) ||
                                    m.contains(QLatin1String("<translation></translation>")) ||
                                    m.contains(QLatin1String("<numerusform></numerusform>")) ||
                                    m.contains(QLatin1String("<numerusform/>"));
            if (unfinished) {
                static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                                       QRegularExpression::DotMatchesEverythingOption);
                problems << source.match(m).captured(1);
            }
        }
        QVERIFY(count > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 Korean entries missing or unfinished "
                                                               "(run scripts/update-translations.sh and translate "
                                                               "them):\n  %2")
                                                    .arg(problems.size())
                                                    .arg(problems.mid(0, 40).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
