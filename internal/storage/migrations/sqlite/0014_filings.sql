-- A commune's report of a requested period, submitted to its province when
-- the commune issues it: one filing per commune, kind and period, its status
-- with the province (submitted, returned, accepted), and each submission as
-- a version with the issued report (its documents stay in issued_reports)
-- and a snapshot of what it said. first_submitted_at never changes: whether
-- the report came on time is judged on it.
CREATE TABLE filings (
    id                 INTEGER PRIMARY KEY,
    commune_id         INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    province_id        INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL,
    period             TEXT NOT NULL,
    request_id         INTEGER NOT NULL DEFAULT 0,  -- the province's request answered
    due                TEXT NOT NULL,               -- calendar day in Vietnam
    status             TEXT NOT NULL,               -- submitted | returned | accepted
    first_submitted_at TEXT NOT NULL,
    last_submitted_at  TEXT NOT NULL,
    versions           INTEGER NOT NULL DEFAULT 1,
    reviewed_by        TEXT NOT NULL DEFAULT '',
    reviewed_at        TEXT,
    return_reason      TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    changed_by         TEXT NOT NULL DEFAULT '',
    changed_at         TEXT NOT NULL,
    UNIQUE (commune_id, kind, period)
) STRICT;
-- The completeness page reads a province's filings of a kind over a year's periods.
CREATE INDEX filings_province ON filings (province_id, kind, period);

CREATE TABLE filing_versions (
    filing_id        INTEGER NOT NULL REFERENCES filings (id) ON DELETE CASCADE,
    n                INTEGER NOT NULL,
    submitted_at     TEXT NOT NULL,
    submitted_by     TEXT NOT NULL DEFAULT '',
    issued_report_id INTEGER NOT NULL REFERENCES issued_reports (id),
    number           TEXT NOT NULL DEFAULT '',
    snapshot         TEXT NOT NULL,                -- JSON of domain.Snapshot
    PRIMARY KEY (filing_id, n)
) STRICT;
