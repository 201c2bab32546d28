-- A suspended account leaves the mentor pool (suggestions and batch runs) until an admin reinstates it: it cannot sign
-- in, so proposing it to a mentee would leave the mentee waiting for an answer that cannot come.
--
-- The pool is defined once, here (matching_mentor_source, copied by matching_mentor_refresh into matching_mentor); the
-- batch runs read matching_mentor too since this version.
CREATE OR REPLACE VIEW matching_mentor_source AS
SELECT m.id AS member_id,
       m.mentor_capacity AS capacity,
       (SELECT count(*) FROM mentorship t
         WHERE t.mentor_id = m.id AND t.status IN ('ACCEPTED', 'PAUSED'))::int AS taken,
       m.organization_id,
       m.region_code,
       coalesce((SELECT jsonb_object_agg(s.skill_code, s.level) FROM member_skill s WHERE s.member_id = m.id),
                '{}'::jsonb) AS levels
  FROM member m
 WHERE m.can_mentor AND m.mentor_capacity > 0
   AND m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = m.id);

-- A suspension or a reinstatement refreshes the member's row (the refresh ignores members outside the pool).
CREATE FUNCTION matching_mentor_suspensions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT member_id FROM new_suspensions));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_suspensions_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT member_id FROM old_suspensions));
    RETURN NULL;
END $$;

CREATE TRIGGER matching_mentor_suspension_insert_trg AFTER INSERT ON member_suspension
    REFERENCING NEW TABLE AS new_suspensions
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_suspensions_inserted();
CREATE TRIGGER matching_mentor_suspension_delete_trg AFTER DELETE ON member_suspension
    REFERENCING OLD TABLE AS old_suspensions
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_suspensions_deleted();

-- V46's pairing update function named each changed pairing's mentors in two copies of one query (old and new mentor):
-- one query, both mentors.
CREATE OR REPLACE FUNCTION matching_mentor_pairings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT DISTINCT unnest(ARRAY[o.mentor_id, n.mentor_id])
          FROM old_pairings o JOIN new_pairings n ON n.id = o.id
         WHERE (o.status IN ('ACCEPTED', 'PAUSED') OR n.status IN ('ACCEPTED', 'PAUSED'))
           AND ((o.status IN ('ACCEPTED', 'PAUSED')) <> (n.status IN ('ACCEPTED', 'PAUSED')) OR o.mentor_id <> n.mentor_id)));
    RETURN NULL;
END $$;

-- The members suspended before this version leave the pool now.
SELECT matching_mentor_refresh(array(SELECT member_id FROM member_suspension));
