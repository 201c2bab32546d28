-- The directory's `minLevel` without `skill` (« at least this level in some skill ») read every member's skills: a
-- semi-join with all 210k skill rows at 100k members (bench/README.md, « Slow shapes »). Each member's highest level
-- is now a column of its own, kept by the trigger that already rewrites the search document whenever the member or
-- one of their skills changes (member_skill_touch_member touches the row), and carried by the directory's covering
-- index: the filter becomes a comparison on the index entries.
ALTER TABLE member ADD COLUMN max_skill_level smallint NOT NULL DEFAULT 0 CHECK (max_skill_level BETWEEN 0 AND 4);

CREATE OR REPLACE FUNCTION member_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := member_search_document(NEW);
    NEW.max_skill_level := coalesce((SELECT max(level) FROM member_skill WHERE member_id = NEW.id), 0);
    RETURN NEW;
END $$;

-- The search documents do not change: the backfill leaves them alone.
ALTER TABLE member DISABLE TRIGGER member_search_trg;
UPDATE member m SET max_skill_level = s.level
  FROM (SELECT member_id, max(level) AS level FROM member_skill GROUP BY member_id) s
 WHERE s.member_id = m.id;
ALTER TABLE member ENABLE TRIGGER member_search_trg;

DROP INDEX member_directory_idx;
CREATE INDEX member_directory_idx ON member (lower(display_name), id)
    INCLUDE (display_name, region_code, can_mentor, wants_mentor, organization_id, max_skill_level)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;
