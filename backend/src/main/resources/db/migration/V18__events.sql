-- Events and webinars: what animateurs organise, who registers, who waits for a seat and who came.
-- The service checks every rule under a lock on the event row and explains it in French; these are the database's
-- own guarantees behind them: a seat count that never exceeds the capacity, one registration per member and event,
-- and a waitlist served in the order of registration.

-- Zero to six distinct skill codes (each one checked against the referential by the service).
CREATE FUNCTION event_topics_valid(topics text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT cardinality(topics) <= 6
       AND NOT EXISTS (SELECT 1 FROM unnest(topics) AS t WHERE t IS NULL OR length(t) NOT BETWEEN 1 AND 40)
       AND cardinality(topics) = (SELECT count(DISTINCT t) FROM unnest(topics) AS t)
$$;

CREATE TABLE event (
    id                    uuid PRIMARY KEY,
    title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 150),
    -- Safe Markdown, rendered and sanitised as the projects' descriptions.
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    type                  text NOT NULL CHECK (type IN ('WEBINAR', 'WORKSHOP', 'MEETUP', 'PROJECT_SHOWCASE')),
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    -- Shown only to confirmed registrants and organisers.
    online_url            text CHECK (online_url ~ '^https://[^\s/]+' AND length(online_url) <= 2000),
    place                 text CHECK (length(btrim(place)) BETWEEN 1 AND 200),
    -- Null: unlimited.
    capacity              integer CHECK (capacity BETWEEN 1 AND 10000),
    -- Null: every level.
    level                 text CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    language              text NOT NULL CHECK (language IN ('PYTHON', 'R', 'BOTH', 'NONE')),
    topics                text[] NOT NULL DEFAULT '{}' CHECK (event_topics_valid(topics)),
    -- A project is only ever soft-deleted, so the link never dangles; a path may be (drafts are deleted).
    project_id            uuid REFERENCES project (id),
    path_id               uuid REFERENCES learning_path (id) ON DELETE SET NULL,
    status                text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'CANCELLED')),
    cancellation_reason   text CHECK (length(btrim(cancellation_reason)) BETWEEN 3 AND 500),
    cancelled_at          timestamptz,
    replay_url            text CHECK (replay_url ~ '^https://[^\s/]+' AND length(replay_url) <= 2000),
    slides_url            text CHECK (slides_url ~ '^https://[^\s/]+' AND length(slides_url) <= 2000),
    -- When the mail announcing the replay went out (once per event).
    replay_announced_at   timestamptz,
    -- The iCalendar SEQUENCE: +1 on every change a calendar shows (times, title, place, link, status).
    sequence              integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    -- Null once the organiser's account is erased: the event stays, it is the community's.
    created_by            uuid REFERENCES member (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    -- The confirmed registrations, kept by the trigger below in the registration's own transaction.
    confirmed_count       integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
    search_vector         tsvector NOT NULL DEFAULT ''::tsvector,
    CONSTRAINT event_times_valid CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '3 days'),
    CONSTRAINT event_has_location CHECK (online_url IS NOT NULL OR place IS NOT NULL),
    -- Never more confirmed seats than the capacity, whatever the application does.
    CONSTRAINT event_capacity_respected CHECK (capacity IS NULL OR confirmed_count <= capacity),
    CONSTRAINT event_cancellation_recorded CHECK (
        (status = 'CANCELLED') = (cancellation_reason IS NOT NULL AND cancelled_at IS NOT NULL))
);
CREATE INDEX event_upcoming_idx ON event (ends_at, starts_at, id);
CREATE INDEX event_past_idx ON event (ends_at DESC, starts_at DESC, id);
CREATE INDEX event_search_idx ON event USING gin (search_vector);
CREATE INDEX event_topics_idx ON event USING gin (topics);
CREATE INDEX event_created_by_idx ON event (created_by);
CREATE INDEX event_project_idx ON event (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX event_path_idx ON event (path_id) WHERE path_id IS NOT NULL;

-- The search document: the title first, then the topics (codes and names), then the description.
CREATE FUNCTION event_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector('french_unaccent', NEW.title), 'A')
        || setweight(to_tsvector('french_unaccent',
               array_to_string(NEW.topics, ' ') || ' '
               || coalesce((SELECT string_agg(s.name, ' ') FROM skill s WHERE s.code = ANY (NEW.topics)), '')), 'B')
        || setweight(to_tsvector('french_unaccent', NEW.description), 'D');
    RETURN NEW;
