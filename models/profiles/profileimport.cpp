#include "models/profiles/profileimport.h"

#include <QJsonArray>

namespace Ops {

namespace {

QString text(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    return v.toString();
}

void flatten(const QJsonObject& o, const QString& prefix, QMap<QString, QString>& out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out.insert(key, text(it.value()));
    }
}

} // namespace

QList<ProfileChange> ProfileImport::differences(const ConnectionProfile& before, const ConnectionProfile& after)
{
    QMap<QString, QString> a, b;
    flatten(before.toJson(), QString(), a);
    flatten(after.toJson(), QString(), b);
    a.remove(QStringLiteral("id"));
    b.remove(QStringLiteral("id"));
    QList<ProfileChange> out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const QString old = a.value(it.key());
        if (old != it.value())
            out.append({it.key(), old, it.value()});
    }
    return out;
}

QList<ImportItem> ProfileImport::plan(const QList<ConnectionProfile>& saved, const QList<ConnectionProfile>& incoming)
{
    QList<ImportItem> out;
    for (const ConnectionProfile& in : incoming) {
        ImportItem item;
        item.incoming = in;
        item.incoming.id.clear();
        const auto found = std::find_if(saved.cbegin(), saved.cend(), [&](const ConnectionProfile& p) { return p.name == in.name; });
        if (found == saved.cend()) {
            item.kind = ImportItem::Kind::New;
            out.append(item);
            continue;
        }
        item.saved = *found;
        item.incoming.id = found->id; // the same keychain entries, still bound to their endpoints
        if (found->production && !item.incoming.production) {
            item.incoming.production = true;
            item.productionKept = true;
        }
        item.changes = differences(item.saved, item.incoming);
        item.kind = item.changes.isEmpty() ? ImportItem::Kind::Unchanged : ImportItem::Kind::Changed;
        out.append(item);
    }
    return out;
}

QStringList ProfileImport::describe(const ImportItem& item)
{
    QStringList lines;
    for (const ProfileChange& c : item.changes)
        lines << tr("%1: %2 → %3", "profile import: a changed field, its old and new value")
                     .arg(c.field, c.before.isEmpty() ? tr("(empty)", "profile import: an empty value") : c.before,
                          c.after.isEmpty() ? tr("(empty)", "profile import: an empty value") : c.after);
    if (item.productionKept)
        lines << tr("production: stays on (an import never clears it)");
    return lines;
}

} // namespace Ops
