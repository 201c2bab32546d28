BEGIN;
select m1_0.id,m1_0.availability,m1_0.bio,m1_0.can_mentor,m1_0.category,m1_0.created_at,m1_0.is_demo,m1_0.display_name,m1_0.email,m1_0.email_verified_at,m1_0.erased_at,m1_0.first_name,m1_0.job_title,m1_0.last_name,m1_0.mentor_capacity,m1_0.organization_id,m1_0.password_hash,m1_0.region_code,m1_0.service_type,m1_0.tchap_handle,m1_0.updated_at,m1_0.visibility,m1_0.wants_mentor from member m1_0 where m1_0.id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT 1 FROM member_suspension WHERE member_id = '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
select er1_0.member_id,er1_0.role from member_role er1_0 where er1_0.member_id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
COMMIT;
BEGIN;
SELECT count(*) AS n FROM mentorship WHERE id = '000d5a63-01e3-b647-d9fd-ec29155a88bb';
SELECT mb.id, mb.display_name, o.name AS organization,
       mb.mentor_capacity - (SELECT count(*) FROM mentorship a WHERE a.mentor_id = mb.id
                              AND a.status IN ('ACCEPTED', 'PAUSED')) AS free_places
  FROM mentorship p
  JOIN member mb ON true
  LEFT JOIN organization o ON o.id = mb.organization_id
 WHERE p.id = '000d5a63-01e3-b647-d9fd-ec29155a88bb' AND mb.id <> p.mentee_id AND mb.id <> p.mentor_id
   AND mb.can_mentor AND mb.erased_at IS NULL AND mb.email_verified_at IS NOT NULL
   AND mb.visibility = 'COMMUNITY'
   AND mb.mentor_capacity > (SELECT count(*) FROM mentorship a WHERE a.mentor_id = mb.id
                              AND a.status IN ('ACCEPTED', 'PAUSED'))
   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = mb.id)
   AND NOT EXISTS (SELECT 1 FROM mentorship x WHERE x.mentee_id = p.mentee_id AND x.mentor_id = mb.id
                    AND x.status IN ('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED'))
 AND (lower(immutable_unaccent(mb.display_name)) LIKE '%martin%' OR lower(immutable_unaccent(coalesce(o.name, ''))) LIKE '%martin%') ORDER BY free_places DESC, lower(mb.display_name), mb.id OFFSET '0' LIMIT '20';
SELECT count(*) AS n FROM (SELECT 1 FROM mentorship p JOIN member mb ON true LEFT JOIN organization o ON o.id = mb.organization_id WHERE p.id = '000d5a63-01e3-b647-d9fd-ec29155a88bb' AND mb.id <> p.mentee_id AND mb.id <> p.mentor_id
   AND mb.can_mentor AND mb.erased_at IS NULL AND mb.email_verified_at IS NOT NULL
   AND mb.visibility = 'COMMUNITY'
   AND mb.mentor_capacity > (SELECT count(*) FROM mentorship a WHERE a.mentor_id = mb.id
                              AND a.status IN ('ACCEPTED', 'PAUSED'))
   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = mb.id)
   AND NOT EXISTS (SELECT 1 FROM mentorship x WHERE x.mentee_id = p.mentee_id AND x.mentor_id = mb.id
                    AND x.status IN ('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED'))
 AND (lower(immutable_unaccent(mb.display_name)) LIKE '%martin%' OR lower(immutable_unaccent(coalesce(o.name, ''))) LIKE '%martin%') LIMIT 1001) capped;
COMMIT;
