-- The web app: accounts, sessions kept in the database (so several instances
-- can serve one database), sign-in throttling, the audit log, locked periods,
-- issued reports, the history of progress values and evidence files.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    unit_id       INTEGER REFERENCES units (id) ON DELETE SET NULL,
    login         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'leader', 'viewer')),
    password_hash TEXT NOT NULL,
    must_change   INTEGER NOT NULL DEFAULT 0,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);
CREATE INDEX users_org ON users (org_id);
CREATE INDEX users_unit ON users (unit_id);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE login_failures (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL,
    at   TEXT NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    user_name TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_org_at ON audit_log (org_id, at DESC, id DESC);
CREATE INDEX audit_log_user ON audit_log (user_id);

CREATE TABLE period_locks (
    org_id    INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    period    TEXT NOT NULL,
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (org_id, period)
);

CREATE TABLE issued_reports (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    period        TEXT NOT NULL,
    number        TEXT NOT NULL,
    doc_date      TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    issued_by     TEXT NOT NULL DEFAULT '',
    docx          BLOB NOT NULL,
    pdf           BLOB NOT NULL,
    superseded_at TEXT
);
CREATE INDEX issued_reports_org_period ON issued_reports (org_id, kind, period);

CREATE TABLE progress_history (
    id           INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL DEFAULT '',
    before       TEXT NOT NULL DEFAULT '',
    after        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progress_history_criterion ON progress_history (criterion_id, period, changed_at);

CREATE TABLE evidence_files (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    uploaded_by  TEXT NOT NULL DEFAULT '',
    uploaded_at  TEXT NOT NULL
);
CREATE INDEX evidence_files_criterion ON evidence_files (criterion_id, period);
CREATE INDEX evidence_files_org ON evidence_files (org_id);
