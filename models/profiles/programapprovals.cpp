#include "models/profiles/programapprovals.h"

#include "models/core/logging.h"

#include <QCryptographicHash>
#include <QSettings>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace Ops {

namespace {

const QString kGroup = QStringLiteral("program-approvals");

// The console's settings file, or the file OPSCONSOLE_APPROVALS_FILE names. The environment is the
// operator's (trusted, unlike a profile file): scripts/stack.sh points it at the stack's approvals, so
// tests and scripts with settings folders of their own share what the stack recorded.
std::unique_ptr<QSettings> approvalSettings()
{
    const QString file = qEnvironmentVariable("OPSCONSOLE_APPROVALS_FILE");
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// A settings key of its own per path and target (paths carry '/', which QSettings reads as groups).
QString entryKey(const QString& path, const QString& target)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((path + QChar(0) + target).toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

ProgramApprovals::Record readRecord(QSettings& s)
{
    ProgramApprovals::Record r;
    r.path = s.value(QStringLiteral("path")).toString();
    r.target = s.value(QStringLiteral("target")).toString();
    r.resolvedPath = s.value(QStringLiteral("resolvedPath")).toString();
    r.uid = s.value(QStringLiteral("uid")).toUInt();
    r.owner = s.value(QStringLiteral("owner")).toString();
    r.permissions = s.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8);
    r.size = s.value(QStringLiteral("size")).toLongLong();
    r.sha256 = s.value(QStringLiteral("sha256")).toString().toLatin1();
    r.fingerprint = FileFingerprint::fromString(s.value(QStringLiteral("fingerprint")).toString()).value_or(FileFingerprint());
    r.approvedAt = QDateTime::fromString(s.value(QStringLiteral("approvedAt")).toString(), Qt::ISODate);
    r.approvedBy = s.value(QStringLiteral("approvedBy")).toString();
    return r;
}

QString currentUser()
{
    // The account, not $USER (which anyone can set, and scripts often do not).
    if (const struct passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

void writeRecord(const ProgramIdentity& identity, const QString& target, const QDateTime& approvedAt,
                 const QString& approvedBy)
{
    const std::unique_ptr<QSettings> settings = approvalSettings();
    QSettings& s = *settings;
    s.beginGroup(kGroup);
    const QString key = entryKey(identity.path, target);
    s.remove(key);
    s.beginGroup(key);
    s.setValue(QStringLiteral("path"), identity.path);
    s.setValue(QStringLiteral("target"), target);
    s.setValue(QStringLiteral("resolvedPath"), identity.resolvedPath);
    s.setValue(QStringLiteral("uid"), identity.uid);
    s.setValue(QStringLiteral("owner"), identity.owner);
    s.setValue(QStringLiteral("mode"), identity.modeText());
    s.setValue(QStringLiteral("size"), identity.size);
    s.setValue(QStringLiteral("sha256"), QString::fromLatin1(identity.sha256));
    s.setValue(QStringLiteral("fingerprint"), identity.fingerprint.toString());
    s.setValue(QStringLiteral("approvedAt"), approvedAt.toString(Qt::ISODate));
    s.setValue(QStringLiteral("approvedBy"), approvedBy);
    s.endGroup();
    s.endGroup();
    s.sync();
}

} // namespace

std::optional<ProgramApprovals::Record> ProgramApprovals::find(const QString& path, const QString& target)
{
    const std::unique_ptr<QSettings> settings = approvalSettings();
    QSettings& s = *settings;
    s.beginGroup(kGroup);
    const QString key = entryKey(path, target);
    if (!s.childGroups().contains(key))
        return std::nullopt;
    s.beginGroup(key);
    Record r = readRecord(s);
    // A hand-edited entry under another key is no approval of this path.
    if (r.path != path || r.target != target || r.sha256.isEmpty())
        return std::nullopt;
    return r;
}

QList<ProgramApprovals::Record> ProgramApprovals::all()
{
    QList<Record> out;
    const std::unique_ptr<QSettings> settings = approvalSettings();
    QSettings& s = *settings;
    s.beginGroup(kGroup);
    const QStringList keys = s.childGroups();
    for (const QString& key : keys) {
        s.beginGroup(key);
        out.append(readRecord(s));
        s.endGroup();
    }
    return out;
}

bool ProgramApprovals::approve(const ProgramIdentity& identity, const QString& target, QString* error)
{
    if (!identity.isApprovable()) {
        if (error)
            *error = identity.problem.isEmpty() ? tr("%1 does not exist").arg(identity.path) : identity.problem;
        return false;
    }
    writeRecord(identity, target, QDateTime::currentDateTimeUtc(), currentUser());
    qCInfo(lcProfiles) << "approved" << identity.path << describeTarget(target) << "sha256" << identity.sha256;
    return true;
}

void ProgramApprovals::revoke(const QString& path, const QString& target)
{
    const std::unique_ptr<QSettings> settings = approvalSettings();
    QSettings& s = *settings;
    s.beginGroup(kGroup);
    s.remove(entryKey(path, target));
}

ProgramApprovals::Verdict ProgramApprovals::verdict(const ProgramIdentity& current, const QString& target,
                                                    QStringList* differences)
{
    if (!current.isApprovable())
        return Verdict::Unusable;
    const std::optional<Record> approved = find(current.path, target);
    if (!approved)
        return Verdict::NotApproved;
    QStringList changed;
    if (approved->uid != current.uid)
        changed << tr("owner %1 → %2", "programs: what changed since the approval").arg(approved->owner, current.owner);
    if (approved->permissions != current.permissions)
        changed << tr("mode %1 → %2", "programs: what changed since the approval")
                       .arg(QStringLiteral("%1").arg(approved->permissions, 4, 8, QLatin1Char('0')), current.modeText());
    if (approved->sha256 != current.sha256)
        changed << tr("content (SHA-256 %1… → %2…)", "programs: what changed since the approval")
                       .arg(QString::fromLatin1(approved->sha256.left(12)), QString::fromLatin1(current.sha256.left(12)));
    if (differences)
        *differences = changed;
    return changed.isEmpty() ? Verdict::Approved : Verdict::Changed;
}

bool ProgramApprovals::refreshUnchanged(const ProgramIdentity& current, const QString& target)
{
    const std::optional<Record> approved = find(current.path, target);
    if (!approved || verdict(current, target) != Verdict::Approved)
        return false;
    if (approved->fingerprint == current.fingerprint)
        return true;
    writeRecord(current, target, approved->approvedAt, approved->approvedBy);
    return true;
}

QString ProgramApprovals::startProblem(const QString& path, const QString& target)
{
    const QString with = target.isEmpty() ? path : tr("%1 (with %2)", "programs: a program and its Docker Engine")
                                                       .arg(path, describeTarget(target));
    const std::optional<Record> approved = find(path, target);
    if (!approved)
        return tr("%1 is not approved on this workstation, so nothing was run. Review what it runs and approve it "
                  "(Settings ▸ Programs…).")
            .arg(with);
    const std::optional<FileFingerprint> now = FileFingerprint::of(path);
    if (!now)
        return tr("%1 does not exist any more, so nothing was run.").arg(path);
    if (!(*now == approved->fingerprint))
        return tr("%1 changed since it was approved (owner, mode or content), so nothing was run. Review it and "
                  "approve it again (Settings ▸ Programs…).")
            .arg(with);
    return QString();
}

QString ProgramApprovals::describeTarget(const QString& target)
{
    return target.isEmpty() ? QString() : QStringLiteral("DOCKER_HOST=") + target;
}

} // namespace Ops
