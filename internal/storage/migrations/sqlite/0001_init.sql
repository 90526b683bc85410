-- nq57 schema for SQLite. Calendar days are TEXT 'YYYY-MM-DD'; instants are
-- RFC 3339 TEXT in UTC with six fraction digits, so text order is time order.
-- Tables are STRICT so that a wrong type fails here as it would on PostgreSQL.

CREATE TABLE orgs (
    id            INTEGER PRIMARY KEY,
    parent_id     INTEGER REFERENCES orgs (id) ON DELETE CASCADE,
    code          TEXT NOT NULL UNIQUE,
    official_code TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL,
    name_fold     TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL DEFAULT '',
    type          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX orgs_parent ON orgs (parent_id);

CREATE TABLE units (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_fold  TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    UNIQUE (org_id, code)
) STRICT;

CREATE TABLE programs (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    number       TEXT NOT NULL,
    date         TEXT,
    issuing_body TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    year         INTEGER NOT NULL,
    UNIQUE (org_id, number)
) STRICT;
CREATE INDEX programs_org_year ON programs (org_id, year, date);

CREATE TABLE program_groups (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    numeral    TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    UNIQUE (program_id, numeral)
) STRICT;

CREATE TABLE criteria (
    id       INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES program_groups (id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    text     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    UNIQUE (group_id, number)
) STRICT;

CREATE TABLE criterion_targets (
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    comparator   TEXT NOT NULL,
    threshold    REAL NOT NULL,
    upper        REAL NOT NULL DEFAULT 0,
    unit         TEXT NOT NULL DEFAULT '',
    label        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (criterion_id, position)
) STRICT;

CREATE TABLE criterion_roles (
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('monitoring', 'lead', 'coordinating')),
    text         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (criterion_id, role)
) STRICT;

CREATE TABLE criterion_role_units (
    criterion_id INTEGER NOT NULL,
    role         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (criterion_id, role, position),
    FOREIGN KEY (criterion_id, role) REFERENCES criterion_roles (criterion_id, role) ON DELETE CASCADE
) STRICT;
CREATE INDEX criterion_role_units_unit ON criterion_role_units (unit_id);

CREATE TABLE progress (
    id           INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    met          INTEGER,
    evidence     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT,
    UNIQUE (criterion_id, period)
) STRICT;
CREATE INDEX progress_criterion_end ON progress (criterion_id, period_end);

CREATE TABLE progress_values (
    progress_id INTEGER NOT NULL REFERENCES progress (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    value       REAL,
    numerator   REAL,
    denominator REAL,
    PRIMARY KEY (progress_id, position)
) STRICT;

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    chair        TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL DEFAULT '',
    conclusions  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX meetings_org_date ON meetings (org_id, date);

CREATE TABLE tasks (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    unit_id    INTEGER REFERENCES units (id) ON DELETE SET NULL,
    unit_text  TEXT NOT NULL DEFAULT '',
    deadline   TEXT,
    status     TEXT NOT NULL,
    done_at    TEXT
) STRICT;
CREATE INDEX tasks_meeting ON tasks (meeting_id, position);
CREATE INDEX tasks_unit ON tasks (unit_id);

CREATE TABLE submissions (
    id                 INTEGER PRIMARY KEY,
    org_id             INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    tracking_code      TEXT UNIQUE,
    kind               TEXT NOT NULL,
    channel            TEXT NOT NULL DEFAULT '',
    field              TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL DEFAULT '',
    content            TEXT NOT NULL DEFAULT '',
    sender_name        TEXT NOT NULL DEFAULT '',
    sender_address     TEXT NOT NULL DEFAULT '',
    sender_phone       TEXT NOT NULL DEFAULT '',
    sender_email       TEXT NOT NULL DEFAULT '',
    sender_national_id TEXT NOT NULL DEFAULT '',
    received_at        TEXT NOT NULL,
    status             TEXT NOT NULL,
    due_at             TEXT,
    answered_at        TEXT
) STRICT;
CREATE INDEX submissions_org_received ON submissions (org_id, received_at);

CREATE TABLE report_settings (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    period          TEXT NOT NULL DEFAULT '',
    style           TEXT NOT NULL DEFAULT '',
    superior_body   TEXT NOT NULL DEFAULT '',
    issuing_body    TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    symbol          TEXT NOT NULL DEFAULT '',
    number          TEXT NOT NULL DEFAULT '',
    date            TEXT,
    basis           TEXT NOT NULL DEFAULT '',
    reporter        TEXT NOT NULL DEFAULT '',
    closer          TEXT NOT NULL DEFAULT '',
    receiver        TEXT NOT NULL DEFAULT '',
    authority       TEXT NOT NULL DEFAULT '',
    position        TEXT NOT NULL DEFAULT '',
    signer          TEXT NOT NULL DEFAULT '',
    assessment      TEXT NOT NULL DEFAULT '',
    recommendations TEXT NOT NULL DEFAULT '',
    program_id      INTEGER REFERENCES programs (id) ON DELETE SET NULL,
    UNIQUE (org_id, kind, period)
) STRICT;
CREATE INDEX report_settings_program ON report_settings (program_id);

CREATE TABLE report_recipients (
    settings_id INTEGER NOT NULL REFERENCES report_settings (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (settings_id, position)
) STRICT;
