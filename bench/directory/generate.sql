-- Synthetic member directory for the benchmark: N verified members with organisations,
-- regions and skills drawn from the referentials (V2). Deterministic: fixed setseed,
-- member ids derived from md5, referentials taken in a fixed order.
--
--   psql -v ON_ERROR_STOP=1 -v n=100000 -d spyrales_bench -f bench/directory/generate.sql
--
-- Run it on a freshly migrated database (it deletes earlier bench members first).
-- The triggers of V1 do the search documents: members are inserted first (row trigger
-- computes search_vector), then their skills in one statement (statement trigger touches
-- every member again so that skill names reach search_vector).

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 100000
\endif

\echo '-- generating' :n 'members'
SELECT setseed(0.2026);

-- pick(array, r in [0,1)) -> one element, uniformly
CREATE FUNCTION pg_temp.pick(anyarray, double precision) RETURNS anyelement
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1[1 + floor($2 * cardinality($1))::int] $$;

CREATE TEMP TABLE bench_arrays AS SELECT
    ARRAY['Élodie', 'Hélène', 'Chloé', 'Léa', 'Camille', 'Manon', 'Julie', 'Sarah', 'Émilie', 'Claire',
          'Anaïs', 'Mathilde', 'Céline', 'Aurélie', 'Inès', 'Zoé', 'Margaux', 'Pauline', 'Marion', 'Sophie',
          'Nathalie', 'Isabelle', 'Agnès', 'Noémie', 'Laure', 'Océane', 'Maëlle', 'Gaëlle', 'Solène', 'Fatima',
          'Amandine', 'Charlotte', 'Lucie', 'Juliette', 'Sandrine', 'Véronique', 'Estelle', 'Bérénice', 'Alice', 'Louise']
        AS first_f,
    ARRAY['Thomas', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Jérôme', 'François', 'Sébastien', 'Benoît', 'Raphaël',
          'Loïc', 'Hugo', 'Lucas', 'Mathieu', 'Pierre', 'Olivier', 'Stéphane', 'Frédéric', 'Cédric', 'Grégoire',
          'Théo', 'Clément', 'Rémi', 'Yannick', 'Karim', 'Mehdi', 'Youssef', 'Amine', 'Paul', 'Éric',
          'Guillaume', 'Vincent', 'Arnaud', 'Damien', 'Jean-Baptiste', 'Étienne', 'Hervé', 'Xavier', 'Bruno', 'Adrien']
        AS first_m,
    ARRAY['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
          'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
          'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand',
          'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin',
          'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez',
          'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche',
          'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Pérez', 'Marchand', 'Dufour', 'Blanchard', 'Barbier',
          'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Renard', 'Arnaud', 'Rolland',
          'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard',
          'Lacroix', 'Fabre', 'Dupuis', 'Rodriguez', 'Da Silva', 'Hubert', 'Rivière', 'Le Gall', 'Guillaume', 'Moulin',
          'Berger', 'Lecomte', 'Ménard', 'Fleury', 'Deschamps', 'Carpentier', 'Maillard', 'Aubry', 'Le Roux', 'Prévost',
          'Poirier', 'Charpentier', 'Huet', 'Baron', 'Dupuy', 'Pons', 'Carré', 'Breton', 'Rémy', 'Schneider',
          'Benali', 'Haddad', 'Traoré', 'Diallo', 'Kowalski', 'Le Bihan', 'Etcheverry', 'Casanova', 'Tran', 'Bouvier']
        AS last_names,
    -- feminine / masculine forms at the same index
    ARRAY['Statisticienne', 'Chargée d''études statistiques', 'Data scientist', 'Ingénieure de données', 'Data analyst',
          'Économiste', 'Démographe', 'Géomaticienne', 'Cheffe de projet data', 'Administratrice de l''Insee',
          'Attachée statisticienne', 'Contrôleuse des finances publiques', 'Chargée de mission évaluation', 'Développeuse R',
          'Analyste des politiques publiques', 'Responsable du pôle études', 'Gestionnaire de bases de données',
          'Ingénieure en apprentissage automatique', 'Chargée d''études économiques', 'Chargée de la qualité des données',
          'Adjointe à la cheffe de service statistique', 'Secrétaire administrative', 'Cartographe',
          'Chargée d''enquêtes', 'Épidémiologiste', 'Contrôleuse de l''Insee', 'Conseillère en évaluation',
          'Chargée de valorisation des données', 'Développeuse Python', 'Statisticienne régionale']
        AS job_f,
    ARRAY['Statisticien', 'Chargé d''études statistiques', 'Data scientist', 'Ingénieur de données', 'Data analyst',
          'Économiste', 'Démographe', 'Géomaticien', 'Chef de projet data', 'Administrateur de l''Insee',
          'Attaché statisticien', 'Contrôleur des finances publiques', 'Chargé de mission évaluation', 'Développeur R',
          'Analyste des politiques publiques', 'Responsable du pôle études', 'Gestionnaire de bases de données',
          'Ingénieur en apprentissage automatique', 'Chargé d''études économiques', 'Chargé de la qualité des données',
          'Adjoint au chef de service statistique', 'Secrétaire administratif', 'Cartographe',
          'Chargé d''enquêtes', 'Épidémiologiste', 'Contrôleur de l''Insee', 'Conseiller en évaluation',
          'Chargé de valorisation des données', 'Développeur Python', 'Statisticien régional']
        AS job_m,
    ARRAY['Je travaille sur', 'Au quotidien, je travaille sur', 'J''anime un petit groupe sur',
          'Depuis trois ans, je produis', 'Je découvre la science des données en travaillant sur',
          'Mon équipe travaille sur', 'Je reprends des chaînes SAS sur', 'Je publie chaque mois',
          'J''accompagne les services sur', 'Je développe des outils pour']
        AS bio_open,
    ARRAY['les enquêtes auprès des ménages', 'la statistique régionale', 'les données de santé',
          'les tableaux de bord de pilotage', 'l''évaluation des politiques de l''emploi', 'la cartographie des territoires',
          'les séries temporelles conjoncturelles', 'le recensement de la population', 'les données fiscales',
          'la qualité des données administratives', 'l''analyse textuelle de décisions de justice',
          'les indicateurs de la transition écologique', 'les prévisions budgétaires', 'les données ouvertes du ministère',
          'la démographie des entreprises', 'les statistiques de la délinquance', 'les parcours scolaires',
          'la mobilité domicile-travail', 'les prix à la consommation', 'les données agricoles']
        AS bio_topic,
    ARRAY['Je cherche à progresser en Python.', 'J''aime partager mes scripts R.', 'Disponible pour relire du code.',
          'Curieux de tout ce qui touche à la visualisation de données.', 'Je passe progressivement de SAS à R.',
          'Je voudrais apprendre Git et les bonnes pratiques de développement.', 'Partante pour un atelier Quarto.',
          'Intéressé par le traitement du langage naturel.', 'Je cherche des retours sur mes applications Shiny.',
          'Heureux d''échanger sur les méthodes d''échantillonnage.', '', '']
        AS bio_close,
    ARRAY['insee.fr', 'finances.gouv.fr', 'interieur.gouv.fr', 'justice.fr', 'developpement-durable.gouv.fr',
          'sante.gouv.fr', 'education.gouv.fr', 'agriculture.gouv.fr', 'cnrs.fr', 'francetravail.fr',
          'ign.fr', 'cerema.fr', 'ined.fr', 'inrae.fr', 'numerique.gouv.fr']
        AS domains,
    (SELECT array_agg(id ORDER BY name) FROM organization) AS org_ids,
    (SELECT array_agg(CASE kind WHEN 'OPERATEUR' THEN 'OPERATEUR'
                                WHEN 'SERVICE_DECONCENTRE' THEN 'SERVICES_DECONCENTRES'
                                WHEN 'COLLECTIVITE' THEN 'COLLECTIVITE'
                                ELSE 'ADMINISTRATION_CENTRALE' END ORDER BY name) FROM organization) AS org_service,
    (SELECT array_agg(code ORDER BY code) FROM region WHERE code <> 'IDF') AS regions_outside_idf;

