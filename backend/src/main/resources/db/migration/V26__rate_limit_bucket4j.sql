-- Throttling moves from our own GCRA upsert to Bucket4j: the algorithm is Bucket4j's, the state stays in
-- PostgreSQL so that every backend instance shares it. Bucket4j keeps its state as bytes (its own serialisation),
-- read and written under a row lock (SELECT … FOR UPDATE) by fr.spyrales.common.PostgresqlBucketStore.
-- The buckets being short-lived (full again within minutes), the old rows are dropped rather than converted:
-- at worst a client or an address gets a full bucket once, at the deployment.
DROP TABLE rate_limit_bucket;

CREATE TABLE rate_limit_bucket (
    -- SHA-256 of the bucket's name ("login-email:<address>", "partner:<client id>"): no address is kept in clear.
    key_hash      bytea NOT NULL CHECK (octet_length(key_hash) = 32),
    -- The bucket's configuration is part of its key: a changed limit (an administrator edits a partner client)
    -- starts a bucket of its own instead of reading a state made for another configuration.
    capacity      integer NOT NULL CHECK (capacity > 0),
    refill_micros bigint NOT NULL CHECK (refill_micros > 0),
    -- Bucket4j's serialised state; null only between the insert that makes the row lockable and the first update.
    state         bytea,
    -- When the bucket is full again: a row whose instant has passed is the same as no row, the hourly purge
    -- deletes those.
    full_at       timestamptz NOT NULL,
    PRIMARY KEY (key_hash, capacity, refill_micros)
);

CREATE INDEX rate_limit_bucket_full_at ON rate_limit_bucket (full_at);
