-- One partner call before: the GCRA upsert (TokenBuckets at main, verbatim) then the daily usage upsert.
\set client random(1, :clients)
INSERT INTO gcra_bucket AS b (key_hash, theoretical_arrival, last_hit_allowed)
VALUES (sha256(convert_to('partner:' || :client, 'UTF8')), now() + 600 * interval '1 microsecond', true)
ON CONFLICT (key_hash) DO UPDATE SET
    last_hit_allowed = b.theoretical_arrival <= now() + interval '59.9994 seconds',
    theoretical_arrival = CASE WHEN b.theoretical_arrival <= now() + interval '59.9994 seconds'
        THEN greatest(b.theoretical_arrival, now()) + 600 * interval '1 microsecond'
        ELSE b.theoretical_arrival END
RETURNING last_hit_allowed,
    CAST(extract(epoch FROM theoretical_arrival - now()) * 1000000 AS bigint);
INSERT INTO partner_client_usage AS u (client_id, day, calls, errors, throttled)
VALUES (md5(:client::text)::uuid, current_date, 1, 0, 0)
ON CONFLICT (client_id, day) DO UPDATE SET calls = u.calls + 1, errors = u.errors + 0, throttled = u.throttled + 0;
