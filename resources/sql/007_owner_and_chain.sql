-- Records the console can only append to, and an audit trail whose rows are chained by hashes.
--
-- Runs as the owner role opsconsole_owner (SchemaMigrations sets the role; an administrator applies it:
-- `opsconsole --migrate`). The owner owns the schema and everything in it; the console's login role is
-- a member of opsconsole_console, which may only INSERT and SELECT the records (no UPDATE, DELETE,
-- TRUNCATE, and as a non-owner no ALTER, DROP or DISABLE TRIGGER). What the console used to UPDATE
-- becomes new rows: an incident's or a maintenance window's newest version is what it is now.

-- 1. The audit trail as a hash chain -------------------------------------------------------------

ALTER TABLE ops.audit ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN row_hash text;

-- The newest link: its row is the chain's lock (one append at a time, across every console) and tells
-- a verifier where the chain must end, so that removing the newest rows is noticed too.
CREATE TABLE ops.audit_chain (
    id    smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  text NOT NULL
);

-- One field of the canonical form: its length in UTF-8 bytes, ':', the text, ';' — or '~;' for NULL.
CREATE FUNCTION ops.audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp AS
$$ SELECT CASE WHEN v IS NULL THEN '~;' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v || ';' END $$;

-- The canonical form of a row, hashed with sha256 into row_hash. The console's verifier
-- (models/audit/auditchain.cpp) builds the same bytes from the stored values on its own: keep both in step.
-- Times are microseconds since the epoch, argv is its element count then each element, the write-ahead
-- stage and intent (migration 006) next, prev_hash last.
CREATE FUNCTION ops.audit_canonical(r ops.audit) RETURNS text LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    out text;
    element text;
BEGIN
    out := 'opsconsole-audit-v1;'
        || ops.audit_field(r.seq::text)
        || ops.audit_field(r.id::text)
        || ops.audit_field((extract(epoch FROM r.at) * 1000000)::bigint::text)
        || ops.audit_field((extract(epoch FROM r.recorded_at) * 1000000)::bigint::text)
        || ops.audit_field(r.os_user)
        || ops.audit_field(r.host)
        || ops.audit_field(r.profile)
        || ops.audit_field(r.action)
        || ops.audit_field(r.target)
        || ops.audit_field(r.reason)
        || ops.audit_field(cardinality(r.argv)::text);
    IF r.argv IS NOT NULL THEN
        FOREACH element IN ARRAY r.argv LOOP
            out := out || ops.audit_field(element);
        END LOOP;
    END IF;
    RETURN out
        || ops.audit_field(r.exit_code::text)
        || ops.audit_field(r.output_digest)
        || ops.audit_field(r.metrics_before::text)
        || ops.audit_field(r.metrics_after::text)
        || ops.audit_field(CASE WHEN r.override THEN 'true' ELSE 'false' END)
        || ops.audit_field(r.stage)
        || ops.audit_field(r.intent_id::text)
        || ops.audit_field(r.prev_hash);
END
$$;

