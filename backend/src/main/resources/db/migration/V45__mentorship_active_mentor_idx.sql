-- The places a mentor's pairings hold (active or paused), counted for every mentor a suggestion or a matching run
-- reads: a partial index on those pairings alone, a few thousand rows, where the (mentor_id, status) index also holds
-- every request and ended pairing (bench/README.md, « Through the application at 100k members »).
CREATE INDEX mentorship_active_mentor_idx ON mentorship (mentor_id) WHERE status IN ('ACCEPTED', 'PAUSED');
