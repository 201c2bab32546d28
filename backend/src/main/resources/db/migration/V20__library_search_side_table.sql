-- The library search reads a narrow copy of the published resources: the search document, the facets and what the
-- sorts need. A broad search reads tens of thousands of matches twice (the page, the facet counts); on
-- training_resource each match costs a visit to a wide row (descriptions, addresses, moderation), here a third of
-- the pages (bench/README.md, « Library search at 50k resources »).

-- Each skill's bit in a resource's topic set, so that the search counts the topics with one integer test per topic
-- and match instead of unnesting and hashing texts. A migration that adds a skill gives it the next free bit.
ALTER TABLE skill ADD COLUMN search_bit smallint CHECK (search_bit BETWEEN 0 AND 62);
UPDATE skill SET search_bit = s.bit
FROM (SELECT code, row_number() OVER (ORDER BY position, code) - 1 AS bit FROM skill) AS s
WHERE skill.code = s.code;
ALTER TABLE skill ALTER COLUMN search_bit SET NOT NULL, ADD CONSTRAINT skill_search_bit_key UNIQUE (search_bit);

-- Every combination of the fixed facets' values, numbered: the search groups its matches by one small number instead
-- of five texts, then reads the values back here. A migration that adds a value to a facet adds its combinations.
CREATE TABLE training_resource_facet_cell (
    id                    smallint PRIMARY KEY,
    type                  text NOT NULL,
    programming_language  text NOT NULL,
    level                 text NOT NULL,
    content_language      text NOT NULL,
    free                  boolean NOT NULL,
    UNIQUE (type, programming_language, level, content_language, free),
    -- The target of the search table's foreign key, which keeps its cell and its values in agreement.
    UNIQUE (id, type, programming_language, level, content_language, free)
);
INSERT INTO training_resource_facet_cell (id, type, programming_language, level, content_language, free)
SELECT row_number() OVER (ORDER BY t.type, pl.language, l.level, cl.language, f.free), t.type, pl.language, l.level,
       cl.language, f.free
FROM (VALUES ('COURSE'), ('TUTORIAL'), ('VIDEO'), ('BOOK'), ('NOTEBOOK'), ('EXERCISE'), ('DOCUMENTATION'),
             ('TOOL')) AS t(type),
     (VALUES ('PYTHON'), ('R'), ('BOTH'), ('NONE')) AS pl(language),
     (VALUES ('BEGINNER'), ('INTERMEDIATE'), ('ADVANCED')) AS l(level),
     (VALUES ('FR'), ('EN')) AS cl(language),
     (VALUES (true), (false)) AS f(free);

-- Kept by a trigger in the transaction that changes the resource, so that the search never sees another state. The
-- filters read the values, the counts their cell.
CREATE TABLE training_resource_search (
    id                    uuid PRIMARY KEY REFERENCES training_resource (id) ON DELETE CASCADE,
    search_vector         tsvector NOT NULL,
    type                  text NOT NULL,
    programming_language  text NOT NULL,
    level                 text NOT NULL,
    content_language      text NOT NULL,
    free                  boolean NOT NULL,
    facet_cell            smallint NOT NULL,
    topic_bits            bigint NOT NULL,
    published_at          timestamptz NOT NULL,
    rating_sum            integer NOT NULL,
    rating_count          integer NOT NULL,
    CONSTRAINT training_resource_search_facet_cell_fkey
        FOREIGN KEY (facet_cell, type, programming_language, level, content_language, free)
        REFERENCES training_resource_facet_cell (id, type, programming_language, level, content_language, free)
);
CREATE INDEX training_resource_search_document_idx ON training_resource_search USING gin (search_vector);
-- The newest first, and the facets: without a search, the counts read this index alone.
CREATE INDEX training_resource_search_newest_idx ON training_resource_search (published_at DESC, id)
    INCLUDE (facet_cell, type, programming_language, level, content_language, free, topic_bits);

CREATE FUNCTION training_resource_topic_bits(topics text[]) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce(bit_or(1::bigint << s.search_bit), 0) FROM skill s WHERE s.code = ANY (topics)
$$;

CREATE FUNCTION training_resource_sync_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'PUBLISHED' THEN
        INSERT INTO training_resource_search AS s (id, search_vector, type, programming_language, level,
                content_language, free, facet_cell, topic_bits, published_at, rating_sum, rating_count)
        SELECT NEW.id, NEW.search_vector, NEW.type, NEW.programming_language, NEW.level, NEW.content_language,
               NEW.free, c.id, training_resource_topic_bits(NEW.topics), NEW.published_at, NEW.rating_sum,
               NEW.rating_count
        FROM training_resource_facet_cell c
        WHERE c.type = NEW.type AND c.programming_language = NEW.programming_language AND c.level = NEW.level
          AND c.content_language = NEW.content_language AND c.free = NEW.free
        ON CONFLICT (id) DO UPDATE SET search_vector = EXCLUDED.search_vector, type = EXCLUDED.type,
            programming_language = EXCLUDED.programming_language, level = EXCLUDED.level,
            content_language = EXCLUDED.content_language, free = EXCLUDED.free, facet_cell = EXCLUDED.facet_cell,
            topic_bits = EXCLUDED.topic_bits, published_at = EXCLUDED.published_at,
            rating_sum = EXCLUDED.rating_sum, rating_count = EXCLUDED.rating_count;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no facet cell for % % % % %', NEW.type, NEW.programming_language, NEW.level,
                NEW.content_language, NEW.free USING ERRCODE = 'foreign_key_violation',
                CONSTRAINT = 'training_resource_search_facet_cell_fkey';
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' THEN
        DELETE FROM training_resource_search WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

-- AFTER, so that the copy holds the search_vector that the BEFORE trigger computed.
CREATE TRIGGER training_resource_sync_search_trg AFTER INSERT OR UPDATE ON training_resource
    FOR EACH ROW EXECUTE FUNCTION training_resource_sync_search();

INSERT INTO training_resource_search (id, search_vector, type, programming_language, level, content_language, free,
        facet_cell, topic_bits, published_at, rating_sum, rating_count)
SELECT r.id, r.search_vector, r.type, r.programming_language, r.level, r.content_language, r.free, c.id,
       training_resource_topic_bits(r.topics), r.published_at, r.rating_sum, r.rating_count
FROM training_resource r
JOIN training_resource_facet_cell c ON c.type = r.type AND c.programming_language = r.programming_language
     AND c.level = r.level AND c.content_language = r.content_language AND c.free = r.free
WHERE r.status = 'PUBLISHED';

-- The search no longer reads these on the wide table.
DROP INDEX training_resource_search_idx;
DROP INDEX training_resource_published_idx;