-- Every random draw of a member, made once, in row order (deterministic under setseed).
CREATE TEMP TABLE bench_draw AS
SELECT i,
       random() AS r_gender, random() AS r_first, random() AS r_last, random() AS r_job,
       random() AS r_org, random() AS r_region, random() AS r_cat, random() AS r_bio_open,
       random() AS r_bio_topic, random() AS r_bio_topic2, random() AS r_bio_close, random() AS r_bio_kind,
       random() AS r_mentor, random() AS r_wants, random() AS r_capacity, random() AS r_visible,
       random() AS r_created, random() AS r_skills, random() AS r_domain, random() AS r_tchap
FROM generate_series(1, :n) AS i;

CREATE TEMP TABLE bench_member AS
SELECT md5('spyrales-bench-member-' || d.i)::uuid AS id, d.i, x.first_name, x.last_name, x.female,
       d.r_job, d.r_org, d.r_region, d.r_cat, d.r_bio_open, d.r_bio_topic, d.r_bio_topic2, d.r_bio_close, d.r_bio_kind,
       d.r_mentor, d.r_wants, d.r_capacity, d.r_visible, d.r_created, d.r_domain, d.r_tchap,
       1 + floor(d.r_skills * 5)::int AS skill_count
FROM bench_draw d
CROSS JOIN bench_arrays a
CROSS JOIN LATERAL (SELECT d.r_gender < 0.5 AS female,
                           CASE WHEN d.r_gender < 0.5 THEN pg_temp.pick(a.first_f, d.r_first)
                                ELSE pg_temp.pick(a.first_m, d.r_first) END AS first_name,
                           pg_temp.pick(a.last_names, d.r_last) AS last_name) x;

