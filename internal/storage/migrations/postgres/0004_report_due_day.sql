-- The day of a period's last month by which its report is due (DOMAIN.md:
-- configurable per report type); 0 means the default, the 25th.
ALTER TABLE report_settings ADD COLUMN due_day INTEGER NOT NULL DEFAULT 0;
