#include "models/core/savedstatefile.h"

#include "models/core/appsettings.h"
#include "models/core/logging.h"
#include "models/core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

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
    // Only this user reads what a run saved (reasons, backups, hosts): the file is 0600 from its
    // creation in a 0700 folder, whatever the umask (PrivateFiles explains why not QSaveFile).
    QString problem;
    if (!PrivateFiles::writeAtomically(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented), &problem)) {
        qCWarning(lcOrchestrator) << "cannot save" << m_path << problem;
        return fail(problem);
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
