-- Index changes proposed after the directory benchmark (see bench/README.md). Not a migration:
-- run.sh applies it to the bench database only when asked (TRY_SQL=bench/directory/proposed-indexes.sql).

-- 1. The directory index, covering: display_name (the planner only considers an index-only scan of an
--    expression index when the column itself is in the index) and the columns of the simple filters
--    (region, mentoring, organisation). Page queries sorted by name, deep pages, and the count of
--    canMentor / wantsMentor / region / organization filters then never read the member table.
DROP INDEX member_directory_idx;
CREATE INDEX member_directory_idx ON member (lower(display_name), id)
    INCLUDE (display_name, region_code, can_mentor, wants_mentor, organization_id)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;

-- 2. sort=createdAt,asc|desc: without it, every such page sorts all visible members.
CREATE INDEX member_directory_created_idx ON member (created_at, id)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;
