#include "app/profileimportcommand.h"

#include "models/profiles/profileimport.h"
#include "models/profiles/profilestore.h"

#include <QTextStream>

namespace Ops {

bool ProfileImportCommand::run(ProfileStore& store, const QList<ConnectionProfile>& profiles)
{
    QTextStream err(stderr);
    const QList<ImportItem> plan = ProfileImport::plan(store.profiles(), profiles);
    bool changed = false;
    for (const ImportItem& item : plan) {
        if (item.kind != ImportItem::Kind::Changed)
            continue;
        changed = true;
        err << tr("The saved profile \"%1\" differs from the file:").arg(item.incoming.name) << Qt::endl;
        for (const QString& line : ProfileImport::describe(item))
            err << QStringLiteral("  ") << line << Qt::endl;
    }
    if (changed) {
        err << tr("Nothing was imported: a saved profile is never overwritten from the command line. Review the "
                  "changes with File ▸ Import profiles… in the window, or delete the saved profile first.")
            << Qt::endl;
        return false;
    }
    for (const ImportItem& item : plan) {
        if (item.kind == ImportItem::Kind::New && !store.save(item.incoming)) {
            err << tr("The profile \"%1\" could not be saved.").arg(item.incoming.name) << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace Ops
