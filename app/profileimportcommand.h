#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>

namespace Ops {

class ProfileStore;

/// `--import-profiles FILE` on the command line: new profiles are saved, identical ones left as they are.
/// A profile that would change a saved one is never overwritten from here: its changes are printed and
/// nothing of the file is saved (the window's File ▸ Import profiles… shows them and lets the operator
/// choose).
class ProfileImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ProfileImportCommand)

public:
    /// False (and nothing saved) when a saved profile would change or could not be written.
    static bool run(ProfileStore& store, const QList<ConnectionProfile>& profiles);
};

} // namespace Ops