-- Every new row takes the next place in the chain. SECURITY DEFINER: it runs as the owner, the only
-- role that may move the chain's head; the client's own values for seq, prev_hash, row_hash and
-- recorded_at are overwritten, so a client cannot write a hash of its choosing.
CREATE FUNCTION ops.audit_chain_append() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    head ops.audit_chain%ROWTYPE;
BEGIN
    -- Held until this transaction ends: two consoles appending at once are put in a row.
    SELECT * INTO STRICT head FROM ops.audit_chain WHERE id = 1 FOR UPDATE;
    -- A replayed record that is there already takes no place in the chain (ON CONFLICT only looks after
    -- the BEFORE triggers ran): it is skipped here, as ON CONFLICT DO NOTHING would.
    IF EXISTS (SELECT 1 FROM ops.audit WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    NEW.recorded_at := now();
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.row_hash := encode(sha256(convert_to(ops.audit_canonical(NEW), 'UTF8')), 'hex');
    UPDATE ops.audit_chain SET seq = NEW.seq, hash = NEW.row_hash WHERE id = 1;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION ops.audit_chain_append() FROM PUBLIC;

-- The rows written before this migration are chained in the order they were recorded.
ALTER TABLE ops.audit DISABLE TRIGGER audit_no_update_delete;
GRANT UPDATE ON ops.audit TO opsconsole_owner;
DO $$
DECLARE
    r ops.audit;
    prev text := repeat('0', 64);
    n bigint := 0;
BEGIN
    FOR r IN SELECT * FROM ops.audit ORDER BY recorded_at, at, id LOOP
        n := n + 1;
        r.seq := n;
        r.prev_hash := prev;
        r.row_hash := encode(sha256(convert_to(ops.audit_canonical(r), 'UTF8')), 'hex');
        UPDATE ops.audit SET seq = r.seq, prev_hash = r.prev_hash, row_hash = r.row_hash WHERE id = r.id;
        prev := r.row_hash;
    END LOOP;
    INSERT INTO ops.audit_chain (id, seq, hash) VALUES (1, n, prev);
END
$$;
REVOKE UPDATE ON ops.audit FROM opsconsole_owner;
ALTER TABLE ops.audit ENABLE TRIGGER audit_no_update_delete;
ALTER TABLE ops.audit ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN row_hash SET NOT NULL;
CREATE UNIQUE INDEX audit_seq_idx ON ops.audit (seq);
CREATE TRIGGER audit_chain BEFORE INSERT ON ops.audit FOR EACH ROW EXECUTE FUNCTION ops.audit_chain_append();

-- 2. Incidents: every change is a new version ------------------------------------------------------

CREATE TABLE ops.incident_versions (
    incident_id         uuid NOT NULL,
    version             integer NOT NULL CHECK (version >= 1),
    change_id           uuid NOT NULL UNIQUE,          -- the client change: a replay writes nothing twice
    parent_change       uuid,
    title               text NOT NULL,
    severity            smallint NOT NULL CHECK (severity BETWEEN 0 AND 3),
    status              text NOT NULL CHECK (status IN ('investigating', 'identified', 'monitoring', 'resolved')),
    impact              text NOT NULL DEFAULT '',
    started_at          timestamptz NOT NULL,
    detected_by         text NOT NULL DEFAULT '',
    commander           text NOT NULL DEFAULT '',
    actions_taken       text[] NOT NULL DEFAULT '{}',
    next_steps          text[] NOT NULL DEFAULT '{}',
    eta                 text NOT NULL DEFAULT '',
    checklist           integer NOT NULL DEFAULT 0,
    root_cause          text NOT NULL DEFAULT '',
    postmortem_date     date,
    resolved_at         timestamptz,
    alerts              text[] NOT NULL DEFAULT '{}',
    written_at          timestamptz NOT NULL DEFAULT now(),
    written_by          name NOT NULL DEFAULT session_user,
    PRIMARY KEY (incident_id, version)
);
INSERT INTO ops.incident_versions (incident_id, version, change_id, title, severity, status, impact, started_at,
    detected_by, commander, actions_taken, next_steps, eta, checklist, root_cause, postmortem_date,
    resolved_at, alerts, written_at)
SELECT id, version, last_change, title, severity, status, impact, started_at, detected_by, commander,
    actions_taken, next_steps, eta, checklist, root_cause, postmortem_date, resolved_at, alerts, updated_at
FROM ops.incidents;

-- ops.incidents keeps only who exists (ops.incident_updates refers to it) and becomes
-- ops.incident_records; the name ops.incidents is now the view of each incident's newest version.
DROP TRIGGER incidents_notify ON ops.incidents;
ALTER TABLE ops.incidents RENAME TO incident_records;
ALTER TABLE ops.incident_records DROP COLUMN title, DROP COLUMN severity, DROP COLUMN status,
    DROP COLUMN impact, DROP COLUMN started_at, DROP COLUMN detected_by, DROP COLUMN commander,
    DROP COLUMN actions_taken, DROP COLUMN next_steps, DROP COLUMN eta, DROP COLUMN checklist,
    DROP COLUMN root_cause, DROP COLUMN postmortem_date, DROP COLUMN resolved_at, DROP COLUMN alerts,
    DROP COLUMN version, DROP COLUMN last_change, DROP COLUMN updated_at,
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE ops.incident_versions ADD FOREIGN KEY (incident_id) REFERENCES ops.incident_records (id);
CREATE INDEX incident_versions_started_idx ON ops.incident_versions (started_at DESC);

CREATE VIEW ops.incidents AS
SELECT DISTINCT ON (v.incident_id)
    v.incident_id AS id, v.title, v.severity, v.status, v.impact, v.started_at, v.detected_by, v.commander,
    v.actions_taken, v.next_steps, v.eta, v.checklist, v.root_cause, v.postmortem_date, v.resolved_at,
    v.alerts, v.version, v.change_id AS last_change, v.written_at AS updated_at
FROM ops.incident_versions v
ORDER BY v.incident_id, v.version DESC;

CREATE TRIGGER incident_versions_notify AFTER INSERT ON ops.incident_versions
    FOR EACH ROW EXECUTE FUNCTION ops.incidents_notify();

-- 3. Maintenance windows: every save is a new version; the newest (by seq) is the window ------------

CREATE TABLE ops.maintenance_window_versions (
    version_id   uuid PRIMARY KEY,                 -- the client's save: a replay writes nothing twice
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    window_id    uuid NOT NULL,
    title        text NOT NULL,
    description  text NOT NULL DEFAULT '',
    owner        text NOT NULL DEFAULT '',
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL CHECK (ends_at > starts_at),
    kind         text NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'emergency')),
    status       text NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'running', 'completed', 'aborted', 'cancelled')),
    silence_id   text NOT NULL DEFAULT '',
    updated_by   text NOT NULL DEFAULT '',
    written_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ops.maintenance_window_versions (version_id, window_id, title, description, owner, starts_at,
    ends_at, kind, status, silence_id, updated_by, written_at)
