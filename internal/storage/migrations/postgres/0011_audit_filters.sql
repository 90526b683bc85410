-- The audit log is read filtered by person and by kind of action, newest
-- first, a page at a time: one index for each filter, ordered as the page is.
CREATE INDEX audit_log_org_user_at ON audit_log (org_id, user_id, at DESC, id DESC);
CREATE INDEX audit_log_org_action_at ON audit_log (org_id, action, at DESC, id DESC);
