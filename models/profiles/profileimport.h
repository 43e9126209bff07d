#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ops {

/// One field that differs between a saved profile and the one a file brings ("postgres.host").
struct ProfileChange
{
    QString field;
    QString before;
    QString after;
};

/// What importing one profile of a file would do. Nothing is overwritten silently: the operator sees each
/// change and chooses; `production` is never cleared by an import.
struct ImportItem
{
    enum class Kind { New, Unchanged, Changed };
    Kind kind = Kind::New;
    ConnectionProfile incoming; ///< as it would be saved: the saved id, production kept
    ConnectionProfile saved;    ///< the saved profile of that name (Unchanged, Changed)
    QList<ProfileChange> changes;
    bool productionKept = false; ///< the saved profile is production and the file says it is not
};

class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProfileImport)

public:
    static QList<ImportItem> plan(const QList<ConnectionProfile>& saved, const QList<ConnectionProfile>& incoming);
    /// The fields of `after` that differ from `before` (the id aside), by their JSON names.
    static QList<ProfileChange> differences(const ConnectionProfile& before, const ConnectionProfile& after);
    /// Lines in words: "postgres.host: db1 → db2", and the production note (translated).
    static QStringList describe(const ImportItem& item);
};

} // namespace Ops
