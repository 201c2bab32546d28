BEGIN;
select m1_0.id,m1_0.availability,m1_0.bio,m1_0.can_mentor,m1_0.category,m1_0.created_at,m1_0.is_demo,m1_0.display_name,m1_0.email,m1_0.email_verified_at,m1_0.erased_at,m1_0.first_name,m1_0.job_title,m1_0.last_name,m1_0.mentor_capacity,m1_0.organization_id,m1_0.password_hash,m1_0.region_code,m1_0.service_type,m1_0.tchap_handle,m1_0.updated_at,m1_0.visibility,m1_0.wants_mentor from member m1_0 where m1_0.id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT 1 FROM member_suspension WHERE member_id = '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
select er1_0.member_id,er1_0.role from member_role er1_0 where er1_0.member_id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
COMMIT;
BEGIN;
SELECT mb.id, mb.display_name, mb.email, o.name AS organization,
       (SELECT string_agg(role, ',' ORDER BY role) FROM member_role mro
         WHERE mro.member_id = mb.id) AS roles,
       su.suspended_at, sb.display_name AS suspended_by, su.reason
  FROM member mb
  LEFT JOIN organization o ON o.id = mb.organization_id
  LEFT JOIN member_suspension su ON su.member_id = mb.id
  LEFT JOIN member sb ON sb.id = su.suspended_by
 WHERE mb.erased_at IS NULL AND (lower(immutable_unaccent(mb.display_name)) LIKE '%martin%' OR lower(mb.email) LIKE '%martin%') ORDER BY lower(mb.display_name), mb.id OFFSET '0' LIMIT '20';
SELECT count(*) AS n FROM (SELECT 1 FROM member mb WHERE mb.erased_at IS NULL AND (lower(immutable_unaccent(mb.display_name)) LIKE '%martin%' OR lower(mb.email) LIKE '%martin%') LIMIT 1001) capped;
COMMIT;
