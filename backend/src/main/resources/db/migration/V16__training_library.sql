-- The training library: resources (courses, tutorials, videos, books…) that members propose and animateurs publish,
-- the members' ratings, bookmarks and « done » marks. The service checks every rule under a lock on the resource
-- row and explains it in French; these are the database's own guarantees behind them.

-- Topics are skill codes of the referential; this one was missing for the resources about one's tools.
INSERT INTO skill (code, name, category, position) VALUES
 ('environnement-de-travail', 'Environnement de travail', 'OUTIL', 21);

-- Between one and six distinct skill codes (each one is checked against the referential by the service, and the
-- skill table is never shrunk).
CREATE FUNCTION training_resource_topics_valid(topics text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT cardinality(topics) BETWEEN 1 AND 6
       AND NOT EXISTS (SELECT 1 FROM unnest(topics) AS t WHERE t IS NULL OR length(t) NOT BETWEEN 1 AND 40)
       AND cardinality(topics) = (SELECT count(DISTINCT t) FROM unnest(topics) AS t)
$$;

CREATE TABLE training_resource (
    id                    uuid PRIMARY KEY,
    title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
    url                   text NOT NULL CHECK (url ~ '^https://[^\s/]+' AND length(url) <= 2000),
    -- The address as compared for duplicates (ResourceUrls.normalize): a resource is in the library once.
    normalized_url        text NOT NULL CHECK (length(normalized_url) BETWEEN 1 AND 2000),
    type                  text NOT NULL CHECK (type IN ('COURSE', 'TUTORIAL', 'VIDEO', 'BOOK', 'NOTEBOOK', 'EXERCISE',
                                                        'DOCUMENTATION', 'TOOL')),
    programming_language  text NOT NULL CHECK (programming_language IN ('PYTHON', 'R', 'BOTH', 'NONE')),
    level                 text NOT NULL CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    topics                text[] NOT NULL CHECK (training_resource_topics_valid(topics)),
    content_language      text NOT NULL CHECK (content_language IN ('FR', 'EN')),
    duration_minutes      integer CHECK (duration_minutes BETWEEN 1 AND 100000),
    free                  boolean NOT NULL,
    author                text CHECK (length(author) BETWEEN 1 AND 200),
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    status                text NOT NULL CHECK (status IN ('PROPOSED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
    -- Null once the proposer's account is erased (the published resource stays, it is the community's).
    proposed_by           uuid REFERENCES member (id),
    proposed_at           timestamptz NOT NULL DEFAULT now(),
    published_at          timestamptz,
    moderated_by          uuid REFERENCES member (id),
    moderated_at          timestamptz,
    -- Why it was rejected or withdrawn; shown to the proposer and the animateurs.
    moderation_note       text CHECK (length(moderation_note) <= 1000),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    -- The ratings' sum and count, kept with the ratings in the same transaction under this row's lock.
    rating_sum            integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
    rating_count          integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    search_vector         tsvector NOT NULL DEFAULT ''::tsvector,
    -- A resource that was ever published has a publication date; a published one always has.
    CONSTRAINT training_resource_published_dated CHECK (status NOT IN ('PUBLISHED', 'WITHDRAWN') OR published_at IS NOT NULL),
    CONSTRAINT training_resource_rating_bounds CHECK (rating_sum BETWEEN rating_count AND 5 * rating_count)
);
-- One live resource per address; a rejected one does not count, so that its address may be proposed again.
CREATE UNIQUE INDEX training_resource_url_key ON training_resource (normalized_url) WHERE status <> 'REJECTED';
CREATE INDEX training_resource_search_idx ON training_resource USING gin (search_vector);
CREATE INDEX training_resource_topics_idx ON training_resource USING gin (topics);
-- The newest published first, and the facets' columns: without a search, the facet and topic counts read this index
-- alone (index-only scan, a tenth of the table's size; bench/README.md).
CREATE INDEX training_resource_published_idx ON training_resource (published_at DESC, id)
    INCLUDE (type, programming_language, level, content_language, free, topics) WHERE status = 'PUBLISHED';
CREATE INDEX training_resource_proposed_idx ON training_resource (proposed_at, id) WHERE status = 'PROPOSED';
CREATE INDEX training_resource_proposed_by_idx ON training_resource (proposed_by, proposed_at DESC);
CREATE INDEX training_resource_moderated_by_idx ON training_resource (moderated_by);

-- The search document: the title first, then the topics (their codes and names), the author, then the description.
CREATE FUNCTION training_resource_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector('french_unaccent', NEW.title), 'A')
        || setweight(to_tsvector('french_unaccent',
               array_to_string(NEW.topics, ' ') || ' '
               || coalesce((SELECT string_agg(s.name, ' ') FROM skill s WHERE s.code = ANY (NEW.topics)), '')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce(NEW.author, '')), 'C')
        || setweight(to_tsvector('french_unaccent', NEW.description), 'D');
    RETURN NEW;
END $$;

CREATE TRIGGER training_resource_search_trg BEFORE INSERT OR UPDATE OF title, topics, author, description
    ON training_resource FOR EACH ROW EXECUTE FUNCTION training_resource_refresh_search();

-- One rating per member and resource. Members are never deleted (an erased member is anonymised and their ratings
-- removed), so no cascade from member.
CREATE TABLE training_resource_rating (
    resource_id  uuid NOT NULL REFERENCES training_resource (id) ON DELETE CASCADE,
    member_id    uuid NOT NULL REFERENCES member (id),
    stars        smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment      text CHECK (length(comment) <= 2000),
    rated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (resource_id, member_id)
);
CREATE INDEX training_resource_rating_list_idx ON training_resource_rating (resource_id, rated_at DESC, member_id);
CREATE INDEX training_resource_rating_member_idx ON training_resource_rating (member_id);

CREATE TABLE training_resource_bookmark (
    resource_id    uuid NOT NULL REFERENCES training_resource (id) ON DELETE CASCADE,
    member_id      uuid NOT NULL REFERENCES member (id),
    bookmarked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, resource_id)
);
CREATE INDEX training_resource_bookmark_list_idx ON training_resource_bookmark (member_id, bookmarked_at DESC);
CREATE INDEX training_resource_bookmark_resource_idx ON training_resource_bookmark (resource_id);

CREATE TABLE training_resource_done (
    resource_id  uuid NOT NULL REFERENCES training_resource (id) ON DELETE CASCADE,
    member_id    uuid NOT NULL REFERENCES member (id),
    done_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, resource_id)
);
CREATE INDEX training_resource_done_resource_idx ON training_resource_done (resource_id);

-- The proposer hears of the moderation (in the app, and by mail unless turned off).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED'));
