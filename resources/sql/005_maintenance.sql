-- Maintenance windows (runbook: Maintenance Windows). A window is edited as a whole (the last save
-- wins: only its owner plans it); the checklist ticks and the steps of a run are append-only rows
-- with client-made ids, so a journal replayed twice inserts nothing twice.
CREATE TABLE ops.maintenance_windows (
    id           uuid PRIMARY KEY,
    title        text NOT NULL,
    description  text NOT NULL DEFAULT '',
    owner        text NOT NULL DEFAULT '',
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL CHECK (ends_at > starts_at),
    kind         text NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'emergency')),
    status       text NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'running', 'completed', 'aborted', 'cancelled')),
    silence_id   text NOT NULL DEFAULT '',      -- the Alertmanager silence created for it, if any
    updated_by   text NOT NULL DEFAULT '',
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX maintenance_windows_start_idx ON ops.maintenance_windows (starts_at DESC);

-- The runbook's pre-maintenance checklist: every tick (and untick) with who and when; the newest
-- row of an item is its state.
CREATE TABLE ops.maintenance_checklist (
    id          uuid PRIMARY KEY,
    window_id   uuid NOT NULL REFERENCES ops.maintenance_windows (id) ON DELETE CASCADE,
    item        text NOT NULL,
    ticked      boolean NOT NULL,
    by_user     text NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX maintenance_checklist_window_idx ON ops.maintenance_checklist (window_id, at);

-- What each step of a guided run did: one row per state change of a step.
CREATE TABLE ops.maintenance_steps (
    id          uuid PRIMARY KEY,
    window_id   uuid NOT NULL REFERENCES ops.maintenance_windows (id) ON DELETE CASCADE,
    run_id      uuid NOT NULL,
    step        text NOT NULL,
    state       text NOT NULL,
    detail      text NOT NULL DEFAULT '',
    by_user     text NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX maintenance_steps_window_idx ON ops.maintenance_steps (window_id, at);
