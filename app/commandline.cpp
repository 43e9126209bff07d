#include "app/commandline.h"

#include "widgets/shell/pageid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Ops {

CommandLineOptions parseCommandLine(const QStringList& arguments)
{
    CommandLineOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Ops::CommandLine", "Fragrance AI Operations Console: the operations runbook as guided, audited flows."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("Ops::CommandLine", "Use the saved profile <name>."),
                                     QStringLiteral("name"));
    const QCommandLineOption profileFile(
        QStringLiteral("profile-file"),
        QCoreApplication::translate("Ops::CommandLine", "Use the profile in <file> for this run without saving it."),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Ops::CommandLine", "Interface language: ko or en."),
                                  QStringLiteral("code"));
    QStringList pageKeys;
    for (PageId p : allPages())
        pageKeys << pageKey(p);
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("Ops::CommandLine", "Open on <page> instead of the last page shown. Pages: %1.")
            .arg(pageKeys.join(QStringLiteral(", "))),
        QStringLiteral("page"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Ops::CommandLine", "Show <page>, wait for its first data, save a picture of the "
                                                        "window (--out) and exit; see --screenshot-grab. Pages: %1. The "
                                                        "rollback wizard's steps: rollback:assess, rollback:target, "
                                                        "rollback:backup, rollback:review, rollback:execute, "
                                                        "rollback:verify, rollback:after (the last three show a recorded rollback "
                                                        "to 0.1.0). A screenshot changes nothing: no command acts on the stack, "
                                                        "no audit row is written.")
            .arg(pageKeys.join(QStringLiteral(", "))),
        QStringLiteral("page"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Ops::CommandLine", "PNG file for --screenshot."),
                                 QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("Ops::CommandLine", "Window size for --screenshot."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption wait(
        QStringLiteral("screenshot-wait"),
        QCoreApplication::translate("Ops::CommandLine", "Longest wait for the page's first data, in ms."),
        QStringLiteral("ms"), QStringLiteral("8000"));
    const QCommandLineOption settle(
        QStringLiteral("screenshot-settle"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Wait this long after the page's first data before taking the picture, in ms."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption grab(
        QStringLiteral("screenshot-grab"),
        QCoreApplication::translate(
            "Ops::CommandLine",
            "How --screenshot takes the picture. render (default): paint the window into an image "
            "(QWidget::grab), offscreen unless QT_QPA_PLATFORM is set. screen: show a real window on the "
            "display (QT_QPA_PLATFORM=xcb and DISPLAY, e.g. an Xvfb server), wait until it has painted its "
            "data and stopped repainting, and copy its pixels from the screen: exactly what an operator sees."),
        QStringLiteral("how"), QStringLiteral("render"));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Run every health check of the active profile once, read the stack's alerts "
                                    "(Prometheus; Alertmanager when the profile names one: silenced alerts do not "
                                    "count), print the result and exit: 0 healthy; 1 a check failed; 2 bad command "
                                    "line or no profile; 3 the checks passed but a critical alert fires; 4 the profile "
                                    "names a program that is not approved on this workstation (then no program is run; "
                                    "see --approve-programs)."));
    const QCommandLineOption ignoreAlerts(
        QStringLiteral("ignore-alerts"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "With --check: list the alerts, but let only the checks decide the exit code."));
    const QCommandLineOption approve(
        QStringLiteral("approve-programs"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Show every program the profile (--profile or --profile-file) would run, with its "
                                    "owner, mode, SHA-256 and command lines, and approve them on this workstation once "
                                    "you type \"approve\". Exit 0 when approved, 4 when not."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Ops::CommandLine", "Print --check results as JSON."));
    const QCommandLineOption stall(
        QStringLiteral("stall-log"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Record the event loop's lateness (p50, p99 and max per minute and for the "
                                    "whole run) to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption config(
        QStringLiteral("config-dir"),
        QCoreApplication::translate("Ops::CommandLine", "Keep settings in <dir> instead of the default location."),
        QStringLiteral("dir"));
    const QCommandLineOption import(
        QStringLiteral("import-profiles"),
        QCoreApplication::translate("Ops::CommandLine", "Save the new profiles in <file> to the settings, then start. A "
                                                        "saved profile the file would change is never overwritten: "
                                                        "the changes are printed and nothing is imported."),
        QStringLiteral("file"));
    const QCommandLineOption verifyAudit(
        QStringLiteral("verify-audit"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Check the audit trail's hash chain in the active profile's records database, "
                                    "print the result and exit (0 intact, 1 broken: the first broken row is named, "
                                    "2 not checked)."));
    const QCommandLineOption migrate(
        QStringLiteral("migrate"),
        QCoreApplication::translate("Ops::CommandLine",
                                    "Apply the records database's pending migrations as an administrator "
                                    "(--admin-user; its password from PGPASSWORD or ~/.pgpass), let the profile's "
                                    "role append and read the records, and exit."));
    const QCommandLineOption adminUser(
        QStringLiteral("admin-user"),
        QCoreApplication::translate("Ops::CommandLine", "The PostgreSQL superuser --migrate connects as."),
        QStringLiteral("role"), QStringLiteral("postgres"));
    parser.addOptions({profile, profileFile, import, lang, page, screenshot, out, size, wait, settle, grab, check,
                       ignoreAlerts, approve, json, stall, config, verifyAudit, migrate, adminUser});

    if (!parser.parse(arguments)) {
        o.outcome = CommandLineOptions::Outcome::ExitError;
        o.message = parser.errorText();
        return o;
    }
    if (parser.isSet(help)) {
        o.outcome = CommandLineOptions::Outcome::ExitOk;
        o.message = parser.helpText();
        return o;
    }
    if (parser.isSet(version)) {
        o.outcome = CommandLineOptions::Outcome::ExitOk;
        o.message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return o;
    }
    const auto fail = [&o](const QString& message) {
        o.outcome = CommandLineOptions::Outcome::ExitError;
        o.message = message;
        return o;
    };

    o.profile = parser.value(profile);
    o.profileFile = parser.value(profileFile);
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && o.language != QLatin1String("ko") && o.language != QLatin1String("en"))
        return fail(QCoreApplication::translate("Ops::CommandLine", "Unknown language \"%1\": use ko or en.")
                        .arg(o.language));
    o.startPage = parser.value(page);
    if (PageId ignored; !o.startPage.isEmpty() && !pageFromKey(o.startPage, &ignored))
        return fail(QCoreApplication::translate("Ops::CommandLine", "Unknown page \"%1\". Pages: %2.")
                        .arg(o.startPage, pageKeys.join(QStringLiteral(", "))));
    o.check = parser.isSet(check);
    o.approvePrograms = parser.isSet(approve);
    o.json = parser.isSet(json);
    o.ignoreAlerts = parser.isSet(ignoreAlerts);
    if (o.ignoreAlerts && !o.check)
        return fail(QCoreApplication::translate("Ops::CommandLine", "--ignore-alerts only goes with --check."));
    o.verifyAudit = parser.isSet(verifyAudit);
    o.migrate = parser.isSet(migrate);
    o.adminUser = parser.value(adminUser);
    static const QRegularExpression roleRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!roleRe.match(o.adminUser).hasMatch())
        return fail(QCoreApplication::translate("Ops::CommandLine", "--admin-user must be a role name, not \"%1\".")
                        .arg(o.adminUser));
    if (int(o.check) + int(o.verifyAudit) + int(o.migrate) + int(o.approvePrograms) > 1)
        return fail(QCoreApplication::translate("Ops::CommandLine",
                                                "--check, --verify-audit, --migrate and --approve-programs cannot be combined."));
    o.stallLog = parser.isSet(stall) ? parser.value(stall) : qEnvironmentVariable("OPSCONSOLE_STALL_LOG");
    o.configDir = parser.value(config);
    o.importFile = parser.value(import);
    if (!o.importFile.isEmpty() && !o.profileFile.isEmpty())
        return fail(QCoreApplication::translate("Ops::CommandLine",
                                                "--import-profiles and --profile-file cannot be combined."));

    if (parser.isSet(screenshot)) {
        o.screenshotPage = parser.value(screenshot).section(u':', 0, 0);
        o.screenshotDetail = parser.value(screenshot).section(u':', 1);
        PageId ignored;
        if (!pageFromKey(o.screenshotPage, &ignored))
            return fail(QCoreApplication::translate("Ops::CommandLine", "Unknown page \"%1\". Pages: %2.")
                            .arg(o.screenshotPage, pageKeys.join(QStringLiteral(", "))));
        o.screenshotOut = parser.value(out);
        if (o.screenshotOut.isEmpty())
            return fail(QCoreApplication::translate("Ops::CommandLine", "--screenshot needs --out FILE.png."));
        static const QRegularExpression sizeRe(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = sizeRe.match(parser.value(size));
        if (!m.hasMatch())
            return fail(QCoreApplication::translate("Ops::CommandLine", "--size must look like 1280x800."));
        o.screenshotSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        bool ok = false;
        o.screenshotWaitMs = parser.value(wait).toInt(&ok);
        if (!ok || o.screenshotWaitMs < 0)
            return fail(QCoreApplication::translate("Ops::CommandLine", "--screenshot-wait must be a number of ms."));
        o.screenshotSettleMs = parser.value(settle).toInt(&ok);
        if (!ok || o.screenshotSettleMs < 0)
            return fail(QCoreApplication::translate("Ops::CommandLine", "--screenshot-settle must be a number of ms."));
        const QString how = parser.value(grab);
        if (how != QLatin1String("render") && how != QLatin1String("screen"))
            return fail(QCoreApplication::translate("Ops::CommandLine",
                                                    "Unknown --screenshot-grab \"%1\": use render or screen.")
                            .arg(how));
        o.screenshotFromScreen = how == QLatin1String("screen");
    }
    if ((o.check || o.verifyAudit || o.migrate) && !o.screenshotPage.isEmpty())
        return fail(QCoreApplication::translate("Ops::CommandLine", "--check, --verify-audit or --migrate and --screenshot cannot be combined."));
    if (o.approvePrograms && !o.screenshotPage.isEmpty())
        return fail(QCoreApplication::translate("Ops::CommandLine",
                                                "--approve-programs cannot be combined with --check or --screenshot."));
    return o;
}

} // namespace Ops
