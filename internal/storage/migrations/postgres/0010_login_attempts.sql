-- Sign-in throttling counts each attempt before the password is checked, in
-- one statement per key that both engines serialise on the key's row, so
-- that attempts sent at once cannot all slip under the limit. A key is a
-- login with a client address, or an address alone; its window starts at its
-- first attempt. It replaces login_failures, which was counted after the
-- check and read before it.
CREATE TABLE login_attempts (
    key          TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    attempts     INTEGER NOT NULL
);
CREATE INDEX login_attempts_window ON login_attempts (window_start);
DROP TABLE login_failures;
