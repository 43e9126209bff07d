#include "models/stack/psqlscriptguard.h"

#include <QRegularExpression>

namespace Ops {

namespace {

constexpr qsizetype kMaxCommandLine = 512; ///< pg_dump's \restrict lines are about 80 bytes

bool isIdentifierChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           u >= 0x80;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

bool PsqlScriptGuard::refuse(const QString& reason)
{
    m_error = tr("line %1 of the backup: %2").arg(m_line).arg(reason);
    return false;
}

bool PsqlScriptGuard::metaCommandLine(QByteArrayView line)
{
    // pg_dump (15.14 and later) writes exactly these two, around the whole script.
    static const QRegularExpression restrictLine(QStringLiteral("^\\\\(restrict|unrestrict) ([A-Za-z0-9]{1,128})[ \\t\\r]*$"));
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch m = restrictLine.match(text);
    if (m.hasMatch()) {
        const QByteArray key = m.captured(2).toLatin1();
        if (m.captured(1) == QLatin1String("restrict") && m_restrictKey.isEmpty()) {
            m_restrictKey = key;
            return true;
        }
        if (m.captured(1) == QLatin1String("unrestrict") && key == m_restrictKey) {
            m_restrictKey.clear();
            return true;
        }
    }
    static const QRegularExpression command(QStringLiteral("^\\\\([^\\s\\\\]{0,32})"));
    const QString name = command.match(text).captured(1);
    return refuse(tr("the psql command \\%1, which a backup the console restores may not hold: psql would run "
                     "it on this workstation or change how the restore runs")
                      .arg(name));
}

void PsqlScriptGuard::noteNormal(char c)
{
    // The statement's first characters and its last ones, outside quotes and comments: enough to tell
    // pg_dump's COPY … FROM stdin from anything else.
    if (m_statementHead.isEmpty() && (isBlank(c) || c == '\n'))
        return;
    if (m_statementHead.size() < 8)
        m_statementHead.append(c);
    m_statementTail.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
    if (m_statementTail.size() > 32)
        m_statementTail.remove(0, m_statementTail.size() - 32);
}

qsizetype PsqlScriptGuard::feed(QByteArrayView data, bool atEnd)
{
    if (refused())
        return -1;
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = data[i];
        switch (m_state) {
        case State::Normal: {
            if (c == '\\') {
                if (m_lineHasSql)
                    return refuse(tr("a psql command (a backslash outside quotes) after SQL on the same line")), -1;
                const qsizetype newline = data.indexOf('\n', i);
                const qsizetype end = newline < 0 ? n : newline;
                if (end - i > kMaxCommandLine)
                    return refuse(tr("a psql command line longer than %1 bytes").arg(kMaxCommandLine)), -1;
                if (newline < 0 && !atEnd)
                    return i; // held back until its end is here
                if (!metaCommandLine(data.sliced(i, end - i)))
                    return -1;
                i = end; // the newline is read below
                continue;
            }
            if (c == '\n') {
                ++m_line;
                m_lineHasSql = false;
                noteNormal(c);
                remember(c);
                ++i;
                continue;
            }
            if (!isBlank(c))
                m_lineHasSql = true;
            // Two-character openers: look at the next byte (held back when it is not here yet).
            if ((c == '-' || c == '/') && i + 1 == n && !atEnd)
                return i;
            const char next = i + 1 < n ? data[i + 1] : '\0';
            if (c == '-' && next == '-') {
                m_state = State::LineComment;
                i += 2;
                continue;
            }
            if (c == '/' && next == '*') {
                m_state = State::Block;
                m_blockDepth = 1;
                i += 2;
                continue;
            }
            if (c == '\'') {
                // E'…' (escape syntax): a backslash escapes the next character.
                const bool escape = (m_previous == 'E' || m_previous == 'e') && !isIdentifierChar(m_beforePrevious);
                m_state = escape ? State::Escaped : State::Single;
                ++i;
                continue;
            }
            if (c == '"') {
                m_state = State::Double;
                ++i;
                continue;
            }
            if (c == '$' && !isIdentifierChar(m_previous)) {
                // $tag$ or $$ opens a dollar quote; $1 (a parameter) does not. The whole tag must be here.
                qsizetype k = i + 1;
                while (k < n && (isIdentifierChar(data[k]) && data[k] != '$') &&
                       !(k == i + 1 && data[k] >= '0' && data[k] <= '9'))
                    ++k;
                if (k == n && !atEnd) {
                    if (k - i > 64)
                        return refuse(tr("a dollar quote tag longer than 64 bytes")), -1;
                    return i;
                }
                if (k < n && data[k] == '$') {
                    m_dollarTag = data.sliced(i, k + 1 - i).toByteArray();
                    m_state = State::Dollar;
                    i = k + 1;
                    continue;
                }
            }
            if (c == ';') {
                const QByteArray head = m_statementHead.left(5).toUpper();
                const bool copy = head.startsWith("COPY") && (head.size() == 4 || !isIdentifierChar(head.at(4)));
                if (copy) {
                    // pg_dump's COPY … FROM stdin; alone at the end of its line, its data on the next lines.
                    const QByteArray tail = m_statementTail.trimmed().toLower();
                    if (!tail.endsWith(" from stdin"))
                        return refuse(tr("a COPY statement other than pg_dump's COPY … FROM stdin")), -1;
                    const qsizetype newline = data.indexOf('\n', i);
                    if (newline < 0 && !atEnd) {
                        if (n - i > kMaxCommandLine)
                            return refuse(tr("text after a COPY statement on its line")), -1;
                        return i;
                    }
                    const qsizetype end = newline < 0 ? n : newline;
                    for (qsizetype k = i + 1; k < end; ++k) {
                        if (!isBlank(data[k]))
                            return refuse(tr("text after a COPY statement on its line")), -1;
                    }
                    m_statementHead.clear();
                    m_statementTail.clear();
                    m_state = State::CopyData;
                    m_copyLine.clear();
                    remember('\n');
                    if (newline >= 0) {
                        ++m_line;
                        m_lineHasSql = false;
                    }
                    i = end + 1;
                    continue;
                }
                m_statementHead.clear();
                m_statementTail.clear();
                remember(c);
                ++i;
                continue;
            }
            noteNormal(c);
            remember(c);
            ++i;
            continue;
        }
        case State::Single:
        case State::Escaped:
            if (c == '\n') {
                ++m_line;
            } else if (c == '\\') {
                if (m_state == State::Single)
                    return refuse(tr("a backslash inside a quoted string, which psql reads differently when "
                                     "standard_conforming_strings is off")),
                           -1;
                if (i + 1 == n && !atEnd)
                    return i;
                if (i + 1 < n && data[i + 1] == '\n')
                    ++m_line;
                i += 2; // the escaped character, whatever it is
                continue;
            } else if (c == '\'') {
                if (i + 1 == n && !atEnd)
                    return i; // '' (a quote inside the string) or the end of the string
                if (i + 1 < n && data[i + 1] == '\'') {
                    i += 2;
                    continue;
                }
                m_state = State::Normal;
                remember(c);
                m_lineHasSql = true;
            }
            ++i;
            continue;
        case State::Double:
            if (c == '\n')
                ++m_line;
            else if (c == '"') {
                if (i + 1 == n && !atEnd)
                    return i;
                if (i + 1 < n && data[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                m_state = State::Normal;
                remember('x'); // an identifier ends here
                m_lineHasSql = true;
            }
            ++i;
            continue;
        case State::Dollar: {
            // The closing tag, whole: held back when it may be cut at the end of the data.
            if (c == '\n')
                ++m_line;
            if (c == '$') {
                const qsizetype size = m_dollarTag.size();
                if (n - i < size && !atEnd && QByteArrayView(m_dollarTag).startsWith(data.sliced(i)))
                    return i;
                if (n - i >= size && data.sliced(i, size) == QByteArrayView(m_dollarTag)) {
                    m_state = State::Normal;
                    remember('$');
                    m_lineHasSql = true;
                    i += size;
                    continue;
                }
            }
            ++i;
            continue;
        }
        case State::LineComment:
            if (c == '\n') {
                m_state = State::Normal;
                continue; // the newline is Normal's
            }
            ++i;
            continue;
        case State::Block: {
            if (c == '\n')
                ++m_line;
            if ((c == '*' || c == '/') && i + 1 == n && !atEnd)
                return i;
            const char next = i + 1 < n ? data[i + 1] : '\0';
            if (c == '/' && next == '*') {
                ++m_blockDepth;
                i += 2;
                continue;
            }
            if (c == '*' && next == '/') {
                i += 2;
                if (--m_blockDepth == 0)
                    m_state = State::Normal;
                continue;
            }
            ++i;
            continue;
        }
        case State::CopyData:
            if (c == '\n') {
                ++m_line;
                if (m_copyLine == "\\." || m_copyLine == "\\.\r")
                    m_state = State::Normal;
                m_copyLine.clear();
            } else if (m_copyLine.size() < 3) {
                m_copyLine.append(c);
            }
            ++i;
            continue;
        default:
            ++i;
            continue;
        }
    }
    if (atEnd && m_state == State::CopyData && (m_copyLine == "\\." || m_copyLine == "\\.\r"))
        m_state = State::Normal;
    return n;
}

QByteArray PsqlScriptGuard::abortSequence() const
{
    QByteArray out;
    switch (m_state) {
    case State::Single:
    case State::Escaped:
        out = "'";
        break;
    case State::Double:
        out = "\"";
        break;
    case State::Dollar:
        out = m_dollarTag;
        break;
    case State::Block:
        for (int i = 0; i < m_blockDepth; ++i)
            out += "*/";
        break;
    case State::CopyData:
        out = m_copyLine.isEmpty() ? "\\.\n" : "\n\\.\n";
        break;
    case State::Normal:
    case State::LineComment:
        break;
    }
    // A command psql does not know: an error, so with ON_ERROR_STOP psql stops and rolls back instead
    // of committing at the end of its input (restricted or not, it refuses it).
    return out + "\n\\opsconsole_refused_this_backup\n";
}

QString PsqlScriptGuard::check(QByteArrayView script)
{
    PsqlScriptGuard guard;
    if (guard.feed(script, true) < 0)
        return guard.error();
    return QString();
}

} // namespace Ops
