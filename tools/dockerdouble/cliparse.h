#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/// A small cobra-like flag parser, so unknown flags fail the way Docker's do.
namespace Dbl {

struct FlagSpec
{
    QString longName;  ///< without dashes
    QChar shortName;   ///< or null
    bool takesValue = false;
};

struct ParsedArgs
{
    QMap<QString, QStringList> values; ///< long name -> values ("true" for booleans)
    QStringList positionals;
    QString error; ///< Docker-style message when parsing failed

    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return values.contains(name) ? values.value(name).constLast() : fallback;
    }
};

/// Parses args; stopAtFirstPositional leaves everything after the first positional untouched
/// (for `exec SERVICE COMMAND...` and global options before a subcommand).
ParsedArgs parseArgs(const QStringList& args, const QList<FlagSpec>& specs, bool stopAtFirstPositional = false);

} // namespace Dbl
