-- The incident log (runbook: Incident Response). Fields of an incident are versioned: a change is
-- written with UPDATE … WHERE id = $1 AND version = $2, so two consoles never overwrite each other
-- silently. Timeline updates are append-only rows and never conflict.
CREATE TABLE ops.incidents (
    id                  uuid PRIMARY KEY,              -- made by the client: journal replay is idempotent
    title               text NOT NULL,
    severity            smallint NOT NULL CHECK (severity BETWEEN 0 AND 3),   -- P0 … P3
    status              text NOT NULL CHECK (status IN ('investigating', 'identified', 'monitoring', 'resolved')),
    impact              text NOT NULL DEFAULT '',
    started_at          timestamptz NOT NULL,
    detected_by         text NOT NULL DEFAULT '',
    commander           text NOT NULL DEFAULT '',
    actions_taken       text[] NOT NULL DEFAULT '{}',
    next_steps          text[] NOT NULL DEFAULT '{}',
    eta                 text NOT NULL DEFAULT '',
    -- the runbook's resolution checklist, one bit each: service restored (1), root cause identified (2),
    -- monitoring normal (4), team notified (8), incident log updated (16), postmortem scheduled (32)
    checklist           integer NOT NULL DEFAULT 0,
    root_cause          text NOT NULL DEFAULT '',
    postmortem_date     date,
    resolved_at         timestamptz,
    alerts              text[] NOT NULL DEFAULT '{}',  -- alerts that fired (name: summary)
    version             integer NOT NULL DEFAULT 1,
    last_change         uuid NOT NULL,                 -- the client change that wrote this version
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_started_idx ON ops.incidents (started_at DESC);

CREATE TABLE ops.incident_updates (
    id           uuid PRIMARY KEY,
    incident_id  uuid NOT NULL REFERENCES ops.incidents (id) ON DELETE CASCADE,
    at           timestamptz NOT NULL,
    author       text NOT NULL DEFAULT '',
    message      text NOT NULL
);
CREATE INDEX incident_updates_incident_idx ON ops.incident_updates (incident_id, at);

-- Every applied client change, so that a journal replayed twice applies nothing twice.
CREATE TABLE ops.incident_changes (
    id           uuid PRIMARY KEY,
    incident_id  uuid NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT now()
);

-- Other consoles LISTEN on ops_incidents; the payload is the incident's id.
CREATE FUNCTION ops.incidents_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'incidents' THEN
        PERFORM pg_notify('ops_incidents', NEW.id::text);
    ELSE
        PERFORM pg_notify('ops_incidents', NEW.incident_id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER incidents_notify AFTER INSERT OR UPDATE ON ops.incidents
    FOR EACH ROW EXECUTE FUNCTION ops.incidents_notify();
CREATE TRIGGER incident_updates_notify AFTER INSERT ON ops.incident_updates
    FOR EACH ROW EXECUTE FUNCTION ops.incidents_notify();
