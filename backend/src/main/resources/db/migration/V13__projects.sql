-- Shared projects on open data: the project, the skills it seeks, its team and the requests to join it.
-- The service checks every rule under a lock on the project row and explains it in French; these are the
-- database's own guarantees behind them.

-- A topic is a short lower-case label; the array holds no duplicate and no empty label.
CREATE FUNCTION project_topics_valid(topics text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT cardinality(topics) <= 10
       AND NOT EXISTS (SELECT 1 FROM unnest(topics) AS t
                        WHERE t IS NULL OR length(t) NOT BETWEEN 1 AND 40 OR t <> lower(btrim(t)))
       AND cardinality(topics) = (SELECT count(DISTINCT t) FROM unnest(topics) AS t)
$$;

CREATE TABLE project (
    id                    uuid PRIMARY KEY,
    title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 120),
    summary               text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 300),
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    topics                text[] NOT NULL DEFAULT '{}' CHECK (project_topics_valid(topics)),
    languages             text NOT NULL CHECK (languages IN ('PYTHON', 'R', 'BOTH')),
    welcomes_beginners    boolean NOT NULL DEFAULT false,
    status                text NOT NULL DEFAULT 'IDEA'
                          CHECK (status IN ('IDEA', 'RECRUITING', 'IN_PROGRESS', 'DONE', 'ARCHIVED')),
    repository_url        text CHECK (repository_url ~ '^https://[^\s/]+' AND length(repository_url) <= 500),
    tchap_room_url        text CHECK (tchap_room_url ~ '^https://[^\s/]+' AND length(tchap_room_url) <= 500),
    max_team_size         smallint CHECK (max_team_size BETWEEN 1 AND 50),
    created_by            uuid NOT NULL REFERENCES member (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    -- The creator's attestation « uniquement des données ouvertes… », and the version of the text they accepted.
    attested_by           uuid NOT NULL REFERENCES member (id),
    attested_at           timestamptz NOT NULL,
    attestation_version   text NOT NULL CHECK (length(attestation_version) BETWEEN 1 AND 40),
    -- Only admins delete, and a deletion is recorded, never a DELETE.
    deleted_at            timestamptz,
    deleted_by            uuid REFERENCES member (id),
    search_vector         tsvector NOT NULL DEFAULT ''::tsvector,
    CONSTRAINT project_deletion_recorded CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX project_live_created_idx ON project (created_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX project_search_idx ON project USING gin (search_vector);
CREATE INDEX project_topics_idx ON project USING gin (topics);
CREATE INDEX project_created_by_idx ON project (created_by);
CREATE INDEX project_attested_by_idx ON project (attested_by);
CREATE INDEX project_deleted_by_idx ON project (deleted_by);

-- The search document: the title first, then the summary and topics, then the description.
CREATE FUNCTION project_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector('french_unaccent', NEW.title), 'A')
        || setweight(to_tsvector('french_unaccent', NEW.summary || ' ' || array_to_string(NEW.topics, ' ')), 'B')
        || setweight(to_tsvector('french_unaccent', NEW.description), 'C');
    RETURN NEW;
END $$;

CREATE TRIGGER project_search_trg BEFORE INSERT OR UPDATE OF title, summary, topics, description ON project
    FOR EACH ROW EXECUTE FUNCTION project_refresh_search();

-- The skills a project seeks, with the level it wants (the levels of member skills).
CREATE TABLE project_skill (
    project_id  uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    skill_code  text NOT NULL REFERENCES skill (code),
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    PRIMARY KEY (project_id, skill_code)
);
CREATE INDEX project_skill_skill_idx ON project_skill (skill_code, level, project_id);

-- The team. Members are never deleted (an erased member is anonymised), so no cascade from member.
CREATE TABLE project_member (
    project_id  uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    member_id   uuid NOT NULL REFERENCES member (id),
    role        text NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
    joined_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, member_id)
);
CREATE INDEX project_member_member_idx ON project_member (member_id);

-- A team with members always has a lead. The project row is locked first, so that two leads demoting each
-- other (or leaving) at once are checked one after the other: the second sees the first's change.
CREATE FUNCTION project_member_check_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM project WHERE id = OLD.project_id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM project_member WHERE project_id = OLD.project_id)
       AND NOT EXISTS (SELECT 1 FROM project_member WHERE project_id = OLD.project_id AND role = 'LEAD') THEN
        RAISE EXCEPTION 'project % would be left without a lead', OLD.project_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'project_keeps_a_lead';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER project_member_lead_trg AFTER UPDATE OF role OR DELETE ON project_member
    FOR EACH ROW WHEN (OLD.role = 'LEAD') EXECUTE FUNCTION project_member_check_lead();

-- The team never grows past the project's maximum, also under concurrent acceptances: the project row is locked
-- before counting, so that the acceptances for the last place are counted one after the other.
CREATE FUNCTION project_member_check_size() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    maximum smallint;
    taken   bigint;
BEGIN
    SELECT max_team_size INTO maximum FROM project WHERE id = NEW.project_id FOR UPDATE;
    IF maximum IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT count(*) INTO taken FROM project_member WHERE project_id = NEW.project_id;
    IF taken + 1 > maximum THEN
        RAISE EXCEPTION 'project % is full (% of %)', NEW.project_id, taken, maximum
            USING ERRCODE = 'P0001', CONSTRAINT = 'project_team_size';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER project_member_size_trg BEFORE INSERT ON project_member
    FOR EACH ROW EXECUTE FUNCTION project_member_check_size();

-- The maximum cannot be set below the team already there.
CREATE FUNCTION project_check_max_team_size() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.max_team_size IS NOT NULL
       AND (SELECT count(*) FROM project_member WHERE project_id = NEW.id) > NEW.max_team_size THEN
        RAISE EXCEPTION 'project % has more members than %', NEW.id, NEW.max_team_size
            USING ERRCODE = 'P0001', CONSTRAINT = 'project_team_size';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER project_max_team_size_trg BEFORE UPDATE OF max_team_size ON project
    FOR EACH ROW EXECUTE FUNCTION project_check_max_team_size();

-- A member's requests to join a project, and the lead's answer. One pending request per member and project.
CREATE TABLE project_join_request (
    id            uuid PRIMARY KEY,
    project_id    uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    member_id     uuid NOT NULL REFERENCES member (id),
    message       text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 2000),
    state         text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    answered_by   uuid REFERENCES member (id),
    answered_at   timestamptz,
    answer_reason text CHECK (length(answer_reason) <= 2000),
    CONSTRAINT project_join_request_answered CHECK ((state = 'PENDING') = (answered_at IS NULL)),
    CONSTRAINT project_join_request_decline_reason CHECK (state <> 'DECLINED' OR length(btrim(answer_reason)) > 0)
);
CREATE UNIQUE INDEX project_join_request_pending_key ON project_join_request (project_id, member_id)
    WHERE state = 'PENDING';
CREATE INDEX project_join_request_project_idx ON project_join_request (project_id, created_at);
CREATE INDEX project_join_request_member_idx ON project_join_request (member_id);
CREATE INDEX project_join_request_answered_by_idx ON project_join_request (answered_by);

-- The team's news reach its members (in the app; by mail for requests and answers, which members may turn off).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED'));
