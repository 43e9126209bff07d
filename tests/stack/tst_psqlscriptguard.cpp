// Unit tests of Ops::PsqlScriptGuard: what pg_dump writes passes, every psql meta-command it does not
// write is refused wherever psql would see it, streaming gives the same verdict as a whole read, and
// what it holds back is only ever a line it cannot judge yet. The real pg_dump 15 output of the stack's
// backups is in tst_backupfile (restoreRefusesAHostileBackup) and in the rollback tests.
#include "models/stack/psqlscriptguard.h"

#include <QTest>

using namespace Ops;

namespace {

/// pg_dump 15.14+'s plain format, abridged: \restrict, SETs, a function with a dollar quote, a comment,
/// COPY data with backslashes in it, \unrestrict.
const QByteArray kDump = R"(--
-- PostgreSQL database dump
--

\restrict nk5SMsrlq8W1IdFt304p1zFvV7iWUq0lCMRIL8McG85OA028ek3gnw4lMH7E6In

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- a backslash in a function body is the function's: \! not psql's
  NEW.note := E'tab\there';
  RETURN NEW;
END $$;

CREATE TABLE public.items (
    id integer NOT NULL,
    note text DEFAULT E'it\'s'::text,
    "we""ird" text
);

/* a block comment /* nested */ \! still a comment */
COMMENT ON TABLE public.items IS 'what''s in stock';

COPY public.items (id, note, "we""ird") FROM stdin;
1	\N	a\\b
2	\.x	\tquoted
\.

SELECT $1, $tag$ \! $tag$;

--
-- PostgreSQL database dump complete
--

\unrestrict nk5SMsrlq8W1IdFt304p1zFvV7iWUq0lCMRIL8McG85OA028ek3gnw4lMH7E6In

)";

} // namespace

class TestPsqlScriptGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pgDumpOutputPasses();
    void refused_data();
    void refused();
    void streamingAgreesWithAWholeRead_data();
    void streamingAgreesWithAWholeRead();
};

void TestPsqlScriptGuard::pgDumpOutputPasses()
{
    QCOMPARE(PsqlScriptGuard::check(kDump), QString());
    QCOMPARE(PsqlScriptGuard::check("SELECT 1;\n"), QString());
    QCOMPARE(PsqlScriptGuard::check(""), QString());
}

void TestPsqlScriptGuard::refused_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* name, const QByteArray& script, int line, const char* words) {
        QTest::newRow(name) << script << line << QString::fromUtf8(words);
    };
    row("shell command", "SELECT 1;\n\\! touch /tmp/x\n", 2, "\\!");
    row("connect elsewhere", "\\connect other\nSELECT 1;\n", 1, "\\connect");
    row("error handling off", "\\set ON_ERROR_STOP off\n", 1, "\\set");
    row("output to a file", "\\o /tmp/x\n", 1, "\\o");
    row("client-side copy", "\\copy t from '/etc/shadow'\n", 1, "\\copy");
    row("include a file", "\\i /tmp/evil.sql\n", 1, "\\i");
    row("after SQL on a line", "SELECT 1; \\! id\n", 1, "after SQL");
    row("after a quoted string", "SELECT 'a' \\g\n", 1, "after SQL");
    row("after COPY data", "COPY t (a) FROM stdin;\n1\n\\.\n\\! id\n", 4, "\\!");
    row("COPY from a program", "COPY t FROM PROGRAM 'id';\n", 1, "COPY");
    row("COPY to stdout", "COPY t TO stdout;\n", 1, "COPY");
    row("text after COPY", "COPY t FROM stdin; SELECT 1;\n1\n\\.\n", 1, "COPY");
    row("backslash in a plain string", "SELECT 'a\\' \\! id '';\n", 1, "standard_conforming_strings");
    row("wrong unrestrict key", "\\restrict abc\nSELECT 1;\n\\unrestrict abd\n", 3, "\\unrestrict");
    row("second restrict", "\\restrict abc\n\\restrict abc\n", 2, "\\restrict");
    row("end-of-data outside COPY", "SELECT 1;\n\\.\n", 2, "\\.");
    row("unended E string then command", "SELECT E'\\'';\n\\! id\n", 2, "\\!");
    row("closed dollar quote then command", "SELECT $x$ a $x$;\n\\! id\n", 2, "\\!");
    row("closed block comment then command", "/* a */\n\\! id\n", 2, "\\!");
}

void TestPsqlScriptGuard::refused()
{
    QFETCH(QByteArray, script);
    QFETCH(int, line);
    QFETCH(QString, words);
    PsqlScriptGuard guard;
    QCOMPARE(guard.feed(script, true), -1);
    QVERIFY(guard.refused());
    QCOMPARE(guard.line(), line);
    QVERIFY2(guard.error().contains(words), qPrintable(guard.error()));
    QVERIFY2(guard.error().contains(QStringLiteral("line %1").arg(line)), qPrintable(guard.error()));
    QVERIFY(guard.abortSequence().endsWith("\n\\opsconsole_refused_this_backup\n"));
}

void TestPsqlScriptGuard::streamingAgreesWithAWholeRead_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("passes");
    QTest::newRow("pg_dump") << kDump << true;
    QTest::newRow("command at the end") << kDump + "\\! id\n" << false;
    QTest::newRow("command without a newline at the end") << kDump + "\\! id" << false;
    QTest::newRow("restrict line without a newline") << QByteArray("SELECT 1;\n\\unrestrict") << false;
}

void TestPsqlScriptGuard::streamingAgreesWithAWholeRead()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, passes);
    QCOMPARE(PsqlScriptGuard::check(script).isEmpty(), passes);
    // Every chunk size, as ProcessRunner feeds it: the held-back rest goes first into the next chunk.
    for (qsizetype chunkSize : {1, 2, 3, 7, 64, 4096}) {
        PsqlScriptGuard guard;
        QByteArray given;   // what psql would have been given
        QByteArray pending; // held back
        qsizetype at = 0;
        bool refused = false;
        for (;;) {
            const QByteArray read = script.mid(at, chunkSize);
            at += read.size();
            const bool atEnd = at >= script.size();
            const QByteArray chunk = pending + read;
            const qsizetype accepted = guard.feed(chunk, atEnd);
            if (accepted < 0) {
                refused = true;
                break;
            }
            QVERIFY(accepted <= chunk.size());
            given += chunk.left(accepted);
            pending = chunk.mid(accepted);
            QVERIFY2(pending.size() <= 600, "more held back than one command line");
            if (atEnd)
                break;
        }
        QCOMPARE(refused, !passes);
        if (passes) {
            QCOMPARE(pending, QByteArray());
            QCOMPARE(given, script);
        } else {
            QVERIFY(!given.contains("\\! id"));
        }
    }
}

QTEST_GUILESS_MAIN(TestPsqlScriptGuard)
#include "tst_psqlscriptguard.moc"
