-- Document numbers run per issuing body, document type and series (DOMAIN.md):
-- a Party document from 01 in each term of the Party committee, a state
-- document (Nghị định 30/2020/NĐ-CP) from 01 each calendar year. The
-- organisation's report defaults say which term is running (its first year;
-- 0 is domain.DefaultTermStart), and each issued report keeps the style,
-- symbol ("BC/ĐU": the type and the issuing body) and term it was numbered
-- in, so that a number already used in the same series is refused.
ALTER TABLE report_settings ADD COLUMN term_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issued_reports ADD COLUMN style TEXT NOT NULL DEFAULT '';
ALTER TABLE issued_reports ADD COLUMN symbol TEXT NOT NULL DEFAULT '';
ALTER TABLE issued_reports ADD COLUMN term_start INTEGER NOT NULL DEFAULT 0;

-- Reports issued before this migration were numbered with the settings then
-- in force: the period's own style and symbol, else the defaults', else the
-- starting settings' (a Party document, BC/ĐU).
UPDATE issued_reports SET
    style = COALESCE(
        (SELECT NULLIF(s.style, '') FROM report_settings s
          WHERE s.org_id = issued_reports.org_id AND s.kind = issued_reports.kind AND s.period = issued_reports.period),
        (SELECT NULLIF(s.style, '') FROM report_settings s
          WHERE s.org_id = issued_reports.org_id AND s.kind = issued_reports.kind AND s.period = ''),
        'party'),
    symbol = COALESCE(
        (SELECT NULLIF(s.symbol, '') FROM report_settings s
          WHERE s.org_id = issued_reports.org_id AND s.kind = issued_reports.kind AND s.period = issued_reports.period),
        (SELECT NULLIF(s.symbol, '') FROM report_settings s
          WHERE s.org_id = issued_reports.org_id AND s.kind = issued_reports.kind AND s.period = ''),
        'BC/ĐU');

CREATE INDEX issued_reports_org_symbol ON issued_reports (org_id, symbol);
