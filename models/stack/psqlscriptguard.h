#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Ops {

/// Reads a plain SQL backup the way psql's lexer will, and lets through only what pg_dump itself writes:
/// SQL, COPY … FROM stdin data ended by `\.`, and pg_dump's own `\restrict KEY` / `\unrestrict KEY`
/// (PostgreSQL 15.14 and later; psql then refuses every other backslash command itself). Any other psql
/// meta-command — `\! command`, `\o file`, `\copy`, `\connect`, `\set ON_ERROR_STOP off`, `\i` — would
/// run on the operator's workstation or change how the restore runs, so it is refused, with the line
/// and the command named.
///
/// psql sees a meta-command wherever a backslash stands outside quotes and comments, not only at the
/// start of a line, so the guard follows quotes ('…', E'…', "…", $tag$…$tag$) and comments (--, nested
/// /* */). Inside a plain '…' string a backslash is refused too: psql reads it as an escape once
/// standard_conforming_strings is off (which SQL in the file itself could switch), and the two readings
/// would disagree about where the string ends. COPY statements must be pg_dump's (`COPY … FROM stdin;`
/// ending its line): anything else could put psql into or out of COPY data where the guard does not
/// expect it.
///
/// Streaming: feed() takes the next bytes and says how many of them may go to psql now (a backslash
/// line is held back until its end is seen); the caller feeds the rest again with more bytes. After a
/// refusal, abortSequence() is what to write so that psql, in whatever state the accepted bytes left
/// it, fails (and with ON_ERROR_STOP and --single-transaction rolls everything back) instead of
/// committing what it has when its input ends.
class PsqlScriptGuard
{
    Q_DECLARE_TR_FUNCTIONS(Ops::PsqlScriptGuard)

public:
    /// The number of leading bytes of `data` psql may be given; -1 when the input is refused (error()).
    /// `atEnd`: no more bytes will come (a held-back last line is judged as it is).
    qsizetype feed(QByteArrayView data, bool atEnd);
    bool refused() const { return !m_error.isEmpty(); }
    /// Translated, naming the line and what was refused.
    QString error() const { return m_error; }
    /// Lines accepted so far, plus one (the line being read).
    qint64 line() const { return m_line; }
    /// Closes whatever the accepted bytes left open (a quote, a comment, COPY data) and adds a command
    /// psql refuses, so that psql stops with an error.
    QByteArray abortSequence() const;

    /// Reads a whole script at once (a check before anything runs): empty when it passes, else why.
    static QString check(QByteArrayView script);

private:
    enum class State { Normal, Single, Escaped, Double, Dollar, LineComment, Block, CopyData };

    bool refuse(const QString& reason);
    bool metaCommandLine(QByteArrayView line);
    void noteNormal(char c);
    void remember(char c)
    {
        m_beforePrevious = m_previous;
        m_previous = c;
    }

    State m_state = State::Normal;
    qint64 m_line = 1;
    bool m_lineHasSql = false;   ///< something other than blanks on this line, outside quotes
    int m_blockDepth = 0;
    QByteArray m_dollarTag;      ///< "$tag$" of the open dollar quote
    QByteArray m_copyLine;       ///< the COPY data line read so far (only its first bytes matter)
    QByteArray m_statementHead;  ///< first non-blank characters of the statement, outside quotes
    QByteArray m_statementTail;  ///< its last characters, outside quotes
    QByteArray m_restrictKey;    ///< pg_dump's \restrict key, while restricted
    char m_previous = '\n';      ///< the previous character outside quotes (identifier or not)
    char m_beforePrevious = '\n';
    QString m_error;
};

} // namespace Ops
