-- Synthetic community for the « Mon espace » benchmark: 20k members, 20k pairings with goals, sessions and next
-- sessions, 400k notifications, 2k projects with teams and join requests, 500 events with 20k registrations.
-- Deterministic (md5 ids, setseed). One busy member (md5('busy')) is mentor of 3 running pairings and 2 requests,
-- leads 3 projects with requests, is registered to 6 events and has 300 notifications.
SELECT setseed(0.2026);

INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, can_mentor, mentor_capacity,
                    wants_mentor, job_title, bio)
SELECT md5('m' || i)::uuid, 'm' || i || '@bench.gouv.fr', 'Prénom' || i, 'Nom' || i, 'Prénom' || i || ' Nom' || i, now(),
       i % 5 = 0, CASE WHEN i % 5 = 0 THEN 5 ELSE 0 END, i % 3 = 0, 'Chargé·e d''études', 'Bio ' || i
  FROM generate_series(1, 20000) i;
INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, can_mentor, mentor_capacity)
VALUES (md5('busy')::uuid, 'busy@bench.gouv.fr', 'Léa', 'Occupée', 'Léa Occupée', now(), true, 5);
INSERT INTO member_skill (member_id, skill_code, level)
SELECT md5('m' || i)::uuid, s.code, 1 + i % 4 FROM generate_series(1, 20000) i
  CROSS JOIN LATERAL (SELECT code FROM skill ORDER BY code OFFSET i % 5 LIMIT 2) s;

-- Pairings between ordinary members, in every state.
INSERT INTO mentorship (id, mentee_id, mentor_id, status, message, requested_at, started_at, ended_at)
SELECT md5('p' || i)::uuid, md5('m' || (1 + (i * 7) % 20000))::uuid, md5('m' || (5 * (1 + i % 4000)))::uuid,
       (ARRAY['PENDING','ACCEPTED','ACCEPTED','PAUSED','COMPLETED','COMPLETED','DECLINED','CANCELLED'])[1 + i % 8],
       'Bonjour, pouvez-vous m''aider ?', now() - interval '90 days',
       CASE WHEN i % 8 IN (1,2,3,4,5,7) THEN now() - interval '80 days' END,
       CASE WHEN i % 8 IN (4,5,7) THEN now() - interval '10 days' END
  FROM generate_series(1, 20000) i
 WHERE md5('m' || (1 + (i * 7) % 20000)) <> md5('m' || (5 * (1 + i % 4000)));
-- The busy member: mentor of 3 running pairings and 2 pending requests (its capacity, 5; from 5 members of their own).
INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, wants_mentor)
SELECT md5('x' || i)::uuid, 'x' || i || '@bench.gouv.fr', 'Agent', 'X' || i, 'Agent X' || i, now(), true
  FROM generate_series(1, 8) i;
INSERT INTO mentorship (id, mentee_id, mentor_id, status, message, requested_at, started_at)
SELECT md5('bp' || i)::uuid, md5('x' || i)::uuid, md5('busy')::uuid,
       CASE WHEN i <= 3 THEN 'ACCEPTED' ELSE 'PENDING' END, 'Bonjour !', now() - make_interval(days => i),
       CASE WHEN i <= 3 THEN now() - make_interval(days => i) END
  FROM generate_series(1, 5) i;
INSERT INTO mentorship_goal (id, mentorship_id, title, position, done_at)
SELECT md5(m.id::text || g)::uuid, m.id, 'Objectif ' || g, g, CASE WHEN g % 2 = 0 THEN now() END
  FROM mentorship m CROSS JOIN generate_series(1, 4) g;
INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)
SELECT md5(m.id::text || 's' || s)::uuid, m.id, current_date - s * 7, 60, 'Séance ' || s
  FROM mentorship m CROSS JOIN generate_series(1, 3) s WHERE m.started_at IS NOT NULL;
INSERT INTO mentorship_next_session (mentorship_id, starts_at, duration_minutes, place)
SELECT id, now() + interval '3 days', 60, 'Salle 12' FROM mentorship WHERE status = 'ACCEPTED';

INSERT INTO notification (id, member_id, kind, title, body, link, created_at, read_at)
SELECT md5('n' || i)::uuid, md5('m' || (1 + i % 20000))::uuid, 'MENTORSHIP_ACCEPTED', 'Titre ' || i, 'Corps', '/mentorats/x',
       now() - make_interval(mins => i), CASE WHEN i % 3 = 0 THEN NULL ELSE now() END
  FROM generate_series(1, 400000) i;
INSERT INTO notification (id, member_id, kind, title, body, link, created_at, read_at)
SELECT md5('bn' || i)::uuid, md5('busy')::uuid, 'MENTORSHIP_REQUESTED', 'Titre ' || i, 'Corps', '/mentorats/x',
       now() - make_interval(mins => i), CASE WHEN i % 4 = 0 THEN NULL ELSE now() END
  FROM generate_series(1, 300) i;

INSERT INTO project (id, title, summary, languages, status, created_by, attested_by, attested_at, attestation_version)
SELECT md5('pr' || i)::uuid, 'Projet numéro ' || i, 'Résumé', 'R', 'IN_PROGRESS', md5('m' || i)::uuid, md5('m' || i)::uuid,
       now(), 'v1'
  FROM generate_series(1, 2000) i;
INSERT INTO project_member (project_id, member_id, role)
SELECT md5('pr' || i)::uuid, md5('m' || (1 + (i * 13 + t) % 20000))::uuid, CASE WHEN t = 0 THEN 'LEAD' ELSE 'MEMBER' END
  FROM generate_series(1, 2000) i CROSS JOIN generate_series(0, 4) t
ON CONFLICT DO NOTHING;
INSERT INTO project_member (project_id, member_id, role)
SELECT md5('pr' || i)::uuid, md5('busy')::uuid, 'LEAD' FROM generate_series(1, 3) i ON CONFLICT DO NOTHING;
INSERT INTO project_join_request (id, project_id, member_id, message)
SELECT md5('jr' || i)::uuid, md5('pr' || (1 + i % 2000))::uuid, md5('m' || (15000 + i))::uuid, 'Je peux aider'
  FROM generate_series(1, 3000) i;

INSERT INTO event (id, title, type, starts_at, ends_at, online_url, language)
SELECT md5('e' || i)::uuid, 'Atelier numéro ' || i, 'WORKSHOP', now() + make_interval(days => i % 60 - 20),
       now() + make_interval(days => i % 60 - 20) + interval '2 hours', 'https://webconf.example.fr/' || i, 'R'
  FROM generate_series(1, 500) i;
INSERT INTO event_registration (event_id, member_id, status, confirmed_at)
SELECT md5('e' || (1 + i % 500))::uuid, md5('m' || (1 + (i * 17) % 20000))::uuid, 'CONFIRMED', now()
  FROM generate_series(1, 20000) i ON CONFLICT DO NOTHING;
INSERT INTO event_registration (event_id, member_id, status, confirmed_at)
SELECT md5('e' || i)::uuid, md5('busy')::uuid, 'CONFIRMED', now() FROM generate_series(1, 12) i ON CONFLICT DO NOTHING;

ANALYZE;
