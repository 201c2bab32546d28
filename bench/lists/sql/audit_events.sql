BEGIN;
select m1_0.id,m1_0.availability,m1_0.bio,m1_0.can_mentor,m1_0.category,m1_0.created_at,m1_0.is_demo,m1_0.display_name,m1_0.email,m1_0.email_verified_at,m1_0.erased_at,m1_0.first_name,m1_0.job_title,m1_0.last_name,m1_0.mentor_capacity,m1_0.organization_id,m1_0.password_hash,m1_0.region_code,m1_0.service_type,m1_0.tchap_handle,m1_0.updated_at,m1_0.visibility,m1_0.wants_mentor from member m1_0 where m1_0.id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
SELECT 1 FROM member_suspension WHERE member_id = '9458cca3-8128-4ca9-a1b3-e1cb092295a4';
select er1_0.member_id,er1_0.role from member_role er1_0 where er1_0.member_id='9458cca3-8128-4ca9-a1b3-e1cb092295a4';
COMMIT;
BEGIN;
SELECT e.id, e.occurred_at, e.category, e.action, e.outcome, e.actor_member_id, actor.display_name,
e.actor_client_id, client.name, e.target_type, e.target_id, e.subject_member_id, subject.display_name,
host(e.ip_address), e.detail
FROM audit_event e
LEFT JOIN member actor ON actor.id = e.actor_member_id
LEFT JOIN partner_client client ON client.id = e.actor_client_id
LEFT JOIN member subject ON subject.id = e.subject_member_id
 ORDER BY e.occurred_at DESC, e.id DESC fetch first '20' rows only;
SELECT count(*) AS n FROM (SELECT 1 FROM audit_event e
LEFT JOIN member actor ON actor.id = e.actor_member_id
LEFT JOIN partner_client client ON client.id = e.actor_client_id
LEFT JOIN member subject ON subject.id = e.subject_member_id
 LIMIT 1001) capped;
COMMIT;
