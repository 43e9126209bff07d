#pragma once

#include "models/store/databaseresult.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Ops {

/// What a check of the audit trail's hash chain found (issue 15).
struct AuditChainReport
{
    bool intact = false;
    qint64 rows = 0;        ///< rows checked
    qint64 brokenSeq = 0;   ///< the first broken row's place in the chain (0: none, or the head)
    QUuid brokenId;         ///< and its id
    QString problem;        ///< translated: what is wrong there (empty when intact)

    /// One translated sentence for the Audit page and `opsconsole --verify-audit`.
    QString summary() const;
};

/// Checks the chain of ops.audit (resources/sql/007_owner_and_chain.sql): every row in seq order 1, 2, …,
/// each row's prev_hash is the previous row's row_hash (the first: 64 zeros), each row_hash is the sha256
/// of the row's canonical form — recomputed here from the stored values, not by the database's own
/// function, which whoever can change rows could change too — and ops.audit_chain names the last row
/// (rows removed from the end are noticed). Reads only; any role that may SELECT can run it.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(Ops::AuditChain)

public:
    /// A job for DatabaseWorker: its value is an AuditChainReport.
    static DatabaseJob verifyJob();
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::AuditChainReport)