-- Skill popularity: weights for weighted sampling without replacement (Efraimidis–Spirakis keys).
CREATE TEMP TABLE bench_skill_weight (code text PRIMARY KEY, weight double precision NOT NULL);
INSERT INTO bench_skill_weight VALUES
  ('python', 10), ('r', 9), ('sql', 8), ('statistiques', 7), ('dataviz', 5), ('apprentissage-automatique', 3),
  ('text-mining', 2), ('econometrie', 3), ('sondages', 3), ('series-temporelles', 2), ('cartographie', 3),
  ('git', 5), ('pandas', 4), ('tidyverse', 4), ('shiny', 2), ('quarto', 3), ('jupyter', 3), ('web-scraping', 2),
  ('api-donnees', 2), ('tableur-avance', 5), ('environnement-de-travail', 2);
DO $$ BEGIN
  IF (SELECT count(*) FROM skill s JOIN bench_skill_weight w USING (code)) <> (SELECT count(*) FROM skill) THEN
    RAISE EXCEPTION 'bench skill weights do not cover the skill referential';
  END IF;
END $$;

-- Earlier bench data (same ids) goes away so that the script can be re-run.
DELETE FROM member WHERE id IN (SELECT id FROM bench_member);

SELECT clock_timestamp() AS t_members \gset
\echo '-- inserting members (row trigger computes search_vector)'
INSERT INTO member (id, email, password_hash, first_name, last_name, display_name, email_verified_at,
                    organization_id, service_type, region_code, category, job_title, bio,
                    wants_mentor, can_mentor, mentor_capacity, availability, tchap_handle,
                    visibility, is_demo, created_at, updated_at, erased_at)
