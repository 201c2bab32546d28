-- The two shapes of the rate-limit state, side by side, and the daily usage of partner clients (V21, without the
-- foreign key to partner_client: the bench has no clients).
DROP TABLE IF EXISTS gcra_bucket, rate_limit_bucket, partner_client_usage;

-- Before (V11): GCRA, one instant per bucket, settled by one upsert.
CREATE TABLE gcra_bucket (
    key_hash             bytea PRIMARY KEY CHECK (octet_length(key_hash) = 32),
    theoretical_arrival  timestamptz NOT NULL,
    last_hit_allowed     boolean NOT NULL
);

-- After (V26): Bucket4j's serialised state, read and written under a row lock.
CREATE TABLE rate_limit_bucket (
    key_hash      bytea NOT NULL CHECK (octet_length(key_hash) = 32),
    capacity      integer NOT NULL CHECK (capacity > 0),
    refill_micros bigint NOT NULL CHECK (refill_micros > 0),
    state         bytea,
    full_at       timestamptz NOT NULL,
    PRIMARY KEY (key_hash, capacity, refill_micros)
);
CREATE INDEX rate_limit_bucket_full_at ON rate_limit_bucket (full_at);

CREATE TABLE partner_client_usage (
    client_id   uuid NOT NULL,
    day         date NOT NULL,
    calls       bigint NOT NULL DEFAULT 0,
    errors      bigint NOT NULL DEFAULT 0,
    throttled   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, day)
);

-- Every bucket exists already (a partner's bucket is created once, by its first call).
INSERT INTO rate_limit_bucket
SELECT sha256(convert_to('partner:' || i, 'UTF8')), 100000, 60000000,
       -- a real 107-byte state written by Bucket4j 8.19.0 (TokenBucketsTest)
       decode('00000001000000010000000100000001000000000000001e000000000000001e00004e94914f0000000000000000001e008000000000000000000000000003000000010000000318ed5571bc55a1c9000000000000001d0000000000000000000000010000000000000001', 'hex'),
       now()
  FROM generate_series(1, 1000) i;
