-- Roles and databases of the local stack's PostgreSQL, run once on the first start (entrypoint.sh).
-- fragrance_user: the application's role (trust, like the runbook's stack).
-- fragrance_secure: a role that must give its password (scram), so the console's keychain path is real.
CREATE ROLE fragrance_user LOGIN;
SET password_encryption = 'scram-sha-256';
CREATE ROLE fragrance_secure LOGIN PASSWORD 'demo-secure-password';

-- The application's database (restored from the backups in $STATE/backups).
CREATE DATABASE fragrance_ai OWNER fragrance_user;
-- The console's own records (incidents, audit, maintenance, on-call), apart from the application's
-- database so that restoring an application backup never touches them.
CREATE DATABASE opsconsole OWNER fragrance_user;
GRANT CONNECT, TEMPORARY ON DATABASE fragrance_ai, opsconsole TO fragrance_secure;
GRANT CREATE ON DATABASE opsconsole TO fragrance_secure;
