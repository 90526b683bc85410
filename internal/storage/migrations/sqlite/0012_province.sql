-- A province hosts its communes in one deployment. A commune may be
-- deactivated: its data stay, read-only, and the province no longer expects
-- its reports. A user may give an e-mail address for notifications.
ALTER TABLE orgs ADD COLUMN deactivated_at TEXT;
ALTER TABLE orgs ADD COLUMN deactivated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- In-app notifications, one row per person told: a new request, a report
-- due, overdue, returned, accepted, submitted. Read newest first, the unread
-- counted on every page.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    link       TEXT NOT NULL DEFAULT '',
    dedup_key  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    read_at    TEXT
) STRICT;
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
-- A reminder ("due in 3 days") is made once per person and key.
CREATE UNIQUE INDEX notifications_dedup ON notifications (user_id, dedup_key) WHERE dedup_key <> '';

-- What is sent to another system goes through this outbox, written in the
-- transaction of the event: a worker claims a row (claimed_until), sends it,
-- and marks it sent, or counts the attempt and sets the next try.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    channel       TEXT NOT NULL,              -- 'email'
    recipient     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    link          TEXT NOT NULL DEFAULT '',   -- a path of the app; the sender puts the server's address before it
    created_at    TEXT NOT NULL,
    next_at       TEXT NOT NULL,
    claimed_until TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    sent_at       TEXT
) STRICT;
CREATE INDEX outbox_due ON outbox (next_at) WHERE sent_at IS NULL;