SELECT m.id,
       lower(translate(immutable_unaccent(m.first_name || '.' || m.last_name), ' ''', '--')) || '.' || m.i || '@'
           || pg_temp.pick(a.domains, m.r_domain),
       NULL,
       m.first_name, m.last_name, m.first_name || ' ' || m.last_name,
       c.created_at + interval '2 hours',
       CASE WHEN m.r_org < 0.95 THEN pg_temp.pick(a.org_ids, m.r_org / 0.95) END,
       CASE WHEN m.r_org < 0.95 THEN pg_temp.pick(a.org_service, m.r_org / 0.95) END,
       CASE WHEN m.r_region < 0.30 THEN 'IDF'
            WHEN m.r_region < 0.97 THEN pg_temp.pick(a.regions_outside_idf, (m.r_region - 0.30) / 0.67) END,
       CASE WHEN m.r_cat < 0.60 THEN 'A' WHEN m.r_cat < 0.90 THEN 'B' WHEN m.r_cat < 0.97 THEN 'C' END,
       CASE WHEN m.r_job < 0.95 THEN
           CASE WHEN m.female THEN pg_temp.pick(a.job_f, m.r_job / 0.95) ELSE pg_temp.pick(a.job_m, m.r_job / 0.95) END END,
       CASE WHEN m.r_bio_kind < 0.10 THEN NULL
            WHEN m.r_bio_kind < 0.55 THEN
                pg_temp.pick(a.bio_open, m.r_bio_open) || ' ' || pg_temp.pick(a.bio_topic, m.r_bio_topic) || '. '
                || pg_temp.pick(a.bio_close, m.r_bio_close)
            ELSE
                pg_temp.pick(a.bio_open, m.r_bio_open) || ' ' || pg_temp.pick(a.bio_topic, m.r_bio_topic) || ' et '
                || pg_temp.pick(a.bio_topic, m.r_bio_topic2) || '. ' || pg_temp.pick(a.bio_close, m.r_bio_close)
                || ' Avant, j''ai travaillé plusieurs années sur ' || pg_temp.pick(a.bio_topic, m.r_bio_close) || '.'
       END,
       m.r_wants < 0.30,
       m.r_mentor < 0.20,
       CASE WHEN m.r_mentor < 0.20 THEN 1 + floor(m.r_capacity * 5)::int ELSE 0 END,
       CASE WHEN m.r_mentor < 0.20 THEN pg_temp.pick(ARRAY['Une heure par mois', 'Le mardi midi', 'Deux heures par mois, à distance',
                                                           'Ponctuellement, sur rendez-vous'], m.r_capacity) END,
       CASE WHEN m.r_tchap < 0.40 THEN '@' || lower(translate(immutable_unaccent(m.first_name || '.' || m.last_name), ' ''', '--'))
                                            || '-' || m.i || ':agent.tchap.gouv.fr' END,
       CASE WHEN m.r_visible < 0.97 THEN 'COMMUNITY' ELSE 'PRIVATE' END,
       false,
       c.created_at, c.created_at, NULL
FROM bench_member m
CROSS JOIN bench_arrays a
CROSS JOIN LATERAL (SELECT timestamptz '2026-01-01 00:00+00' - m.r_created * interval '1000 days' AS created_at) c
ORDER BY m.i;
SELECT round(extract(epoch FROM clock_timestamp() - :'t_members'::timestamptz)::numeric, 1) AS members_s \gset

SELECT clock_timestamp() AS t_skills \gset
\echo '-- inserting member skills (statement trigger recomputes search_vector of every member)'
INSERT INTO member_skill (member_id, skill_code, level)
SELECT id, code,
       CASE WHEN r_level < 0.30 THEN 1 WHEN r_level < 0.65 THEN 2 WHEN r_level < 0.90 THEN 3 ELSE 4 END
FROM (SELECT m.id, m.skill_count, w.code, random() AS r_level,
             row_number() OVER (PARTITION BY m.i ORDER BY -ln(1.0 - random()) / w.weight) AS rn
      FROM bench_member m CROSS JOIN bench_skill_weight w) ranked
WHERE rn <= skill_count;
SELECT round(extract(epoch FROM clock_timestamp() - :'t_skills'::timestamptz)::numeric, 1) AS skills_s \gset

SELECT count(*) AS members,
       count(*) FILTER (WHERE visibility = 'COMMUNITY') AS visible,
       count(*) FILTER (WHERE can_mentor) AS can_mentor,
       count(*) FILTER (WHERE wants_mentor) AS wants_mentor,
       (SELECT count(*) FROM member_skill) AS member_skills,
       count(*) FILTER (WHERE search_vector = ''::tsvector) AS empty_search_vectors
FROM member WHERE NOT is_demo;

\echo GENERATION members_s=:members_s skills_s=:skills_s
