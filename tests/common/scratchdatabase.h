#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QString>

/// A throw-away database on the stack's PostgreSQL (opsconsole_test_<random>, created for the console's
/// role fragrance_user), created by the superuser and dropped (WITH FORCE) at destruction: tests never
/// touch fragrance_ai nor each other's data.
///
/// As in production, an administrator brings the records schema up to date (SchemaMigrations as the
/// superuser, the console's role made a member of opsconsole_console): the console's own role can only
/// append and read. `Schema::Empty` leaves that to the test (tests of the migrations themselves).
class ScratchDatabase
{
public:
    enum class Schema { Migrated, Empty };
    explicit ScratchDatabase(Schema schema = Schema::Migrated);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    /// As the console connects: role fragrance_user, no password (trust on loopback).
    Ops::PostgresConnectionParams consoleParams() const;
    /// As an administrator connects: the superuser postgres.
    Ops::PostgresConnectionParams adminParams() const;
    /// Applies every embedded migration as the superuser and makes fragrance_user a console; false (and a
    /// test failure) when that failed.
    bool migrate() const;
    /// Superuser conninfo of this database.
    QString adminConnInfo() const;
    /// Runs one statement as `user` ("postgres" or "fragrance_user"); returns the SQLSTATE of the error,
    /// or an empty string on success.
    QString execAs(const QString& user, const QString& sql) const;
    /// The first column of the first row of a query, as the superuser.
    QString scalar(const QString& sql) const;

    /// An address on which nothing listens (for "PostgreSQL is down").
    static int closedPort();

private:
    QString m_name;
};
