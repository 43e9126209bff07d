#include "cliparse.h"

using namespace Qt::StringLiterals;

namespace Dbl {

ParsedArgs parseArgs(const QStringList& args, const QList<FlagSpec>& specs, bool stopAtFirstPositional)
{
    ParsedArgs r;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--"_s) {
            r.positionals += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(u'-') || a == u"-"_s) {
            if (stopAtFirstPositional) {
                r.positionals += args.mid(i);
                break;
            }
            r.positionals.append(a);
            continue;
        }
        const FlagSpec* spec = nullptr;
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(u"--"_s)) {
            QString name = a.mid(2);
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                hasInline = true;
                name = name.left(eq);
            }
            for (const FlagSpec& s : specs)
                if (s.longName == name)
                    spec = &s;
            if (!spec) {
                r.error = u"unknown flag: --"_s + name;
                return r;
            }
        } else {
            const QChar c = a.at(1);
            for (const FlagSpec& s : specs)
                if (!s.shortName.isNull() && s.shortName == c)
                    spec = &s;
            if (!spec) {
                r.error = u"unknown shorthand flag: '%1' in %2"_s.arg(c).arg(a);
                return r;
            }
            if (a.size() > 2) {
                // -n5 or -n=5 for value flags; combined booleans are not used by our callers.
                if (!spec->takesValue) {
                    r.error = u"unknown shorthand flag: '%1' in %2"_s.arg(a.at(2)).arg(a);
                    return r;
                }
                inlineValue = a.mid(a.at(2) == u'=' ? 3 : 2);
                hasInline = true;
            }
        }
        if (spec->takesValue) {
            if (!hasInline) {
                if (i + 1 >= args.size()) {
                    r.error = u"flag needs an argument: --"_s + spec->longName;
                    return r;
                }
                inlineValue = args.at(++i);
            }
            r.values[spec->longName].append(inlineValue);
        } else {
            r.values[spec->longName].append(hasInline ? inlineValue : u"true"_s);
        }
    }
    return r;
}

} // namespace Dbl
