-- Directory indexes measured in bench/README.md (directory benchmark at 100k members).
-- 1. Covering: name-ordered and deep pages, and the simple filters (region, mentoring, organisation),
--    become index-only scans; the canMentor / wantsMentor / region counts drop from ~77 ms to ~7 ms.
DROP INDEX member_directory_idx;
CREATE INDEX member_directory_idx ON member (lower(display_name), id)
    INCLUDE (display_name, region_code, can_mentor, wants_mentor, organization_id)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;

-- 2. sort=createdAt: an index-only scan instead of sorting every visible member (156 ms → 0.04 ms).
CREATE INDEX member_directory_created_idx ON member (created_at, id)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;
