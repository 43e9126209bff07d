-- Write-ahead audit: the intent of every command that changes the stack is recorded before the command
-- starts (stage 'intent', no exit code), its outcome after it ended (stage 'outcome', a second row that
-- names the intent in intent_id). The table stays append-only: a console killed in between leaves an
-- intent without an outcome — the change is never unrecorded, its result is "unknown".
-- Rows written before (and rows that are no command: arming, checklist ticks) are stage 'record'.
ALTER TABLE ops.audit
    ADD COLUMN stage text NOT NULL DEFAULT 'record' CHECK (stage IN ('record', 'intent', 'outcome')),
    ADD COLUMN intent_id uuid;
-- No foreign key: an outcome may reach the database before its journaled intent is replayed.
CREATE INDEX audit_intent_idx ON ops.audit (intent_id) WHERE intent_id IS NOT NULL;

-- Commands whose outcome was never recorded: the console died (or lost its records) while they ran.
CREATE VIEW ops.audit_unfinished AS
    SELECT i.* FROM ops.audit i
    WHERE i.stage = 'intent'
      AND NOT EXISTS (SELECT 1 FROM ops.audit o WHERE o.intent_id = i.id);
