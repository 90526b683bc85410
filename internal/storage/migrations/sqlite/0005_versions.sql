-- Every record two people can edit carries a version: a save names the version
-- it was made against, and the store refuses it (domain.Stale) when the record
-- has moved on, instead of overwriting the other person's change.
ALTER TABLE programs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE program_groups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE criteria ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE progress ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE report_settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE submissions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE answer_templates ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
