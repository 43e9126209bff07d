-- The runbook's Emergency Contacts: on-call rotation, escalation contacts and external contacts,
-- one versioned JSON document (edited as a whole from the On-call page, cached by every console).
CREATE TABLE ops.oncall (
    id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    roster      jsonb NOT NULL,
    version     integer NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
