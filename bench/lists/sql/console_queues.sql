BEGIN;
select m1_0.id,m1_0.availability,m1_0.bio,m1_0.can_mentor,m1_0.category,m1_0.created_at,m1_0.is_demo,m1_0.display_name,m1_0.email,m1_0.email_verified_at,m1_0.erased_at,m1_0.first_name,m1_0.job_title,m1_0.last_name,m1_0.mentor_capacity,m1_0.organization_id,m1_0.password_hash,m1_0.region_code,m1_0.service_type,m1_0.tchap_handle,m1_0.updated_at,m1_0.visibility,m1_0.wants_mentor from member m1_0 where m1_0.id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT 1 FROM member_suspension WHERE member_id = '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
select er1_0.member_id,er1_0.role from member_role er1_0 where er1_0.member_id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
COMMIT;
BEGIN;
SELECT (SELECT count(*) FROM training_resource WHERE status = 'PROPOSED') AS resources,
       (SELECT count(*) FROM dataset WHERE state = 'TO_REVIEW') AS datasets,
       (SELECT count(*) FROM mentorship_report WHERE status = 'OPEN') AS reports,
       (SELECT count(*) FROM project_report r JOIN project p ON p.id = r.project_id
         WHERE r.status = 'OPEN' AND p.deleted_at IS NULL) AS project_reports;
SELECT m.id, m.status, m.requested_at, m.started_at,
       (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS last_session,
       (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
       (SELECT max(f.created_at) FROM mentorship_feedback f
         WHERE f.mentorship_id = m.id AND f.rating <= '2') AS low_at,
       me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
       mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
       r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
  FROM mentorship m
  JOIN member me ON me.id = m.mentee_id
  LEFT JOIN organization meo ON meo.id = me.organization_id
  JOIN member mr ON mr.id = m.mentor_id
  LEFT JOIN organization mro ON mro.id = mr.organization_id
  LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                      WHERE ar.target_id = m.id AND ar.queue = 'PENDING_REQUEST'
                      ORDER BY ar.sent_at DESC LIMIT 1) r ON true
  LEFT JOIN member rb ON rb.id = r.sent_by
 WHERE m.status = 'PENDING' AND m.requested_at < now() - make_interval(days => '7') AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' ORDER BY m.requested_at, m.id LIMIT '50';
SELECT count(*) AS n FROM mentorship m WHERE m.status = 'PENDING' AND m.requested_at < now() - make_interval(days => '7') AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT m.id, m.status, m.requested_at, m.started_at,
       (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS last_session,
       (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
       (SELECT max(f.created_at) FROM mentorship_feedback f
         WHERE f.mentorship_id = m.id AND f.rating <= '2') AS low_at,
       me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
       mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
       r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
  FROM mentorship m
  JOIN member me ON me.id = m.mentee_id
  LEFT JOIN organization meo ON meo.id = me.organization_id
  JOIN member mr ON mr.id = m.mentor_id
  LEFT JOIN organization mro ON mro.id = mr.organization_id
  LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                      WHERE ar.target_id = m.id AND ar.queue = 'STALLED_PAIRING'
                      ORDER BY ar.sent_at DESC LIMIT 1) r ON true
  LEFT JOIN member rb ON rb.id = r.sent_by
 WHERE m.status = 'ACCEPTED' AND m.started_at < now() - make_interval(weeks => '4')
AND NOT EXISTS (SELECT 1 FROM mentorship_session s WHERE s.mentorship_id = m.id
                 AND s.held_on >= CAST(now() - make_interval(weeks => '4') AS date))
 AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' ORDER BY last_session NULLS FIRST, m.started_at, m.id LIMIT '50';
SELECT count(*) AS n FROM mentorship m WHERE m.status = 'ACCEPTED' AND m.started_at < now() - make_interval(weeks => '4')
AND NOT EXISTS (SELECT 1 FROM mentorship_session s WHERE s.mentorship_id = m.id
                 AND s.held_on >= CAST(now() - make_interval(weeks => '4') AS date))
 AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT m.id, m.status, m.requested_at, m.started_at,
       (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS last_session,
       (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
       (SELECT max(f.created_at) FROM mentorship_feedback f
         WHERE f.mentorship_id = m.id AND f.rating <= '2') AS low_at,
       me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
       mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
       r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
  FROM mentorship m
  JOIN member me ON me.id = m.mentee_id
  LEFT JOIN organization meo ON meo.id = me.organization_id
  JOIN member mr ON mr.id = m.mentor_id
  LEFT JOIN organization mro ON mro.id = mr.organization_id
  LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                      WHERE ar.target_id = m.id AND ar.queue = 'LOW_FEEDBACK'
                      ORDER BY ar.sent_at DESC LIMIT 1) r ON true
  LEFT JOIN member rb ON rb.id = r.sent_by
 WHERE EXISTS (SELECT 1 FROM mentorship_feedback f WHERE f.mentorship_id = m.id AND f.rating <= '2'
         AND f.created_at > now() - make_interval(days => '90'))
 AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' ORDER BY low_at DESC, m.id LIMIT '50';
SELECT count(*) AS n FROM mentorship m WHERE EXISTS (SELECT 1 FROM mentorship_feedback f WHERE f.mentorship_id = m.id AND f.rating <= '2'
         AND f.created_at > now() - make_interval(days => '90'))
 AND m.mentee_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4' AND m.mentor_id <> '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT p.id, p.title, p.status, p.updated_at,
       (SELECT count(*) FROM project_member pm WHERE pm.project_id = p.id) AS members,
       r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
  FROM project p
  LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                      WHERE ar.target_id = p.id AND ar.queue = 'PROJECT_WITHOUT_LEAD'
                      ORDER BY ar.sent_at DESC LIMIT 1) r ON true
  LEFT JOIN member rb ON rb.id = r.sent_by
 WHERE p.deleted_at IS NULL AND p.status IN ('IDEA', 'RECRUITING', 'IN_PROGRESS')
AND NOT EXISTS (SELECT 1 FROM project_member pm JOIN member l ON l.id = pm.member_id
                 WHERE pm.project_id = p.id AND pm.role = 'LEAD' AND l.erased_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = l.id))
 ORDER BY p.updated_at, p.id LIMIT '50';
SELECT count(*) AS n FROM project p WHERE p.deleted_at IS NULL AND p.status IN ('IDEA', 'RECRUITING', 'IN_PROGRESS')
AND NOT EXISTS (SELECT 1 FROM project_member pm JOIN member l ON l.id = pm.member_id
                 WHERE pm.project_id = p.id AND pm.role = 'LEAD' AND l.erased_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = l.id));
SELECT e.id, e.title, e.ends_at, o.display_name AS organiser_name,
       r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
  FROM event e
  LEFT JOIN member o ON o.id = e.created_by
  LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                      WHERE ar.target_id = e.id AND ar.queue = 'EVENT_WITHOUT_REPLAY'
                      ORDER BY ar.sent_at DESC LIMIT 1) r ON true
  LEFT JOIN member rb ON rb.id = r.sent_by
 WHERE e.status = 'PLANNED' AND e.online_url IS NOT NULL AND e.replay_url IS NULL
AND e.ends_at < now() AND e.ends_at > now() - make_interval(days => '90')
 ORDER BY e.ends_at DESC, e.id LIMIT '50';
SELECT count(*) AS n FROM event e WHERE e.status = 'PLANNED' AND e.online_url IS NOT NULL AND e.replay_url IS NULL
AND e.ends_at < now() AND e.ends_at > now() - make_interval(days => '90');
COMMIT;
