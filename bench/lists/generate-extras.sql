-- What the list benchmark needs beyond the other generators (run after bench/directory/generate.sql,
-- bench/library/generate.sql and bench/stats/generate-activity.sql): challenges with entries, notifications (many for
-- the community, 500 for the bench member), open reports on pairings and projects for the animateurs' console, and
-- the bench member's own registrations and projects. Deterministic (md5 ids, setseed).
--
--   psql -v ON_ERROR_STOP=1 -v bench_email=bench.lists@insee.fr -d spyrales_lists_bench -f bench/lists/generate-extras.sql
\set ON_ERROR_STOP on
SELECT setseed(0.1616);

CREATE TEMP TABLE bench_me AS SELECT id FROM member WHERE lower(email) = lower(:'bench_email');
CREATE TEMP TABLE bench_member AS
SELECT id, row_number() OVER (ORDER BY id) AS n FROM member
 WHERE erased_at IS NULL AND email_verified_at IS NOT NULL AND id NOT IN (SELECT id FROM bench_me);

-- Entries are shown once a challenge closes: the long list is on a closed one, the 31st.
\echo '-- 60 challenges (20 open now, 10 upcoming, 30 closed), each with its dataset; 2000 entries on the 31st, 100 on the others'
INSERT INTO dataset (id, datagouv_id, title, producer, licence, url, state, reason, declared_by)
SELECT md5('bench-lists-dataset-' || i)::uuid, 'bench-lists-' || i, 'Jeu de données ' || i, 'Insee',
       'lov2', 'https://www.data.gouv.fr/fr/datasets/bench-lists-' || i, 'VERIFIED', 'Licence ouverte, vérifiée.',
       (SELECT id FROM bench_me)
  FROM generate_series(1, 60) i;
INSERT INTO challenge (id, title, task, suggested_level, suggested_language, dataset_id, opens_at, closes_at,
                       created_by, created_at)
SELECT md5('bench-lists-challenge-' || i)::uuid, 'Défi numéro ' || i, 'Analyser le jeu de données ' || i || '.',
       1 + i % 4, (ARRAY['PYTHON', 'R', 'BOTH'])[1 + i % 3], md5('bench-lists-dataset-' || i)::uuid,
       CASE WHEN i <= 20 THEN now() - make_interval(days => i) WHEN i <= 30 THEN now() + make_interval(days => i)
            ELSE now() - make_interval(days => 30 + i * 10) END,
       CASE WHEN i <= 20 THEN now() + make_interval(days => 10 + i) WHEN i <= 30 THEN now() + make_interval(days => 20 + i)
            ELSE now() - make_interval(days => 15 + i * 10) END,
       (SELECT id FROM bench_me), now() - make_interval(days => 100 + i)
  FROM generate_series(1, 60) i;
-- Entries of closed challenges were submitted while they were open: the window trigger is off while they go in.
ALTER TABLE challenge_entry DISABLE TRIGGER challenge_entry_window_trg;
INSERT INTO challenge_entry (id, challenge_id, member_id, link, text, language, submitted_at, updated_at)
SELECT md5('bench-lists-entry-' || c || '-' || e)::uuid, md5('bench-lists-challenge-' || c)::uuid, b.id,
       'https://github.com/bench/defi-' || c || '-' || e, 'Ma solution, pas à pas.',
       (ARRAY['PYTHON', 'R', 'BOTH', 'OTHER'])[1 + e % 4],
       now() - make_interval(mins => e), now() - make_interval(mins => e)
  FROM generate_series(1, 60) c
 CROSS JOIN LATERAL generate_series(1, CASE WHEN c = 31 THEN 2000 ELSE 100 END) e
  JOIN bench_member b ON b.n = 1 + (c * 997 + e * 31) % 100000
    ON CONFLICT DO NOTHING;
ALTER TABLE challenge_entry ENABLE TRIGGER challenge_entry_window_trg;

\echo '-- 300000 notifications over the community (a third unread), 500 for the bench member'
INSERT INTO notification (id, member_id, kind, mentorship_id, title, body, link, created_at, read_at)
SELECT md5('bench-lists-notification-' || i)::uuid, b.id, 'MENTORSHIP_ACCEPTED', NULL, 'Notification ' || i,
       'Votre demande de mentorat a été acceptée.', '/mentorats', now() - make_interval(mins => i),
       CASE WHEN i % 3 = 0 THEN NULL ELSE now() END
  FROM generate_series(1, 300000) i JOIN bench_member b ON b.n = 1 + (i * 7) % 100000;
INSERT INTO notification (id, member_id, kind, title, body, link, created_at, read_at)
SELECT md5('bench-lists-my-notification-' || i)::uuid, (SELECT id FROM bench_me), 'MENTORSHIP_REQUESTED',
       'Demande ' || i, 'Un membre vous demande un mentorat.', '/mentorats', now() - make_interval(mins => 3 * i),
       CASE WHEN i % 4 = 0 THEN NULL ELSE now() END
  FROM generate_series(1, 500) i;

\echo '-- reports for the console: 400 open on pairings (and 400 resolved), 300 open on projects'
INSERT INTO mentorship_report (id, mentorship_id, author_id, message, status, created_at, resolved_at, resolved_by,
                               resolution_note)
SELECT md5('bench-lists-mreport-' || i)::uuid, m.id, m.mentee_id, 'Le mentor ne répond plus depuis un mois.',
       CASE WHEN i % 2 = 0 THEN 'OPEN' ELSE 'RESOLVED' END, now() - make_interval(hours => i),
       CASE WHEN i % 2 = 1 THEN now() END, CASE WHEN i % 2 = 1 THEN (SELECT id FROM bench_me) END,
       CASE WHEN i % 2 = 1 THEN 'Réglé par téléphone.' END
  FROM generate_series(1, 800) i
  JOIN LATERAL (SELECT id, mentee_id FROM mentorship WHERE status IN ('ACCEPTED', 'PAUSED')
                 ORDER BY id OFFSET i LIMIT 1) m ON true;
INSERT INTO project_report (id, project_id, reporter_id, reason, created_at)
SELECT md5('bench-lists-preport-' || i)::uuid, md5('bench-stats-project-' || (1 + i * 61 % 20000))::uuid, b.id,
       (ARRAY['NOT_OPEN_DATA', 'INAPPROPRIATE', 'ABANDONED'])[1 + i % 3], now() - make_interval(hours => i)
  FROM generate_series(1, 300) i JOIN bench_member b ON b.n = 1 + (i * 101) % 100000;

\echo '-- the bench member: registered to 40 events (20 upcoming), member of 5 projects'
INSERT INTO event_registration (event_id, member_id, status, confirmed_at)
SELECT md5('bench-stats-event-' || (1 + i * 20))::uuid, (SELECT id FROM bench_me), 'CONFIRMED', now() - interval '20 days'
  FROM generate_series(0, 39) i
    ON CONFLICT DO NOTHING;
INSERT INTO project_member (project_id, member_id, role)
SELECT md5('bench-stats-project-' || (100 + i))::uuid, (SELECT id FROM bench_me), 'MEMBER'
  FROM generate_series(1, 5) i
    ON CONFLICT DO NOTHING;

VACUUM ANALYZE;
