#include "models/core/savedstatefile.h"

#include "models/core/appsettings.h"
#include "models/core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Ops {

QString SavedStateFile::folderNextToSettings(const QString& name)
{
    return QFileInfo(AppSettings::settingsFilePath()).absolutePath() + u'/' + name;
}

bool SavedStateFile::save(const QJsonObject& object, QString* error) const
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("no file to save to"));
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("cannot create the folder %1").arg(folder));
    // Only this user reads what a run saved (reasons, backups, hosts): 0700 for the folder.
    if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(tr("cannot restrict the folder %1 to its owner").arg(folder));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // 0600 before a byte is written: the temporary file becomes the state file at commit().
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(tr("cannot restrict %1 to its owner").arg(m_path));
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcOrchestrator) << "cannot save" << m_path << file.errorString();
        return fail(file.errorString());
    }
    return true;
}

std::optional<QJsonObject> SavedStateFile::load() const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool SavedStateFile::remove() const
{
    return m_path.isEmpty() || !QFile::exists(m_path) || QFile::remove(m_path);
}

} // namespace Ops
