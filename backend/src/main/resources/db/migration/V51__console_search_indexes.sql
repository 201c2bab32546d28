-- Indexes for three lists that read whole tables at 100k members (bench/README.md, « Every list at scale »).

-- The console's and the proposals' name and address searches (`LIKE '%…%'` on the unaccented lower-cased name, and on
-- the address): trigram indexes answer a substring match without reading every member. pg_trgm is one of
-- PostgreSQL's trusted extensions: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX member_name_trgm_idx ON member USING gin (lower(immutable_unaccent(display_name)) gin_trgm_ops);
CREATE INDEX member_email_trgm_idx ON member USING gin (lower(email) gin_trgm_ops);

-- The console's pairings, newest request first: a page reads its 20 rows instead of sorting every pairing.
CREATE INDEX mentorship_requested_idx ON mentorship (requested_at DESC, id);

-- The runs' list counts the proposals taken out of each run: only those rows, not the run's thousands of proposals.
CREATE INDEX matching_proposal_removed_idx ON matching_proposal (run_id) WHERE removed_at IS NOT NULL;