SELECT gen_random_uuid(), id, title, description, owner, starts_at, ends_at, kind, status, silence_id,
    updated_by, updated_at
FROM ops.maintenance_windows;

ALTER TABLE ops.maintenance_windows RENAME TO maintenance_window_records;
ALTER TABLE ops.maintenance_window_records DROP COLUMN title, DROP COLUMN description, DROP COLUMN owner,
    DROP COLUMN starts_at, DROP COLUMN ends_at, DROP COLUMN kind, DROP COLUMN status, DROP COLUMN silence_id,
    DROP COLUMN updated_by, DROP COLUMN updated_at,
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE ops.maintenance_window_versions ADD FOREIGN KEY (window_id) REFERENCES ops.maintenance_window_records (id);
CREATE INDEX maintenance_window_versions_window_idx ON ops.maintenance_window_versions (window_id, seq DESC);

CREATE VIEW ops.maintenance_windows AS
SELECT DISTINCT ON (v.window_id)
    v.window_id AS id, v.title, v.description, v.owner, v.starts_at, v.ends_at, v.kind, v.status,
    v.silence_id, v.updated_by, v.written_at AS updated_at
FROM ops.maintenance_window_versions v
ORDER BY v.window_id, v.seq DESC;

-- 4. What the console's role may do ------------------------------------------------------------------

REVOKE ALL ON ALL TABLES IN SCHEMA ops FROM PUBLIC;
GRANT USAGE ON SCHEMA ops TO opsconsole_console;
-- Records: append and read, nothing else.
GRANT SELECT, INSERT ON ops.audit, ops.incident_records, ops.incident_versions, ops.incident_updates,
    ops.incident_changes, ops.maintenance_window_records, ops.maintenance_window_versions,
    ops.maintenance_checklist, ops.maintenance_steps TO opsconsole_console;
GRANT SELECT ON ops.incidents, ops.maintenance_windows, ops.audit_chain, ops.audit_unfinished, ops.schema_migrations
    TO opsconsole_console;
-- State, not records: who holds the operator lock now, and the on-call roster (one edited document).
GRANT SELECT, INSERT, UPDATE, DELETE ON ops.lock_holders, ops.oncall TO opsconsole_console;
