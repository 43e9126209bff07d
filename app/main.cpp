// opsconsole: the thin executable. Parses the command line, picks the profile and the
// language, then opens the main window — or runs --check / --screenshot and exits.
#include "app/approvecommand.h"
#include "app/checkcommand.h"
#include "app/commandline.h"
#include "app/profileimportcommand.h"
#include "app/quitonsignal.h"
#include "app/recordscommand.h"
#include "app/screenshotrunner.h"
#include "app/startupmarks.h"
#include "models/core/appsettings.h"
#include "models/core/languagemanager.h"
#include "models/core/memoryrelease.h"
#include "models/core/stallprobe.h"
#include "models/health/healthmonitor.h"
#include "models/profiles/profilefile.h"
#include "models/profiles/profilestore.h"
#include "models/session/consolecontext.h"
#include "models/session/session.h"
#include "widgets/pages/page.h"
#include "widgets/shell/appicons.h"
#include "widgets/shell/lazyiconstyle.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
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
    const Ops::StartupMarks::Stamp mainStamp = Ops::StartupMarks::now();
    Ops::Memory::tuneAllocator();
    // Files only the operator can read: whatever the console creates without an explicit mode (and every
    // program it starts) gets none for group and others (README, "Files and permissions").
    ::umask(077);
    const bool check = hasArgument(argc, argv, "--check");
    const bool approve = hasArgument(argc, argv, "--approve-programs");
    const bool records = hasArgument(argc, argv, "--verify-audit") || hasArgument(argc, argv, "--migrate");
    // --check, --approve-programs, --verify-audit, --migrate, --help and --version need no display: a plain
    // core application.
    const bool headless = check || approve || records || hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                          hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    // A rendered screenshot needs no display; one copied from the screen needs the real one.
    if (hasArgument(argc, argv, "--screenshot") && !grabsFromScreen(argc, argv) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    Ops::StartupMarks* marks = Ops::StartupMarks::fromEnvironment(mainStamp, app.get());
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
        if (!Ops::ProfileImportCommand::run(context.profiles(), imported.profiles))
            return 2;
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

    if (approve) {
        if (!context.hasActiveProfile()) {
            QTextStream(stderr) << QCoreApplication::translate("Ops::Main",
                                                               "No profile: use --profile NAME or --profile-file FILE.")
                                << Qt::endl;
            return 2;
        }
        return Ops::ApproveCommand::run(context.activeProfile());
    }

    const Ops::QuitOnSignal quitOnSignal;
    if (check) {
        Ops::CheckCommand command(context, options.json);
        command.setIgnoreAlerts(options.ignoreAlerts);
        command.start();
        return app->exec();
    }

    // The platform's style, with standard icons made when first drawn (see LazyIconStyle): the menu bar
    // no longer loads every image format plugin before the first frame.
    QApplication::setStyle(new Ops::LazyIconStyle);
    QApplication::setWindowIcon(Ops::AppIcons::console());
    std::optional<Ops::PageId> startPage;
    if (Ops::PageId p; Ops::pageFromKey(options.startPage, &p))
        startPage = p;
    if (marks)
        marks->mark("context");
    // A screenshot changes nothing: no command acts on the stack, no audit row is written.
    if (!options.screenshotPage.isEmpty())
        context.session().setReadOnly(true);
    // The profile's services first: the keychain read they wait for (a D-Bus round trip and loading
    // libsecret, tens of ms) then runs on its own thread while this one builds the window, and the start
    // page's first requests leave that much earlier.
    context.session().start();
    if (marks)
        marks->mark("session-started");
    Ops::MainWindow window(context, nullptr, startPage);
    if (marks)
        marks->mark("window-built");
    if (!options.screenshotPage.isEmpty()) {
        context.health().start();
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
    // The start page first: the health checks (their requests and parses, and the `compose ps` they run)
    // begin once it shows its data — at once on the dashboard, whose data they are — or after 1.5 s; so
    // does the records database when the start page does not read it (connecting, migrating and the first
    // reads took the first frame 7 ms and the Charts page's data 15 ms on this 2-core machine). Held
    // before the event loop first runs: the keychain's answer, which would open them, comes through it.
    Ops::Page* shown = window.page(window.currentPage());
    if (window.currentPage() != Ops::PageId::Dashboard && !shown->firstDataNeedsRecords())
        context.session().holdRecords();
    window.show();
    const auto afterStartPage = [&context] {
        if (!context.health().isRunning())
            context.health().start();
        context.session().releaseRecords();
    };
    if (window.currentPage() == Ops::PageId::Dashboard || shown->isReady()) {
        afterStartPage();
    } else {
        QObject::connect(shown, &Ops::Page::ready, &context.health(), afterStartPage, Qt::QueuedConnection);
        QTimer::singleShot(1500, &context.health(), afterStartPage);
    }
    if (marks) {
        marks->mark("window-shown");
        marks->setPageShower(
            [&window](int index) {
                const Ops::PageId id = Ops::allPages().at(index);
                window.showPage(id);
                return window.page(id);
            },
            int(Ops::allPages().size()), int(Ops::allPages().indexOf(window.currentPage())));
        marks->watch(&window, window.page(window.currentPage()));
    }
    return app->exec();
}
