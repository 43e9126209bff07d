#pragma once

#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilevalidator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ops {

/// Profiles as a JSON file teams can keep in git: no secrets are ever written to it.
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProfileFile)

public:
    struct ReadResult
    {
        QList<ConnectionProfile> profiles;
        QString error; ///< translated; empty when the file was read
        bool ok() const { return error.isEmpty(); }
    };

    static QByteArray serialize(const QList<ConnectionProfile>& profiles);
    /// Accepts the exported form and a single bare profile object.
    /// Every profile must validate, or nothing is returned.
    static ReadResult parse(const QByteArray& data);

    static bool write(const QString& path, const QList<ConnectionProfile>& profiles, QString* error = nullptr);
    static ReadResult read(const QString& path);

    static constexpr qint64 kMaxFileSize = 1024 * 1024;
};

} // namespace Ops
