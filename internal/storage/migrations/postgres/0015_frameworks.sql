-- A province's criteria framework is a program of the province; a commune
-- adopts it into its own program. Each adopted criterion keeps the key of
-- the framework criterion it came from ("HT-01"; '' for the commune's own).
-- A framework counts its revisions (every change to its criteria); a
-- commune's program remembers the framework it was adopted from and the
-- revision it was last brought up to, so that it sees what changed since.
ALTER TABLE criteria ADD COLUMN framework_key TEXT NOT NULL DEFAULT '';
ALTER TABLE programs ADD COLUMN framework_id BIGINT REFERENCES programs (id) ON DELETE SET NULL;
ALTER TABLE programs ADD COLUMN framework_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE programs ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
-- The communes' programs adopted from a framework.
CREATE INDEX programs_framework ON programs (framework_id);
