-- The community's activity for the statistics benchmark, over the members bench/directory/generate.sql made (run that
-- first): pairings in every state over two years with sessions and feedback, projects with teams, events held with
-- registrations and attendance, published resources marked done, learning paths followed. Deterministic (setseed,
-- md5 ids). The mentors' capacity trigger is switched off while the pairings go in (bench data only: many mentors get
-- more running pairings than their capacity), and on again after.
--
--   psql -v ON_ERROR_STOP=1 -d spyrales_bench_stats -f bench/stats/generate-activity.sql
\set ON_ERROR_STOP on
SELECT setseed(0.1512);

CREATE TEMP TABLE bench_member AS
SELECT id, row_number() OVER (ORDER BY id) AS n FROM member WHERE erased_at IS NULL AND email_verified_at IS NOT NULL;
CREATE TEMP TABLE bench_mentor AS
SELECT id, row_number() OVER (ORDER BY id) AS n FROM member WHERE can_mentor AND erased_at IS NULL;
SELECT count(*) AS members FROM bench_member;
SELECT count(*) AS mentors FROM bench_mentor;

\echo '-- 60000 pairings: each of 60000 members is the mentee of one pairing, started over the last two years'
ALTER TABLE mentorship DISABLE TRIGGER mentorship_capacity_trg;
INSERT INTO mentorship (id, mentee_id, mentor_id, status, message, requested_at, started_at, ended_at)
SELECT md5('bench-stats-pairing-' || me.n)::uuid, me.id, mo.id, s.status, 'Bonjour, pouvez-vous m''aider ?',
       t.requested_at,
       CASE WHEN s.status IN ('ACCEPTED', 'PAUSED', 'COMPLETED', 'CANCELLED') THEN t.requested_at + interval '5 days' END,
       CASE WHEN s.status IN ('COMPLETED', 'CANCELLED')
            THEN least(now(), t.requested_at + interval '5 days' + interval '120 days') END
  FROM bench_member me
  JOIN bench_mentor mo ON mo.n = 1 + (me.n * 7) % (SELECT count(*) FROM bench_mentor)
 CROSS JOIN LATERAL (SELECT now() - random() * interval '730 days' AS requested_at) t
 CROSS JOIN LATERAL (SELECT (ARRAY['PENDING', 'ACCEPTED', 'ACCEPTED', 'PAUSED', 'COMPLETED', 'COMPLETED', 'COMPLETED',
                                   'DECLINED', 'CANCELLED', 'EXPIRED'])[1 + (me.n % 10)::int] AS status) s
 WHERE me.n <= 60000 AND me.id <> mo.id;
ALTER TABLE mentorship ENABLE TRIGGER mentorship_capacity_trg;

\echo '-- sessions (3 per pairing that started) and feedback (both parties of most ended pairings)'
-- V12's ceiling trigger counts the pairing's sessions at each row; on a table the statistics still think empty that
-- count scans the table, so the insert is quadratic (over 20 min at 126k sessions). The data stay far below 200 a pairing.
ALTER TABLE mentorship_session DISABLE TRIGGER mentorship_session_ceiling_trg;
INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)
SELECT md5(m.id::text || '-s' || s)::uuid, m.id, least(current_date, (m.started_at + s * interval '14 days')::date), 60,
       'Séance ' || s
  FROM mentorship m CROSS JOIN generate_series(1, 3) s WHERE m.started_at IS NOT NULL;
ALTER TABLE mentorship_session ENABLE TRIGGER mentorship_session_ceiling_trg;
INSERT INTO mentorship_feedback (mentorship_id, author_id, rating, created_at)
SELECT m.id, p.author, 1 + floor(power(random(), 0.4) * 5)::int, m.ended_at
  FROM mentorship m CROSS JOIN LATERAL (VALUES (m.mentee_id), (m.mentor_id)) p(author)
 WHERE m.status IN ('COMPLETED', 'CANCELLED') AND random() < 0.8;

\echo '-- 20000 projects, 5 team members each'
INSERT INTO project (id, title, summary, languages, status, created_by, attested_by, attested_at, attestation_version,
                     created_at, updated_at)
