BEGIN;
select m1_0.id,m1_0.availability,m1_0.bio,m1_0.can_mentor,m1_0.category,m1_0.created_at,m1_0.is_demo,m1_0.display_name,m1_0.email,m1_0.email_verified_at,m1_0.erased_at,m1_0.first_name,m1_0.job_title,m1_0.last_name,m1_0.mentor_capacity,m1_0.organization_id,m1_0.password_hash,m1_0.region_code,m1_0.service_type,m1_0.tchap_handle,m1_0.updated_at,m1_0.visibility,m1_0.wants_mentor from member m1_0 where m1_0.id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT 1 FROM member_suspension WHERE member_id = '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
select er1_0.member_id,er1_0.role from member_role er1_0 where er1_0.member_id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
COMMIT;
BEGIN;
SELECT m.id, m.status, m.requested_at, m.started_at, m.planned_end_date, m.ended_at,
       me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
       me.region_code AS mentee_region,
       mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
       (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
       (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = m.id)
           AS last_session,
       (SELECT count(*) FROM mentorship_goal g WHERE g.mentorship_id = m.id) AS goals,
       (SELECT count(*) FROM mentorship_goal g WHERE g.mentorship_id = m.id
          AND g.done_at IS NOT NULL) AS goals_done
  FROM mentorship m
  JOIN member me ON me.id = m.mentee_id
  LEFT JOIN organization meo ON meo.id = me.organization_id
  JOIN member mr ON mr.id = m.mentor_id
  LEFT JOIN organization mro ON mro.id = mr.organization_id
 WHERE true AND m.status = 'ACCEPTED' AND (me.region_code = 'OCC' OR mr.region_code = 'OCC') ORDER BY m.requested_at DESC, m.id OFFSET '0' LIMIT '20';
SELECT count(*) AS n FROM (SELECT 1   FROM mentorship m
  JOIN member me ON me.id = m.mentee_id
  LEFT JOIN organization meo ON meo.id = me.organization_id
  JOIN member mr ON mr.id = m.mentor_id
  LEFT JOIN organization mro ON mro.id = mr.organization_id
 WHERE true AND m.status = 'ACCEPTED' AND (me.region_code = 'OCC' OR mr.region_code = 'OCC') LIMIT 1001) capped;
COMMIT;
