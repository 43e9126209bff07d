#pragma once

#include "models/profiles/programidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ops {

/// The programs the operator approved on this workstation, in the console's settings (or the INI file
/// OPSCONSOLE_APPROVALS_FILE names, as scripts/stack.sh sets it for its demo profile). A profile file
/// is untrusted (it may come from git): a program it names runs only after the operator approved that
/// exact path, the file it is now (owner, mode, SHA-256) and the Docker Engine it is pointed at
/// (DOCKER_HOST, part of the key: the same program talking to another engine is another approval).
///
/// ProcessRunner asks startProblem() before every start: a stat() of the program compared with the
/// fingerprint recorded when it was approved. A file that changed in any way (content, owner, mode,
/// replaced) is refused until the operator approves it again, unless hashing it shows the same owner,
/// mode and content (refreshUnchanged(), e.g. after a package was reinstalled).
class ProgramApprovals
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProgramApprovals)

public:
    struct Record
    {
        QString path;
        QString target; ///< DOCKER_HOST the program is run with; empty: none
        QString resolvedPath;
        uint uid = 0;
        QString owner;
        uint permissions = 0;
        qint64 size = 0;
        QByteArray sha256;
        FileFingerprint fingerprint;
        QDateTime approvedAt; ///< UTC
        QString approvedBy;   ///< the workstation's user name
    };

    enum class Verdict {
        Approved,    ///< the same file as approved
        NotApproved, ///< never approved (for this target)
        Changed,     ///< approved once, but owner, mode or content differ now
        Unusable,    ///< the file cannot be approved at all (ProgramIdentity::problem)
    };

    static std::optional<Record> find(const QString& path, const QString& target);
    static QList<Record> all();

    /// Records `identity` as approved for `target`. Refuses (false, translated `error`) a file that
    /// cannot be approved.
    static bool approve(const ProgramIdentity& identity, const QString& target, QString* error = nullptr);
    static void revoke(const QString& path, const QString& target);

    /// How `current` (a fresh read()) compares with its approval; `differences` lists what changed
    /// (translated) for Changed.
    static Verdict verdict(const ProgramIdentity& current, const QString& target, QStringList* differences = nullptr);
    /// When `current` has the approved owner, mode and content but another fingerprint (touched,
    /// reinstalled), records the new fingerprint and returns true.
    static bool refreshUnchanged(const ProgramIdentity& current, const QString& target);

    /// Why `path` may not be started with `target` now (translated), or empty: not approved, or changed
    /// since. Only a stat(): cheap enough for every start.
    static QString startProblem(const QString& path, const QString& target);

    /// "DOCKER_HOST=…" or empty, for messages.
    static QString describeTarget(const QString& target);
};

} // namespace Ops
