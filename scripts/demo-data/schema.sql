-- Demo content of the fragrance_ai database (run as fragrance_user: by the stack's postgres container on
-- its first start, and by `scripts/stack.sh reset`).
-- Idempotent: tables are created when missing and seeded only when empty.
SET client_min_messages = warning;

CREATE TABLE IF NOT EXISTS users (
    id          serial PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    display_name text NOT NULL,
    role        text NOT NULL DEFAULT 'member',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS notes (
    id      serial PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    family  text NOT NULL,
    layer   text NOT NULL CHECK (layer IN ('top', 'heart', 'base'))
);

CREATE TABLE IF NOT EXISTS fragrances (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text NOT NULL,
    top_notes   text[] NOT NULL,
    heart_notes text[] NOT NULL,
    base_notes  text[] NOT NULL,
    rating      numeric(3, 2) NOT NULL DEFAULT 0,
    created_by  integer REFERENCES users(id),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS generation_jobs (
    id            serial PRIMARY KEY,
    task_id       uuid NOT NULL UNIQUE,
    user_id       integer REFERENCES users(id),
    prompt        text NOT NULL,
    status        text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    model_version text NOT NULL,
    duration_ms   integer,
    fragrance_id  integer REFERENCES fragrances(id),
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO users (email, display_name, role)
SELECT * FROM (VALUES
    ('minji.kim@fragrance.ai', '김민지', 'admin'),
    ('jiho.park@fragrance.ai', '박지호', 'perfumer'),
    ('sora.lee@example.com', '이소라', 'member'),
    ('daniel.choi@example.com', 'Daniel Choi', 'member')) AS v(email, display_name, role)
WHERE NOT EXISTS (SELECT 1 FROM users);

INSERT INTO notes (name, family, layer)
SELECT * FROM (VALUES
    ('Bergamot', 'citrus', 'top'), ('Pink Pepper', 'spicy', 'top'), ('Yuzu', 'citrus', 'top'),
    ('Jasmine Sambac', 'floral', 'heart'), ('Rose Absolute', 'floral', 'heart'), ('Iris', 'powdery', 'heart'),
    ('Sandalwood', 'woody', 'base'), ('Vetiver', 'woody', 'base'), ('Ambroxan', 'amber', 'base'),
    ('Vanilla', 'gourmand', 'base')) AS v(name, family, layer)
WHERE NOT EXISTS (SELECT 1 FROM notes);

INSERT INTO fragrances (name, description, top_notes, heart_notes, base_notes, rating, created_by)
SELECT v.name, v.description, v.top_notes, v.heart_notes, v.base_notes, v.rating, (SELECT min(id) FROM users)
FROM (VALUES
    ('Seoul Rain', 'Wet asphalt, yuzu and iris after a summer shower', ARRAY['Yuzu', 'Bergamot'],
     ARRAY['Iris'], ARRAY['Vetiver', 'Ambroxan'], 4.60),
    ('Jeju Dawn', 'Citrus groves and sea air', ARRAY['Bergamot'], ARRAY['Jasmine Sambac'], ARRAY['Ambroxan'], 4.35),
    ('Hanok Evening', 'Warm wood and incense', ARRAY['Pink Pepper'], ARRAY['Rose Absolute'],
     ARRAY['Sandalwood', 'Vanilla'], 4.72),
    ('Cherry Blossom Path', 'Soft florals with a powdery trail', ARRAY['Pink Pepper'], ARRAY['Rose Absolute', 'Iris'],
     ARRAY['Vanilla'], 4.10)) AS v(name, description, top_notes, heart_notes, base_notes, rating)
WHERE NOT EXISTS (SELECT 1 FROM fragrances);

INSERT INTO generation_jobs (task_id, user_id, prompt, status, model_version, duration_ms, fragrance_id, created_at)
SELECT md5('job' || g)::uuid, 1 + g % 4, 'fresh citrus for summer #' || g,
       (ARRAY['succeeded', 'succeeded', 'succeeded', 'failed', 'running'])[1 + g % 5], '0.2.0',
       400 + (g * 37) % 900, 1 + g % 4, now() - make_interval(mins => g * 7)
FROM generate_series(1, 40) AS g
WHERE NOT EXISTS (SELECT 1 FROM generation_jobs);
