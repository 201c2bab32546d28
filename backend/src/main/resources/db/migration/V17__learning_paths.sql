-- Learning paths (« parcours »): an ordered list of library resources, each with the author's note and an optional
-- checkpoint, that members follow and tick step by step; a mentor may link a path to a goal of a pairing.
-- The service checks every rule under a lock on the path row and explains it in French; these are the database's
-- own guarantees behind them.

-- Skill codes of a path: one to five, each once, all known to the referential.
CREATE FUNCTION learning_path_skills_valid(skills text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT cardinality(skills) BETWEEN 1 AND 5
       AND cardinality(skills) = (SELECT count(DISTINCT s) FROM unnest(skills) AS s)
       AND NOT EXISTS (SELECT 1 FROM unnest(skills) AS s WHERE s IS NULL)
$$;

CREATE TABLE learning_path (
    id                    uuid PRIMARY KEY,
    title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 150),
    -- What the learner is able to do at the end (plain text).
    goal                  text NOT NULL CHECK (length(btrim(goal)) BETWEEN 3 AND 1000),
    level                 text NOT NULL CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    programming_language  text NOT NULL CHECK (programming_language IN ('PYTHON', 'R', 'BOTH', 'NONE')),
    skills                text[] NOT NULL CHECK (learning_path_skills_valid(skills)),
    estimated_minutes     int CHECK (estimated_minutes BETWEEN 1 AND 100000),
    status                text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    -- Null once the author's account was erased: a published path stays for its followers.
    author_id             uuid REFERENCES member (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    published_at          timestamptz,
    archived_at           timestamptz,
    search_vector         tsvector NOT NULL DEFAULT ''::tsvector,
    CONSTRAINT learning_path_published_recorded CHECK (status = 'DRAFT' OR published_at IS NOT NULL),
    CONSTRAINT learning_path_archive_recorded CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL)),
    -- A draft has an author: drafts are deleted with their author's account.
    CONSTRAINT learning_path_draft_has_author CHECK (status <> 'DRAFT' OR author_id IS NOT NULL)
);
CREATE INDEX learning_path_published_idx ON learning_path (published_at DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX learning_path_author_idx ON learning_path (author_id, updated_at DESC);
CREATE INDEX learning_path_search_idx ON learning_path USING gin (search_vector);
CREATE INDEX learning_path_skills_idx ON learning_path USING gin (skills);

-- The search document: the title first, then the goal and the skills.
CREATE FUNCTION learning_path_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector('french_unaccent', NEW.title), 'A')
        || setweight(to_tsvector('french_unaccent', array_to_string(NEW.skills, ' ')), 'B')
        || setweight(to_tsvector('french_unaccent', NEW.goal), 'C');
    RETURN NEW;
END $$;

CREATE TRIGGER learning_path_search_trg BEFORE INSERT OR UPDATE OF title, goal, skills ON learning_path
    FOR EACH ROW EXECUTE FUNCTION learning_path_refresh_search();

-- The steps, numbered 1..n without gaps. A move renumbers several steps in one transaction under the path's row
-- lock: the unique position is checked at commit (DEFERRABLE INITIALLY DEFERRED), once the numbering is whole again.
CREATE TABLE learning_path_step (
    id           uuid PRIMARY KEY,
    path_id      uuid NOT NULL REFERENCES learning_path (id) ON DELETE CASCADE,
    resource_id  uuid NOT NULL REFERENCES training_resource (id),
    position     int NOT NULL CHECK (position BETWEEN 1 AND 50),
    note         text CHECK (length(note) <= 4000),
    checkpoint   text CHECK (length(checkpoint) <= 4000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT learning_path_step_position_key UNIQUE (path_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT learning_path_step_resource_key UNIQUE (path_id, resource_id)
);
CREATE INDEX learning_path_step_resource_idx ON learning_path_step (resource_id);

-- At most 50 steps, also under concurrent additions: the path row is locked before counting.
CREATE FUNCTION learning_path_step_check_ceiling() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM learning_path WHERE id = NEW.path_id FOR UPDATE;
    IF (SELECT count(*) FROM learning_path_step WHERE path_id = NEW.path_id) >= 50 THEN
        RAISE EXCEPTION 'learning_path_step_ceiling: path % already has 50 steps', NEW.path_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'learning_path_step_ceiling';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER learning_path_step_ceiling_trg BEFORE INSERT ON learning_path_step
    FOR EACH ROW EXECUTE FUNCTION learning_path_step_check_ceiling();

-- Who follows which path. Unfollowing deletes the row; the ticked steps stay, and count again when the member
-- follows the path anew.
CREATE TABLE learning_path_follow (
    path_id      uuid NOT NULL REFERENCES learning_path (id) ON DELETE CASCADE,
    member_id    uuid NOT NULL REFERENCES member (id),
    followed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (path_id, member_id)
);
CREATE INDEX learning_path_follow_member_idx ON learning_path_follow (member_id, followed_at DESC);

-- The steps a member ticked.
CREATE TABLE learning_path_step_done (
    step_id    uuid NOT NULL REFERENCES learning_path_step (id) ON DELETE CASCADE,
    member_id  uuid NOT NULL REFERENCES member (id),
    done_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (step_id, member_id)
);
CREATE INDEX learning_path_step_done_member_idx ON learning_path_step_done (member_id);

-- A goal of a pairing may point to a path the mentee follows (a published path when it is linked; it may be
-- archived later and stays linked). A path is never deleted once published, so the link never dangles.
ALTER TABLE mentorship_goal ADD COLUMN path_id uuid REFERENCES learning_path (id);
CREATE INDEX mentorship_goal_path_idx ON mentorship_goal (path_id) WHERE path_id IS NOT NULL;
