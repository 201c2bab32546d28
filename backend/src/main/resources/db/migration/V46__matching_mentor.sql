-- The mentor pool as one small row per mentor, kept by triggers in the transaction of every change it depends on,
-- so that a mentor suggestion reads about 20 000 narrow rows instead of every member's skills and the places of every
-- mentor (bench/README.md, « Issue 16: a maintained row per mentor »).
--
-- A member has a row while they are in the pool (willing to mentor with a capacity, address confirmed, profile shared,
-- account not erased); it holds what the score needs: capacity, places taken by their active or paused pairings,
-- organisation, region, and their skill levels as a {skill code: level} object.

-- What the row of each member in the pool must be, from the tables themselves: the one definition of the pool and of
-- the row's contents (the refresh below copies it; tests compare the table with it).
CREATE VIEW matching_mentor_source AS
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
   AND m.email_verified_at IS NOT NULL AND m.visibility = 'COMMUNITY' AND m.erased_at IS NULL;

CREATE TABLE matching_mentor (
    member_id        uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    capacity         smallint NOT NULL CHECK (capacity BETWEEN 1 AND 5),
    taken            int NOT NULL CHECK (taken >= 0),
    organization_id  uuid,
    region_code      text,
    levels           jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'object')
);

-- Brings these members' rows in line with the tables: written, rewritten or removed.
--
-- Concurrency: the member's row is locked first (FOR NO KEY UPDATE, the lock an update of the profile takes), and the
-- row is then computed by later statements, each of which reads what was committed when it starts (READ COMMITTED).
-- Two transactions that change what one mentor's row depends on (a profile edit, a skill, a pairing that starts or
-- ends) therefore refresh it one after the other, and the second reads the first's committed changes as well as its
-- own: the last refresh to commit wrote the row from everything committed. Rows are locked in id order, so that two
-- bulk changes cannot deadlock on each other here.
CREATE FUNCTION matching_mentor_refresh(members uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF members IS NULL OR cardinality(members) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM member WHERE id = ANY (members) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM matching_mentor p
     WHERE p.member_id = ANY (members)
       AND NOT EXISTS (SELECT 1 FROM matching_mentor_source s WHERE s.member_id = p.member_id);
    INSERT INTO matching_mentor (member_id, capacity, taken, organization_id, region_code, levels)
    SELECT member_id, capacity, taken, organization_id, region_code, levels
      FROM matching_mentor_source WHERE member_id = ANY (members)
        ON CONFLICT (member_id) DO UPDATE
       SET capacity = excluded.capacity, taken = excluded.taken, organization_id = excluded.organization_id,
           region_code = excluded.region_code, levels = excluded.levels
     WHERE (matching_mentor.capacity, matching_mentor.taken, matching_mentor.organization_id,
            matching_mentor.region_code, matching_mentor.levels)
           IS DISTINCT FROM (excluded.capacity, excluded.taken, excluded.organization_id, excluded.region_code,
                             excluded.levels);
END $$;

-- Members: a new one who may mentor, or a change of one of the pool's conditions or of a column the row copies.
CREATE FUNCTION matching_mentor_member_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT id FROM new_members WHERE can_mentor));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_member_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT n.id FROM new_members n JOIN old_members o ON o.id = n.id
         WHERE (n.can_mentor, n.mentor_capacity, n.email_verified_at, n.visibility, n.erased_at, n.organization_id,
                n.region_code)
               IS DISTINCT FROM (o.can_mentor, o.mentor_capacity, o.email_verified_at, o.visibility, o.erased_at,
                                 o.organization_id, o.region_code)));
    RETURN NULL;
END $$;

CREATE TRIGGER matching_mentor_member_insert_trg AFTER INSERT ON member
    REFERENCING NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_member_inserted();
CREATE TRIGGER matching_mentor_member_update_trg AFTER UPDATE ON member
    REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_member_updated();
