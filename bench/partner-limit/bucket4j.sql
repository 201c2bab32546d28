-- One partner call after: PostgresqlBucketStore's transaction (lock the row, write Bucket4j's new state) then the
-- daily usage upsert. The state written is a constant of the real size: Bucket4j computes it in the JVM, not here.
\set client random(1, :clients)
BEGIN;
SELECT state FROM rate_limit_bucket
 WHERE key_hash = sha256(convert_to('partner:' || :client, 'UTF8')) AND capacity = 100000 AND refill_micros = 60000000
   FOR UPDATE;
UPDATE rate_limit_bucket SET
       state = decode('00000001000000010000000100000001000000000000001e000000000000001e00004e94914f0000000000000000001e008000000000000000000000000003000000010000000318ed5571bc55a1c9000000000000001d0000000000000000000000010000000000000001', 'hex'),
       full_at = now() + interval '1 second'
 WHERE key_hash = sha256(convert_to('partner:' || :client, 'UTF8')) AND capacity = 100000 AND refill_micros = 60000000;
COMMIT;
INSERT INTO partner_client_usage AS u (client_id, day, calls, errors, throttled)
VALUES (md5(:client::text)::uuid, current_date, 1, 0, 0)
ON CONFLICT (client_id, day) DO UPDATE SET calls = u.calls + 1, errors = u.errors + 0, throttled = u.throttled + 0;
