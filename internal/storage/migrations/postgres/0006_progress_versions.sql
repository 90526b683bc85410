-- A progress record's version must never repeat, even when the record is
-- cleared (its row deleted) and entered again: a page drawn before the clear
-- would otherwise match the new record's version and overwrite it unseen.
-- Each history row keeps the version the record had after that change; the
-- version of a criterion's record in a period is that of its progress row,
-- or, when there is none, the highest in its history. A save claims the next
-- version by writing its history row first: the unique index lets only one
-- of two concurrent saves claim it. Rows written before this migration have
-- no version (NULL, which the index lets repeat).
ALTER TABLE progress_history ADD COLUMN version BIGINT;
CREATE UNIQUE INDEX progress_history_version ON progress_history (criterion_id, period, version);