SELECT md5('bench-stats-project-' || i)::uuid, 'Projet numéro ' || i, 'Résumé du projet ' || i, 'R',
       (ARRAY['IDEA', 'RECRUITING', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'ARCHIVED'])[1 + i % 6], b.id, b.id,
       now() - make_interval(days => i % 700), 'v1', now() - make_interval(days => i % 700), now()
  FROM generate_series(1, 20000) i JOIN bench_member b ON b.n = i;
INSERT INTO project_member (project_id, member_id, role)
SELECT md5('bench-stats-project-' || i)::uuid, b.id, CASE WHEN t = 0 THEN 'LEAD' ELSE 'MEMBER' END
  FROM generate_series(1, 20000) i CROSS JOIN generate_series(0, 4) t
  JOIN bench_member b ON b.n = i + t * 20000
    ON CONFLICT DO NOTHING;

\echo '-- 5000 events (4000 held), 100000 registrations, half of those held attended'
INSERT INTO event (id, title, type, starts_at, ends_at, online_url, language)
SELECT md5('bench-stats-event-' || i)::uuid, 'Atelier numéro ' || i,
       (ARRAY['WEBINAR', 'WORKSHOP', 'MEETUP', 'PROJECT_SHOWCASE'])[1 + i % 4],
       now() + make_interval(days => 100 - i % 800), now() + make_interval(days => 100 - i % 800) + interval '2 hours',
       'https://webconf.example.fr/' || i, 'R'
  FROM generate_series(1, 5000) i;
INSERT INTO event_registration (event_id, member_id, status, confirmed_at, attended_at)
SELECT e.id, b.id, 'CONFIRMED', e.starts_at - interval '3 days',
       CASE WHEN e.ends_at < now() AND r.n % 2 = 0 THEN e.starts_at END
  FROM generate_series(1, 100000) r(n)
  JOIN event e ON e.id = md5('bench-stats-event-' || (1 + r.n % 5000))::uuid
  JOIN bench_member b ON b.n = 1 + (r.n * 13) % 100000
    ON CONFLICT DO NOTHING;

\echo '-- 10000 resources (9000 published), 100000 marked done; 200 learning paths, 30000 followers'
INSERT INTO training_resource (id, title, url, normalized_url, type, programming_language, level, topics,
                               content_language, free, description, status, proposed_by, proposed_at, published_at,
                               updated_at)
SELECT md5('bench-stats-resource-' || i)::uuid, 'Ressource numéro ' || i, 'https://bench.example.fr/r/' || i,
       'https://bench.example.fr/r/' || i,
       (ARRAY['COURSE', 'TUTORIAL', 'VIDEO', 'BOOK', 'NOTEBOOK', 'EXERCISE', 'DOCUMENTATION', 'TOOL'])[1 + i % 8],
       'PYTHON', 'BEGINNER', ARRAY['python'], 'FR', true, 'Une ressource pour apprendre.',
       CASE WHEN i % 10 = 0 THEN 'PROPOSED' ELSE 'PUBLISHED' END, b.id, now(),
       CASE WHEN i % 10 <> 0 THEN now() END, now()
  FROM generate_series(1, 10000) i JOIN bench_member b ON b.n = i;
INSERT INTO training_resource_done (resource_id, member_id, done_at)
SELECT md5('bench-stats-resource-' || (1 + (r.n * 31) % 10000))::uuid, b.id, now()
  FROM generate_series(1, 100000) r(n) JOIN bench_member b ON b.n = 1 + r.n % 100000
    ON CONFLICT DO NOTHING;
INSERT INTO learning_path (id, title, goal, level, programming_language, skills, status, author_id, published_at)
SELECT md5('bench-stats-path-' || i)::uuid, 'Parcours numéro ' || i, 'Savoir analyser des données.', 'BEGINNER',
       'PYTHON', ARRAY[(SELECT code FROM skill ORDER BY code LIMIT 1)], 'PUBLISHED', b.id, now()
  FROM generate_series(1, 200) i JOIN bench_member b ON b.n = i;
INSERT INTO learning_path_follow (path_id, member_id, followed_at)
SELECT md5('bench-stats-path-' || (1 + r.n % 200))::uuid, b.id, now()
  FROM generate_series(1, 30000) r(n) JOIN bench_member b ON b.n = 1 + (r.n * 3) % 100000
    ON CONFLICT DO NOTHING;

VACUUM ANALYZE;
