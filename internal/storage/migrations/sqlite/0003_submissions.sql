-- The submission workflow: the handling fields of a submission, derived keys
-- for the sender lookup and the accent-insensitive search (computed on write
-- by the store: NormalizePhone, lower-cased e-mail, domain.Fold of code, title,
-- content and sender's name), the history of each submission, the files its
-- sender attached, reusable answers, and each organisation's deadline rules
-- and calendar overrides.

ALTER TABLE submissions ADD COLUMN accepted_at TEXT;
ALTER TABLE submissions ADD COLUMN assigned_unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL;
ALTER TABLE submissions ADD COLUMN answer TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN answered_by TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN published_at TEXT;
ALTER TABLE submissions ADD COLUMN duplicate_of INTEGER REFERENCES submissions (id) ON DELETE SET NULL;
ALTER TABLE submissions ADD COLUMN sender_phone_norm TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN sender_email_norm TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN search_fold TEXT NOT NULL DEFAULT '';
-- The sender's name is searched apart: staff find a sender by name, the
-- public search of published answers must not.
ALTER TABLE submissions ADD COLUMN sender_fold TEXT NOT NULL DEFAULT '';

-- Rows written before this migration get a plain lower-cased key (SQLite's
-- lower() folds ASCII only); the store rewrites it with domain.Fold on the
-- next save.
UPDATE submissions SET
    sender_phone_norm = replace(replace(replace(replace(replace(sender_phone, ' ', ''), '.', ''), '-', ''), '(', ''), ')', ''),
    sender_email_norm = lower(trim(sender_email)),
    search_fold = lower(coalesce(tracking_code, '') || ' ' || title || ' ' || content || ' ' || answer),
    sender_fold = lower(sender_name);

CREATE INDEX submissions_inbox ON submissions (org_id, status, due_at);
CREATE INDEX submissions_sender_phone ON submissions (org_id, sender_phone_norm);
CREATE INDEX submissions_sender_email ON submissions (org_id, sender_email_norm);
CREATE INDEX submissions_published ON submissions (published_at);
CREATE INDEX submissions_unit ON submissions (assigned_unit_id);
CREATE INDEX submissions_duplicate_of ON submissions (duplicate_of);

CREATE TABLE submission_events (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL DEFAULT '',
    from_status   TEXT NOT NULL DEFAULT '',
    to_status     TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    due_at        TEXT
) STRICT;
CREATE INDEX submission_events_submission ON submission_events (submission_id, at, id);

CREATE TABLE submission_files (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    data          BLOB NOT NULL
) STRICT;
CREATE INDEX submission_files_submission ON submission_files (submission_id);

CREATE TABLE answer_templates (
    id     INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    title  TEXT NOT NULL,
    body   TEXT NOT NULL,
    UNIQUE (org_id, title)
) STRICT;

CREATE TABLE deadline_rules (
    org_id  INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    stage   TEXT NOT NULL CHECK (stage IN ('accept', 'answer')),
    days    INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
    working INTEGER NOT NULL,
    PRIMARY KEY (org_id, kind, stage)
) STRICT;

CREATE TABLE calendar_overrides (
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    date   TEXT NOT NULL,
    off    INTEGER NOT NULL,
    note   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org_id, date)
) STRICT;
