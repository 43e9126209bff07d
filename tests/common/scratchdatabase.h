#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QString>

/// A throw-away database on the stack's PostgreSQL (opsconsole_test_<random>, owned by the console's
/// role fragrance_user), created by the superuser and dropped (WITH FORCE) at destruction: tests never
/// touch fragrance_ai nor each other's data.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    /// As the console connects: role fragrance_user, no password (trust on loopback).
    Ops::PostgresConnectionParams consoleParams() const;
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
