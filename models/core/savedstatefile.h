#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ops {

/// A procedure's saved state (a rollback, a maintenance run, a gradual downscale), written after every
/// step so that a console killed in the middle can offer to resume it. The folder is made 0700 and the
/// file 0600 (it names backups, reasons and hosts), written whole and atomically (QSaveFile, fsync'd):
/// a crash leaves the previous state or the new one, never half of one.
class SavedStateFile
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SavedStateFile)

public:
    SavedStateFile() = default;
    explicit SavedStateFile(const QString& path) : m_path(path) {}

    /// `<folder of the settings file>/<name>`: so --config-dir keeps a test's runs apart from the operator's.
    static QString folderNextToSettings(const QString& name);

    QString path() const { return m_path; }
    bool isNull() const { return m_path.isEmpty(); }
    bool save(const QJsonObject& object, QString* error = nullptr) const;
    /// nullopt when there is no file or it is not a JSON object.
    std::optional<QJsonObject> load() const;
    bool remove() const;

private:
    QString m_path;
};

} // namespace Ops
