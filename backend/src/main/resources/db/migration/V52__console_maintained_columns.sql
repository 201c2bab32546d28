-- The animateurs' console at 100,000 members (bench/README.md, « Every list at scale »): two of its lists sorted on a
-- value computed for every row they could show, then kept 50 or 20. Each value is now a column kept in the
-- transaction of every change it depends on, with an index in the list's order.

-- 1. The stalled pairings, longest without a session first: the date of each pairing's latest session.
ALTER TABLE mentorship ADD COLUMN last_session_on date;

UPDATE mentorship m
   SET last_session_on = s.last
  FROM (SELECT mentorship_id, max(held_on) AS last FROM mentorship_session GROUP BY mentorship_id) s
 WHERE s.mentorship_id = m.id;

-- Concurrency as in matching_mentor_refresh (V46): the pairing's row is locked first (FOR NO KEY UPDATE, which a
-- session's foreign key check does not wait for), then the date is read by a later statement, which sees what was
-- committed when it starts: two sessions written at once for one pairing refresh it one after the other, and the
-- second reads the first's.
CREATE FUNCTION mentorship_refresh_last_session(pairing uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM mentorship WHERE id = pairing FOR NO KEY UPDATE;
    UPDATE mentorship m
       SET last_session_on = s.last
      FROM (SELECT max(held_on) AS last FROM mentorship_session WHERE mentorship_id = pairing) s
     WHERE m.id = pairing AND m.last_session_on IS DISTINCT FROM s.last;
END $$;

CREATE FUNCTION mentorship_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM mentorship_refresh_last_session(NEW.mentorship_id);
    END IF;
    IF TG_OP = 'DELETE' OR OLD.mentorship_id <> NEW.mentorship_id THEN
        PERFORM mentorship_refresh_last_session(OLD.mentorship_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER mentorship_session_last_trg AFTER INSERT OR DELETE OR UPDATE OF held_on, mentorship_id
    ON mentorship_session FOR EACH ROW EXECUTE FUNCTION mentorship_session_changed();

-- The queue reads this index in its order (no session first, then the oldest) and stops at its 50th line.
CREATE INDEX mentorship_stalled_idx ON mentorship (last_session_on NULLS FIRST, started_at, id)
    WHERE status = 'ACCEPTED';

-- The queue of old unanswered requests counts them on the index alone (the viewer's own are left out).
CREATE INDEX mentorship_pending_parties_idx ON mentorship (requested_at) INCLUDE (mentee_id, mentor_id)
    WHERE status = 'PENDING';
DROP INDEX mentorship_pending_idx;

-- The low ratings of the last weeks, without reading every rating ever given.
CREATE INDEX mentorship_feedback_rating_idx ON mentorship_feedback (rating, created_at) INCLUDE (mentorship_id);

-- 2. The mentors an animateur may give a waiting mentee to, most free places first then by name: the pool's row of
-- each mentor (V46) also keeps the name's sort key, so that the list reads the pool's index in its order.
CREATE OR REPLACE VIEW matching_mentor_source AS
SELECT m.id AS member_id,
       m.mentor_capacity AS capacity,
       (SELECT count(*) FROM mentorship t
         WHERE t.mentor_id = m.id AND t.status IN ('ACCEPTED', 'PAUSED'))::int AS taken,
       m.organization_id,
       m.region_code,
       coalesce((SELECT jsonb_object_agg(s.skill_code, s.level) FROM member_skill s WHERE s.member_id = m.id),
                '{}'::jsonb) AS levels,
       lower(m.display_name) AS sort_name
  FROM member m
 WHERE m.can_mentor AND m.mentor_capacity > 0
   AND m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = m.id);

ALTER TABLE matching_mentor ADD COLUMN sort_name text;

CREATE OR REPLACE FUNCTION matching_mentor_refresh(members uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF members IS NULL OR cardinality(members) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM member WHERE id = ANY (members) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM matching_mentor p
     WHERE p.member_id = ANY (members)
       AND NOT EXISTS (SELECT 1 FROM matching_mentor_source s WHERE s.member_id = p.member_id);
    INSERT INTO matching_mentor (member_id, capacity, taken, organization_id, region_code, levels, sort_name)
    SELECT member_id, capacity, taken, organization_id, region_code, levels, sort_name
      FROM matching_mentor_source WHERE member_id = ANY (members)
        ON CONFLICT (member_id) DO UPDATE
       SET capacity = excluded.capacity, taken = excluded.taken, organization_id = excluded.organization_id,
           region_code = excluded.region_code, levels = excluded.levels, sort_name = excluded.sort_name
     WHERE (matching_mentor.capacity, matching_mentor.taken, matching_mentor.organization_id,
            matching_mentor.region_code, matching_mentor.levels, matching_mentor.sort_name)
           IS DISTINCT FROM (excluded.capacity, excluded.taken, excluded.organization_id, excluded.region_code,
                             excluded.levels, excluded.sort_name);
END $$;

-- A change of name now changes the row too.
CREATE OR REPLACE FUNCTION matching_mentor_member_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT n.id FROM new_members n JOIN old_members o ON o.id = n.id
         WHERE (n.can_mentor, n.mentor_capacity, n.email_verified_at, n.visibility, n.erased_at, n.organization_id,
                n.region_code, n.display_name)
               IS DISTINCT FROM (o.can_mentor, o.mentor_capacity, o.email_verified_at, o.visibility, o.erased_at,
                                 o.organization_id, o.region_code, o.display_name)));
    RETURN NULL;
END $$;

UPDATE matching_mentor p SET sort_name = lower(m.display_name) FROM member m WHERE m.id = p.member_id;
ALTER TABLE matching_mentor ALTER COLUMN sort_name SET NOT NULL;

CREATE INDEX matching_mentor_free_places_idx ON matching_mentor ((capacity - taken) DESC, sort_name, member_id)
    WHERE capacity > taken;