END $$;

CREATE TRIGGER event_search_trg BEFORE INSERT OR UPDATE OF title, topics, description
    ON event FOR EACH ROW EXECUTE FUNCTION event_refresh_search();

-- The speakers, in order: a member of the community or an external name, never both.
CREATE TABLE event_speaker (
    event_id       uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position       smallint NOT NULL CHECK (position BETWEEN 1 AND 10),
    member_id      uuid REFERENCES member (id),
    external_name  text CHECK (length(btrim(external_name)) BETWEEN 1 AND 150),
    PRIMARY KEY (event_id, position),
    CONSTRAINT event_speaker_one_identity CHECK (num_nonnulls(member_id, external_name) = 1)
);
CREATE INDEX event_speaker_member_idx ON event_speaker (member_id) WHERE member_id IS NOT NULL;

-- The order of registration. A registration takes its number under the event row's lock (SELECT … FOR UPDATE),
-- so numbers follow the order in which registrations were accepted; re-registering after a cancellation takes a
-- new number: the end of the queue.
CREATE SEQUENCE event_registration_queue_seq;

-- One row per member and event: cancelled registrations stay for history (and count as « somebody registered »).
CREATE TABLE event_registration (
    event_id       uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    member_id      uuid NOT NULL REFERENCES member (id),
    status         text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    queue_number   bigint NOT NULL DEFAULT nextval('event_registration_queue_seq'),
    -- When the member last registered (their place in the queue).
    registered_at  timestamptz NOT NULL DEFAULT now(),
    confirmed_at   timestamptz,
    cancelled_at   timestamptz,
    -- Marked by an organiser or by the member's own check-in; only a confirmed registration attends.
    attended_at    timestamptz,
    PRIMARY KEY (event_id, member_id),
    CONSTRAINT event_registration_queue_key UNIQUE (queue_number),
    CONSTRAINT event_registration_confirmation_recorded CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL),
    CONSTRAINT event_registration_cancellation_recorded CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CONSTRAINT event_registration_attendance_confirmed CHECK (attended_at IS NULL OR status = 'CONFIRMED')
);
ALTER SEQUENCE event_registration_queue_seq OWNED BY event_registration.queue_number;
-- The waitlist, in order: the first to promote is the first row of this index.
CREATE INDEX event_registration_waitlist_idx ON event_registration (event_id, queue_number) WHERE status = 'WAITLISTED';
CREATE INDEX event_registration_member_idx ON event_registration (member_id, event_id);

-- The confirmed seats, counted by the database itself in the registration's transaction: the event's CHECK then
-- refuses any change that would confirm more members than the capacity.
CREATE FUNCTION event_registration_count_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was integer := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'CONFIRMED' THEN 1 ELSE 0 END;
    now_ integer := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'CONFIRMED' THEN 1 ELSE 0 END;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.event_id <> NEW.event_id THEN
        RAISE EXCEPTION 'a registration never moves to another event';
    END IF;
    IF now_ - was <> 0 THEN
        UPDATE event SET confirmed_count = confirmed_count + (now_ - was)
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.event_id ELSE NEW.event_id END;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER event_registration_count_trg AFTER INSERT OR UPDATE OF status OR DELETE ON event_registration
    FOR EACH ROW EXECUTE FUNCTION event_registration_count_confirmed();

-- What members hear about events (registration, promotion, cancellation, reminders, replay).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED',
    'EVENT_REGISTERED', 'EVENT_WAITLISTED', 'EVENT_PROMOTED', 'EVENT_CANCELLED',
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED',
    'EVENT_REGISTERED', 'EVENT_WAITLISTED', 'EVENT_PROMOTED', 'EVENT_CANCELLED',
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY'));
