#include "models/profiles/profilefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Ops {

namespace {
const QString kFormat = QStringLiteral("opsconsole-profiles");
} // namespace

QByteArray ProfileFile::serialize(const QList<ConnectionProfile>& profiles)
{
    QJsonArray list;
    for (const auto& p : profiles) {
        QJsonObject object = p.toJson();
        object.remove(QStringLiteral("id")); // ids belong to this workstation's keychain
        list.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileFile::ReadResult ProfileFile::parse(const QByteArray& data)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = tr("The file is not a profile file: %1.").arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    QJsonArray list;
    if (root.contains(QLatin1String("profiles"))) {
        if (root.value(QLatin1String("format")).toString() != kFormat) {
            result.error = tr("The file is not a profile file of this console.");
            return result;
        }
        if (root.value(QLatin1String("version")).toInt() > 1) {
            result.error = tr("The profile file was written by a newer console.");
            return result;
        }
        list = root.value(QLatin1String("profiles")).toArray();
    } else {
        list.append(root);
    }
    if (list.isEmpty()) {
        result.error = tr("The file contains no profile.");
        return result;
    }
    for (const QJsonValue& v : list) {
        if (!v.isObject()) {
            result.error = tr("The file contains an entry that is not a profile.");
            result.profiles.clear();
            return result;
        }
        ConnectionProfile p = ConnectionProfile::fromJson(v.toObject());
        // A file never chooses which keychain entries a profile reads (see ConnectionProfile::id).
        p.id.clear();
        const auto issues = ProfileValidator::validate(p);
        if (!issues.isEmpty()) {
            result.error = tr("Profile \"%1\": %2", "profiles: profilefile").arg(p.name, issues.first().message);
            result.profiles.clear();
            return result;
        }
        result.profiles.append(p);
    }
    return result;
}

bool ProfileFile::write(const QString& path, const QList<ConnectionProfile>& profiles, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(profiles)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ProfileFile::ReadResult ProfileFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = tr("Could not open %1: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > kMaxFileSize) {
        ReadResult r;
        r.error = tr("%1 is too large to be a profile file.").arg(path);
        return r;
    }
    return parse(file.readAll());
}

} // namespace Ops
