// opsconsole: the thin executable. Parses the command line, picks the profile and the
// language, then opens the main window — or runs --check / --screenshot and exits.
#include "app/checkcommand.h"
#include "app/recordscommand.h"
#include "app/commandline.h"
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/languagemanager.h"
#include "models/core/stallprobe.h"
#include "models/health/healthmonitor.h"
#include "models/session/session.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "app/screenshotrunner.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <QTimer>

#include <cstring>
#include <sys/stat.h>
#include <memory>

namespace {

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

/// `--screenshot-grab screen` or `--screenshot-grab=screen`: the screenshot needs a real display.
bool grabsFromScreen(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot-grab=screen") == 0)
            return true;
        if (std::strcmp(argv[i], "--screenshot-grab") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "screen") == 0)
            return true;
    }
    return false;
}

/// Picks the profile for this run: --profile-file, then --profile, then the last one used, then the first saved.
bool chooseProfile(Ops::ConsoleContext& context, const Ops::CommandLineOptions& options, QString* error)
{
    using namespace Ops;
    if (!options.profileFile.isEmpty()) {
        const ProfileFile::ReadResult file = ProfileFile::read(options.profileFile);
        if (!file.ok()) {
            *error = file.error;
            return false;
        }
        for (const ConnectionProfile& p : file.profiles) {
            if (options.profile.isEmpty() || p.name == options.profile) {
                context.useTransientProfile(p);
                return true;
            }
        }
        *error = QCoreApplication::translate("Ops::Main", "The profile file has no profile named \"%1\".")
                     .arg(options.profile);
        return false;
    }
    if (!options.profile.isEmpty()) {
        if (context.activateProfile(options.profile))
            return true;
        *error = QCoreApplication::translate("Ops::Main", "There is no saved profile named \"%1\". Saved: %2.")
                     .arg(options.profile, context.profiles().names().join(QStringLiteral(", ")));
        return false;
    }
    const QString last = AppSettings::activeProfile().get();
    if (!last.isEmpty() && context.activateProfile(last))
        return true;
    if (!context.profiles().names().isEmpty())
        context.activateProfile(context.profiles().names().first());
    return true; // no profile at all: the Settings page invites the operator to add one
}

} // namespace

int main(int argc, char** argv)
{
    // Files only the operator can read: whatever the console creates without an explicit mode (and every
    // program it starts) gets none for group and others (README, "Files and permissions").
    ::umask(077);
    const bool check = hasArgument(argc, argv, "--check");
    const bool records = hasArgument(argc, argv, "--verify-audit") || hasArgument(argc, argv, "--migrate");
    // --check, --verify-audit, --migrate, --help and --version need no display: a plain core application.
    const bool headless = check || records || hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                          hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    // A rendered screenshot needs no display; one copied from the screen needs the real one.
    if (hasArgument(argc, argv, "--screenshot") && !grabsFromScreen(argc, argv) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("FragranceAI"));
    QCoreApplication::setApplicationName(QStringLiteral("opsconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSCONSOLE_VERSION));

    const Ops::CommandLineOptions options = Ops::parseCommandLine(QCoreApplication::arguments());
    if (options.outcome != Ops::CommandLineOptions::Outcome::Run) {
        const bool ok = options.outcome == Ops::CommandLineOptions::Outcome::ExitOk;
        QTextStream(ok ? stdout : stderr) << options.message << Qt::endl;
        return ok ? 0 : 2;
    }

    Ops::AppSettings::initialize(options.configDir);
    Ops::ConsoleContext context;
    const QString language = !options.language.isEmpty() ? options.language : Ops::AppSettings::language().get();
    context.language().setLanguage(language);

    QString error;
    if (!options.importFile.isEmpty()) {
        const Ops::ProfileFile::ReadResult imported = Ops::ProfileFile::read(options.importFile);
        if (!imported.ok()) {
            QTextStream(stderr) << imported.error << Qt::endl;
            return 2;
        }
        for (const Ops::ConnectionProfile& p : imported.profiles)
            context.profiles().save(p);
    }
    if (!chooseProfile(context, options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    Ops::StallProbe probe;
    if (!options.stallLog.isEmpty() && !probe.start(options.stallLog)) {
        QTextStream(stderr) << QCoreApplication::translate("Ops::Main", "Cannot write the stall log %1.")
                                   .arg(options.stallLog)
                            << Qt::endl;
        return 2;
    }

    if (options.verifyAudit || options.migrate) {
        Ops::RecordsCommand command(context,
                                    options.migrate ? Ops::RecordsCommand::Task::Migrate
                                                    : Ops::RecordsCommand::Task::VerifyAudit,
                                    options.adminUser);
        QTimer::singleShot(0, &command, &Ops::RecordsCommand::start);
        return app->exec();
    }
    if (check) {
        Ops::CheckCommand command(context, options.json);
        command.start();
        return app->exec();
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opsconsole.svg")));
    QFile theme(QStringLiteral(":/theme/theme.qss"));
    if (theme.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(theme.readAll()));
    Ops::MainWindow window(context);
    context.health().start();
    context.session().start();
    if (!options.screenshotPage.isEmpty()) {
        Ops::PageId page;
        Ops::pageFromKey(options.screenshotPage, &page);
        Ops::ScreenshotRunner runner(window, page, options.screenshotOut, options.screenshotSize,
                                     options.screenshotWaitMs);
        runner.setDetail(options.screenshotDetail);
        runner.setSettleMs(options.screenshotSettleMs);
        runner.setGrab(options.screenshotFromScreen ? Ops::ScreenshotRunner::Grab::Screen
                                                    : Ops::ScreenshotRunner::Grab::Render);
        runner.start();
        return app->exec();
    }
    window.show();
    return app->exec();
}
