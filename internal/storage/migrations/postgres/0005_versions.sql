-- Every record two people can edit carries a version, and who changed it last
-- and when: a save names the version it was made against, and the store
-- refuses it (domain.Stale, showing the other person's value, who and when)
-- when the record has moved on, instead of overwriting the other person's
-- change. Progress records keep who and when in recorded_by and recorded_at.
ALTER TABLE programs ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE programs ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE program_groups ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE program_groups ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE program_groups ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE criteria ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE criteria ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE criteria ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE progress ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE tasks ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE report_settings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE report_settings ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE report_settings ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE submissions ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE submissions ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE units ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE units ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN changed_at TIMESTAMPTZ;
ALTER TABLE answer_templates ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE answer_templates ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_templates ADD COLUMN changed_at TIMESTAMPTZ;
