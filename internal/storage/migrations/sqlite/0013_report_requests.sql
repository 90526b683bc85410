-- A province's requests for a periodic report (the Công văn): what is asked,
-- of which communes, from which period, with the data window, the due date
-- rule and the reminders. A commune's report for a period is due by the
-- request that applies to it (the one issued last).
CREATE TABLE report_requests (
    id               INTEGER PRIMARY KEY,
    province_id      INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,
    frequency        TEXT NOT NULL DEFAULT 'month',
    audience         TEXT NOT NULL CHECK (audience IN ('all', 'type', 'list')),
    commune_type     TEXT NOT NULL DEFAULT '',
    doc_type         TEXT NOT NULL DEFAULT 'Công văn',
    doc_number       TEXT NOT NULL,
    doc_date         TEXT NOT NULL,
    doc_body         TEXT NOT NULL,
    first_period     TEXT NOT NULL,
    cutoff_day       INTEGER NOT NULL DEFAULT 0,
    due_day          INTEGER NOT NULL DEFAULT 0,
    due_next_month   INTEGER NOT NULL DEFAULT 0,
    due_working_days INTEGER NOT NULL DEFAULT 0,
    reminder_days    TEXT NOT NULL DEFAULT '',
    issued_at        TEXT,
    issued_by        TEXT NOT NULL DEFAULT '',
    closed_at        TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    changed_by       TEXT NOT NULL DEFAULT '',
    changed_at       TEXT
) STRICT;
CREATE INDEX report_requests_province ON report_requests (province_id, kind);

-- The communes of a request sent to a hand-picked list.
CREATE TABLE report_request_communes (
    request_id INTEGER NOT NULL REFERENCES report_requests (id) ON DELETE CASCADE,
    commune_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, commune_id)
) STRICT;
CREATE INDEX report_request_communes_commune ON report_request_communes (commune_id);
