-- The audit trail: one row per action, append-only in the database itself.
CREATE TABLE ops.audit (
    id              uuid PRIMARY KEY,              -- made by the client: journal replay is idempotent
    at              timestamptz NOT NULL,
    os_user         text NOT NULL,
    host            text NOT NULL,
    profile         text NOT NULL,
    action          text NOT NULL,
    target          text NOT NULL DEFAULT '',
    reason          text NOT NULL DEFAULT '',
    argv            text[] NOT NULL DEFAULT '{}',
    exit_code       integer,
    output_digest   text,                          -- sha256 of the command's output, hex
    metrics_before  jsonb,
    metrics_after   jsonb,
    override        boolean NOT NULL DEFAULT false,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_at_idx ON ops.audit (at DESC);
CREATE INDEX audit_target_idx ON ops.audit (profile, target, action, at DESC);

-- Refuse every change of a written row, whoever asks (also the owner and superusers).
CREATE FUNCTION ops.audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ops.audit is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON ops.audit
    FOR EACH ROW EXECUTE FUNCTION ops.audit_refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON ops.audit
    FOR EACH STATEMENT EXECUTE FUNCTION ops.audit_refuse_change();

-- The console's role (the one running this migration) may only read and append.
REVOKE UPDATE, DELETE, TRUNCATE ON ops.audit FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON ops.audit FROM CURRENT_USER;