-- A deleted member's row goes with it (ON DELETE CASCADE).

-- Skills: every member whose skills changed (the refresh ignores those outside the pool).
CREATE FUNCTION matching_mentor_skills_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT DISTINCT member_id FROM new_skills));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_skills_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT member_id FROM new_skills UNION SELECT member_id FROM old_skills));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_skills_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT DISTINCT member_id FROM old_skills));
    RETURN NULL;
END $$;

CREATE TRIGGER matching_mentor_skill_insert_trg AFTER INSERT ON member_skill
    REFERENCING NEW TABLE AS new_skills
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_skills_inserted();
CREATE TRIGGER matching_mentor_skill_update_trg AFTER UPDATE ON member_skill
    REFERENCING OLD TABLE AS old_skills NEW TABLE AS new_skills
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_skills_updated();
CREATE TRIGGER matching_mentor_skill_delete_trg AFTER DELETE ON member_skill
    REFERENCING OLD TABLE AS old_skills
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_skills_deleted();

-- Pairings: only those that enter or leave the active or paused states change a mentor's places (a request, refused
-- or withdrawn, takes none: a programme confirmation's thousands of requests refresh nothing).
CREATE FUNCTION matching_mentor_pairings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT DISTINCT mentor_id FROM new_pairings WHERE status IN ('ACCEPTED', 'PAUSED')));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_pairings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT o.mentor_id FROM old_pairings o JOIN new_pairings n ON n.id = o.id
         WHERE (o.status IN ('ACCEPTED', 'PAUSED') OR n.status IN ('ACCEPTED', 'PAUSED'))
           AND ((o.status IN ('ACCEPTED', 'PAUSED')) <> (n.status IN ('ACCEPTED', 'PAUSED')) OR o.mentor_id <> n.mentor_id)
        UNION
        SELECT n.mentor_id FROM old_pairings o JOIN new_pairings n ON n.id = o.id
         WHERE (o.status IN ('ACCEPTED', 'PAUSED') OR n.status IN ('ACCEPTED', 'PAUSED'))
           AND ((o.status IN ('ACCEPTED', 'PAUSED')) <> (n.status IN ('ACCEPTED', 'PAUSED')) OR o.mentor_id <> n.mentor_id)));
    RETURN NULL;
END $$;

CREATE FUNCTION matching_mentor_pairings_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(
        SELECT DISTINCT mentor_id FROM old_pairings WHERE status IN ('ACCEPTED', 'PAUSED')));
    RETURN NULL;
END $$;

CREATE TRIGGER matching_mentor_pairing_insert_trg AFTER INSERT ON mentorship
    REFERENCING NEW TABLE AS new_pairings
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_pairings_inserted();
CREATE TRIGGER matching_mentor_pairing_update_trg AFTER UPDATE ON mentorship
    REFERENCING OLD TABLE AS old_pairings NEW TABLE AS new_pairings
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_pairings_updated();
CREATE TRIGGER matching_mentor_pairing_delete_trg AFTER DELETE ON mentorship
    REFERENCING OLD TABLE AS old_pairings
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_pairings_deleted();

-- TRUNCATE fires no row or statement trigger of DELETE (the benchmark empties the pairings so): every row is refreshed.
CREATE FUNCTION matching_mentor_refresh_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM matching_mentor_refresh(array(SELECT member_id FROM matching_mentor));
    RETURN NULL;
END $$;

CREATE TRIGGER matching_mentor_skill_truncate_trg AFTER TRUNCATE ON member_skill
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_refresh_all();
CREATE TRIGGER matching_mentor_pairing_truncate_trg AFTER TRUNCATE ON mentorship
    FOR EACH STATEMENT EXECUTE FUNCTION matching_mentor_refresh_all();

INSERT INTO matching_mentor (member_id, capacity, taken, organization_id, region_code, levels)
SELECT member_id, capacity, taken, organization_id, region_code, levels FROM matching_mentor_source;
