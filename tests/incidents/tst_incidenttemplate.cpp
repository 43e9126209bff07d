#include "models/incidents/incidenttemplate.h"

#include <QTest>
#include <QTranslator>

using namespace Ops;

/// A translator that knows two words, standing in for opsconsole_ko.qm.
class FakeKorean final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Ops::IncidentTemplate") != 0)
            return {};
        if (qstrcmp(source, "Severity") == 0)
            return QStringLiteral("심각도");
        if (qstrcmp(source, "Investigating") == 0)
            return QStringLiteral("조사 중");
        return {};
    }
    bool isEmpty() const override { return false; }
};

class TestIncidentTemplate : public QObject
{
    Q_OBJECT

    static Incident sample()
    {
        Incident i = Incident::create(QStringLiteral("API down"), Severity::P0);
        i.startedAt = QDateTime(QDate(2025, 10, 4), QTime(12, 0), Qt::UTC);
        i.impact = QStringLiteral("All requests fail");
        i.timeline = {{QUuid::createUuid(), i.startedAt.addSecs(5 * 60), QStringLiteral("kim"), QStringLiteral("Restarted app")}};
        i.actionsTaken = {QStringLiteral("Restart"), QStringLiteral("Rollback to v0.1.0")};
        i.nextSteps = {QStringLiteral("Watch error rate")};
        i.eta = QStringLiteral("13:00 UTC");
        i.alerts = {QStringLiteral("HighErrorRate: High error rate detected")};
        i.setChecked(ServiceRestored, true);
        return i;
    }

private Q_SLOTS:
    void communicationInEnglish()
    {
        const QString text = IncidentTemplate::communication(sample(), nullptr, QTimeZone("Asia/Seoul"));
        QVERIFY(text.startsWith(QStringLiteral("🚨 Incident: API down\n\n")));
        QVERIFY(text.contains(QStringLiteral("Severity: P0\n")));
        QVERIFY(text.contains(QStringLiteral("Status: Investigating\n")));
        QVERIFY(text.contains(QStringLiteral("Impact: All requests fail\n")));
        QVERIFY(text.contains(QStringLiteral("Started: 2025-10-04 12:00 UTC / 2025-10-04 21:00 KST\n")));
        QVERIFY(text.contains(QStringLiteral("Updates:\n[12:05 UTC / 21:05 KST] - Restarted app\n")));
        QVERIFY(text.contains(QStringLiteral("Actions Taken:\n- Restart\n- Rollback to v0.1.0\n")));
        QVERIFY(text.contains(QStringLiteral("Next Steps:\n- Watch error rate\n")));
        QVERIFY(text.endsWith(QStringLiteral("ETA: 13:00 UTC\n")));
    }

    // An update at 22:26 UTC is already the next day in Seoul: the local time carries its date.
    void updatesAfterMidnightLocallySayTheirDate()
    {
        Incident i = sample();
        i.timeline = {{QUuid::createUuid(), QDateTime(QDate(2025, 10, 4), QTime(22, 26), Qt::UTC), QStringLiteral("kim"),
                       QStringLiteral("Rolled back")}};
        const QString text = IncidentTemplate::communication(i, nullptr, QTimeZone("Asia/Seoul"));
        QVERIFY2(text.contains(QStringLiteral("[22:26 UTC / 10-05 07:26 KST] - Rolled back\n")), qPrintable(text));
        QVERIFY(IncidentTemplate::postmortem(i, nullptr, QTimeZone("Asia/Seoul"))
                    .contains(QStringLiteral("| 2025-10-04 22:26 | 10-05 07:26 | Rolled back |")));
    }

    void communicationInAnotherLanguage()
    {
        FakeKorean korean;
        const QString text = IncidentTemplate::communication(sample(), &korean, QTimeZone("Asia/Seoul"));
        QVERIFY(text.contains(QStringLiteral("심각도: P0\n")));
        QVERIFY(text.contains(QStringLiteral(": 조사 중\n")));
        QVERIFY(text.contains(QStringLiteral("Impact: "))); // untranslated words fall back to the source
    }

    void logLinesLikeTheRunbook()
    {
        QCOMPARE(IncidentTemplate::dateCommandFormat(QDateTime(QDate(2025, 10, 4), QTime(12, 0, 7), Qt::UTC)),
                 QStringLiteral("Sat Oct  4 12:00:07 UTC 2025"));
        const Incident i = sample();
        QCOMPARE(IncidentTemplate::logFileName(i), QStringLiteral("incidents/incident_20251004.log"));
        const QStringList lines = IncidentTemplate::logLines(i).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("Sat Oct  4 12:00:00 UTC 2025: Incident detected - [P0] API down (All requests fail)"));
        QCOMPARE(lines.at(1), QStringLiteral("Sat Oct  4 12:05:00 UTC 2025: Update - Restarted app"));
    }

    void postmortemDraft()
    {
        const QString md = IncidentTemplate::postmortem(sample(), nullptr, QTimeZone::utc());
        QVERIFY(md.startsWith(QStringLiteral("# Postmortem: API down\n")));
        QVERIFY(md.contains(QStringLiteral("## Timeline")));
        QVERIFY(md.contains(QStringLiteral("| 2025-10-04 12:05 | 12:05 | Restarted app |")));
        QVERIFY(md.contains(QStringLiteral("## Alerts that fired\n\n- HighErrorRate: High error rate detected\n")));
        QVERIFY(md.contains(QStringLiteral("- [x] Service restored\n")));
        QVERIFY(md.contains(QStringLiteral("- [ ] Postmortem scheduled\n")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentTemplate)
#include "tst_incidenttemplate.moc"
