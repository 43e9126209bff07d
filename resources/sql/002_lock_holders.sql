-- Who holds the "one operator at a time" advisory lock of a stack, for the words shown to the others.
-- The lock itself is pg_try_advisory_lock(lock_key) on the holder's connection: a row left by a
-- console that died is overwritten by the next holder.
CREATE TABLE ops.lock_holders (
    lock_key     bigint PRIMARY KEY,
    os_user      text NOT NULL,
    host         text NOT NULL,
    profile      text NOT NULL,
    action       text NOT NULL,
    since        timestamptz NOT NULL DEFAULT now(),
    backend_pid  integer NOT NULL DEFAULT pg_backend_pid()
);
