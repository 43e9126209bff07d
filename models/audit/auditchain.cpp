#include "models/audit/auditchain.h"

#include "models/store/sql.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace Ops {

namespace {

const QByteArray kGenesis(64, '0');

/// One field as ops.audit_field() makes it: its length in UTF-8 bytes, ':', the text, ';' — '~;' for NULL.
void appendField(QByteArray& out, const Sql::Field& field)
{
    if (field.is_null()) {
        out += "~;";
        return;
    }
    const QByteArray text(field.c_str(), int(field.size()));
    out += QByteArray::number(text.size()) + ':' + text + ';';
}

void appendText(QByteArray& out, const QByteArray& text)
{
    out += QByteArray::number(text.size()) + ':' + text + ';';
}

} // namespace

QString AuditChainReport::summary() const
{
    if (intact)
        return AuditChain::tr("Audit trail intact: %n row(s) checked, each chained to the one before.", nullptr,
                              int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    if (brokenSeq > 0)
        return AuditChain::tr("Audit trail BROKEN at row %1 (id %2): %3")
            .arg(brokenSeq)
            .arg(brokenId.toString(QUuid::WithoutBraces), problem);
    return AuditChain::tr("Audit trail BROKEN: %1").arg(problem);
}

DatabaseJob AuditChain::verifyJob()
{
    return [](Sql::Connection& connection) -> QVariant {
        // REPEATABLE READ: the rows and the head from one snapshot, while other consoles keep appending.
        Sql::SnapshotReadTransaction tx(connection);
        AuditChainReport report;
        const Sql::Result head = tx.exec("SELECT seq, hash FROM ops.audit_chain WHERE id = 1");
        // The same texts ops.audit_canonical() puts together, cast by the server, joined here.
        const Sql::Result rows = tx.exec(
            "SELECT seq::text, id::text, (extract(epoch FROM at) * 1000000)::bigint::text,"
            " (extract(epoch FROM recorded_at) * 1000000)::bigint::text, os_user, host, profile, action, "
            "target,"
            " reason, array_to_json(argv)::text, exit_code::text, output_digest, metrics_before::text,"
            " metrics_after::text, CASE WHEN override THEN 'true' ELSE 'false' END, stage, intent_id::text,"
            " prev_hash, row_hash"
            " FROM ops.audit ORDER BY seq");
        QByteArray previous = kGenesis;
        qint64 expected = 1;
        const auto broken = [&report](const Sql::Row& row, const QString& problem) {
            report.brokenSeq = row[0].as<qint64>();
            report.brokenId = QUuid::fromString(QString::fromUtf8(row[1].c_str()));
            report.problem = problem;
            return QVariant::fromValue(report);
        };
        for (const Sql::Row& row : rows) {
            ++report.rows;
            if (row[0].as<qint64>() != expected)
                return broken(row, tr("row %1 is missing before it").arg(expected));
            const QByteArray prev(row[18].c_str(), int(row[18].size()));
            if (prev != previous)
                return broken(row, tr("it does not follow the row before it (another row was changed, removed or "
                                      "put in between)"));
            QByteArray out("opsconsole-audit-v1;");
            for (int column = 0; column <= 9; ++column)
                appendField(out, row[column]);
            const QJsonArray argv =
                QJsonDocument::fromJson(QByteArray(row[10].c_str(), int(row[10].size()))).array();
            appendText(out, QByteArray::number(argv.size()));
            for (const QJsonValue& element : argv)
                appendText(out, element.toString().toUtf8());
            for (int column = 11; column <= 18; ++column)
                appendField(out, row[column]);
            const QByteArray hash = QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex();
            if (hash != QByteArray(row[19].c_str(), int(row[19].size())))
                return broken(row, tr("its content is not what was written (its hash differs)"));
            previous = hash;
            ++expected;
        }
        if (head.empty()) {
            report.problem = tr("the chain's head (ops.audit_chain) is missing");
            return QVariant::fromValue(report);
        }
        if (head[0][0].as<qint64>() != expected - 1 ||
            QByteArray(head[0][1].c_str(), int(head[0][1].size())) != previous) {
            report.problem = tr("the chain ends at row %1, but its head names row %2: rows at its end were removed")
                                 .arg(expected - 1)
                                 .arg(head[0][0].as<qint64>());
            return QVariant::fromValue(report);
        }
        report.intact = true;
        return QVariant::fromValue(report);
    };
}

} // namespace Ops
