-- Synthetic training library for the benchmark: 50,000 resources (90 % published) proposed by 3,000 members, and
-- 100,000 ratings of published resources. Deterministic: fixed setseed, ids derived from md5.
--
--   psql -v ON_ERROR_STOP=1 -d spyrales_bench_library -f bench/library/generate.sql
--
-- Run it on a freshly migrated database. The row trigger of V16 builds each resource's search_vector.
-- Words chosen for the measures: « données » is in about a third of the resources (a broad query), « krigeage » in
-- about 0.1 % (a rare one).

\set ON_ERROR_STOP on
SELECT setseed(0.2026);

CREATE FUNCTION pg_temp.pick(anyarray, double precision) RETURNS anyelement
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1[1 + floor($2 * cardinality($1))::int] $$;

\echo '-- 3000 members'
INSERT INTO member (id, email, first_name, last_name, display_name, email_verified_at, created_at, updated_at)
SELECT md5('bench-library-member-' || i)::uuid, 'bench.bibliotheque.' || i || '@insee.fr', 'Membre', 'N' || i,
       'Membre N' || i, now(), now(), now()
FROM generate_series(1, 3000) AS i;

\echo '-- 50000 resources'
\timing on
INSERT INTO training_resource (id, title, url, normalized_url, type, programming_language, level, topics,
                               content_language, duration_minutes, free, author, description, status, proposed_by,
                               proposed_at, published_at, updated_at)
SELECT md5('bench-library-resource-' || i)::uuid,
       pg_temp.pick(ARRAY['Introduction à', 'Maîtriser', 'Guide pratique de', 'Cours complet de', 'Tutoriel :',
                          'Premiers pas avec', 'Aller plus loin avec', 'Exercices corrigés de', 'Comprendre',
                          'Mémo de'], r1)
           || ' ' || pg_temp.pick(ARRAY['l''économétrie', 'la statistique descriptive', 'pandas', 'la cartographie',
                          'Git', 'SQL', 'séries temporelles', 'l''apprentissage automatique', 'la visualisation',
                          'Quarto', 'tidyverse', 'Shiny', 'l''analyse de données', 'la régression', 'Jupyter',
                          'la fouille de textes', 'sondages et enquêtes', 'web scraping', 'API de données ouvertes',
                          'tableur avancé'], r2)
           || CASE WHEN r3 < 0.001 THEN ' et krigeage' WHEN r3 < 0.25 THEN ' pour les données publiques'
                   WHEN r3 < 0.30 THEN ' en Python' WHEN r3 < 0.35 THEN ' en R' ELSE '' END
           || ' (' || i || ')',
       'https://bench.example.fr/ressources/' || i,
       'https://bench.example.fr/ressources/' || i,
       pg_temp.pick(ARRAY['COURSE', 'TUTORIAL', 'TUTORIAL', 'VIDEO', 'BOOK', 'NOTEBOOK', 'EXERCISE', 'DOCUMENTATION',
                          'TOOL'], r4),
       pg_temp.pick(ARRAY['PYTHON', 'PYTHON', 'R', 'R', 'BOTH', 'NONE'], r5),
       pg_temp.pick(ARRAY['BEGINNER', 'BEGINNER', 'INTERMEDIATE', 'INTERMEDIATE', 'ADVANCED'], r6),
       (SELECT array_agg(DISTINCT t) FROM unnest(ARRAY[
            pg_temp.pick(ARRAY['python', 'r', 'sql', 'statistiques', 'dataviz', 'apprentissage-automatique',
                               'text-mining', 'econometrie', 'sondages', 'series-temporelles', 'cartographie', 'git',
                               'pandas', 'tidyverse', 'shiny', 'quarto', 'jupyter', 'web-scraping', 'api-donnees',
                               'tableur-avance', 'environnement-de-travail'], r7),
            pg_temp.pick(ARRAY['python', 'r', 'statistiques', 'dataviz', 'git', 'sql'], r8)]) AS t),
       CASE WHEN r9 < 0.8 THEN 'FR' ELSE 'EN' END,
       CASE WHEN r10 < 0.9 THEN 15 + floor(r10 * 600)::int END,
       r11 < 0.85,
       CASE WHEN r12 < 0.7 THEN pg_temp.pick(ARRAY['Insee', 'Etalab', 'DARES', 'DREES', 'Université de Lille',
                                                   'CNRS', 'ENSAE', 'Datacamp', 'OpenClassrooms', 'Posit'], r12 / 0.7)
            END,
       pg_temp.pick(ARRAY['Un parcours progressif, avec des exemples tirés des données publiques.',
                          'Des exercices corrigés pour s''entraîner sur des cas réels.',
                          'La documentation de référence, à garder sous la main.',
                          'Une vidéo courte qui montre pas à pas la démarche.',
                          'Un livre en ligne, gratuit, qui couvre la théorie et la pratique.'], r13)
           || CASE WHEN r14 < 0.1 THEN ' On y manipule beaucoup de données.' ELSE '' END,
       CASE WHEN r15 < 0.90 THEN 'PUBLISHED' WHEN r15 < 0.95 THEN 'PROPOSED' WHEN r15 < 0.98 THEN 'WITHDRAWN'
            ELSE 'REJECTED' END,
       md5('bench-library-member-' || (1 + (i % 3000)))::uuid,
       now() - (i || ' minutes')::interval,
       CASE WHEN r15 < 0.90 OR (r15 >= 0.95 AND r15 < 0.98) THEN now() - (i || ' minutes')::interval END,
       now()
FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
             random() AS r7, random() AS r8, random() AS r9, random() AS r10, random() AS r11, random() AS r12,
             random() AS r13, random() AS r14, random() AS r15
      FROM generate_series(1, 50000) AS i) AS g;

\echo '-- 100000 ratings of published resources, then the sums and counts'
INSERT INTO training_resource_rating (resource_id, member_id, stars, rated_at)
SELECT r.id, md5('bench-library-member-' || (1 + (c.i / 50) % 3000))::uuid,
       1 + floor(power(random(), 0.6) * 5)::int, now() - (c.i || ' seconds')::interval
FROM generate_series(0, 120000) AS c(i)
JOIN training_resource r ON r.id = md5('bench-library-resource-' || (1 + c.i % 50000))::uuid
WHERE r.status = 'PUBLISHED'
ORDER BY c.i
LIMIT 100000
ON CONFLICT DO NOTHING;

UPDATE training_resource r SET rating_sum = s.sum, rating_count = s.count
FROM (SELECT resource_id, sum(stars) AS sum, count(*) AS count FROM training_resource_rating GROUP BY resource_id) AS s
WHERE r.id = s.resource_id;
\timing off

SELECT status, count(*) FROM training_resource GROUP BY status ORDER BY status;
SELECT count(*) AS ratings FROM training_resource_rating;
SELECT count(*) FILTER (WHERE search_vector @@ directory_tsquery('donnees')) AS donnees,
       count(*) FILTER (WHERE search_vector @@ directory_tsquery('krigeage')) AS krigeage
FROM training_resource WHERE status = 'PUBLISHED';
