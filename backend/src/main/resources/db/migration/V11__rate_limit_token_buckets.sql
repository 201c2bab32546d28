-- Throttling moves from fixed windows, which let about twice the limit through around a window's edge,
-- to token buckets kept as GCRA state (one timestamp per bucket), shared by every backend instance.
DROP TABLE rate_limit_window;

CREATE TABLE rate_limit_bucket (
    -- SHA-256 of the bucket's name ("login-email:<address>", "login-ip:<address>"): no address is kept in clear.
    key_hash             bytea PRIMARY KEY CHECK (octet_length(key_hash) = 32),
    -- "Theoretical arrival time": the bucket is full again at this instant, and a hit is allowed while
    -- this instant is at most one window minus one token's interval ahead of now. A row whose instant has
    -- passed is a full bucket, the same as no row: the hourly purge deletes those.
    theoretical_arrival  timestamptz NOT NULL,
    -- Whether the last hit was allowed: the upsert's way to tell its caller, in the same statement.
    last_hit_allowed     boolean NOT NULL
);
