#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace Ops {

/// What the command line asked for. Parsed with QCommandLineParser.
struct CommandLineOptions
{
    QString profile;      ///< --profile NAME
    QString profileFile;  ///< --profile-file FILE (used for this run, not saved)
    QString language;     ///< --lang ko|en
    QString startPage;    ///< --page KEY: the page to open on (else the last one shown)
    QString screenshotPage; ///< --screenshot PAGE[:DETAIL]
    QString screenshotDetail; ///< DETAIL: a page's own state to show (rollback:review)
    QString screenshotOut;  ///< --out FILE.png
    QSize screenshotSize{1280, 800}; ///< --size WxH
    int screenshotWaitMs = 8000;     ///< --screenshot-wait MS: bound on waiting for first data
    int screenshotSettleMs = 0;      ///< --screenshot-settle MS: extra wait after the first data
    bool screenshotFromScreen = false; ///< --screenshot-grab screen: the real window's pixels, not a render
    bool check = false;   ///< --check
    bool approvePrograms = false; ///< --approve-programs
    bool json = false;    ///< --json
    bool verifyAudit = false; ///< --verify-audit
    bool migrate = false;     ///< --migrate
    QString adminUser = QStringLiteral("postgres"); ///< --admin-user ROLE (for --migrate)
    bool ignoreAlerts = false; ///< --ignore-alerts: with --check, alerts do not decide the exit code
    QString stallLog;     ///< --stall-log FILE (or OPSCONSOLE_STALL_LOG)
    QString configDir;    ///< --config-dir DIR (or OPSCONSOLE_CONFIG_DIR)
    QString importFile;   ///< --import-profiles FILE: save the file's profiles, then run

    enum class Outcome { Run, ExitOk, ExitError };
    Outcome outcome = Outcome::Run;
    QString message; ///< printed before exiting (help, version or an error)
};

/// Parses the arguments of QCoreApplication::arguments(). Handles --help and --version.
CommandLineOptions parseCommandLine(const QStringList& arguments);

} // namespace Ops
