-- Mentorship: requests, pairings, their history, goals, sessions and feedback.

CREATE TABLE mentorship (
    id                uuid PRIMARY KEY,
    mentee_id         uuid NOT NULL REFERENCES member (id),
    mentor_id         uuid NOT NULL REFERENCES member (id),
    status            text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'COMPLETED', 'CANCELLED')),
    message           text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    proposed_by_programme boolean NOT NULL DEFAULT false,
    requested_at      timestamptz NOT NULL DEFAULT now(),
    started_at        timestamptz,
    planned_end_date  date,
    ended_at          timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (mentee_id <> mentor_id)
);
-- At most one open request or pairing between two members.
CREATE UNIQUE INDEX mentorship_open_pair_key ON mentorship (mentee_id, mentor_id)
    WHERE status IN ('PENDING', 'ACCEPTED', 'PAUSED');
-- A mentee has at most one active (or paused) pairing.
CREATE UNIQUE INDEX mentorship_active_mentee_key ON mentorship (mentee_id)
    WHERE status IN ('ACCEPTED', 'PAUSED');
CREATE INDEX mentorship_mentor_status_idx ON mentorship (mentor_id, status);
CREATE INDEX mentorship_mentee_status_idx ON mentorship (mentee_id, status);
CREATE INDEX mentorship_pending_idx ON mentorship (requested_at) WHERE status = 'PENDING';

-- A mentor's active and paused pairings never exceed the capacity they declared. The mentor's
-- row is locked first, so concurrent acceptances are settled one after the other.
CREATE FUNCTION mentorship_check_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    capacity smallint;
    taken    int;
BEGIN
    IF NEW.status NOT IN ('ACCEPTED', 'PAUSED') OR (TG_OP = 'UPDATE' AND OLD.status IN ('ACCEPTED', 'PAUSED')) THEN
        RETURN NEW;
    END IF;
    SELECT mentor_capacity INTO capacity FROM member WHERE id = NEW.mentor_id FOR UPDATE;
    SELECT count(*) INTO taken FROM mentorship
     WHERE mentor_id = NEW.mentor_id AND status IN ('ACCEPTED', 'PAUSED') AND id <> NEW.id;
    IF taken + 1 > capacity THEN
        RAISE EXCEPTION 'mentor % is at capacity (% of %)', NEW.mentor_id, taken, capacity
            USING ERRCODE = 'P0001', CONSTRAINT = 'mentorship_mentor_capacity';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER mentorship_capacity_trg BEFORE INSERT OR UPDATE OF status ON mentorship
    FOR EACH ROW EXECUTE FUNCTION mentorship_check_capacity();

-- Who changed what, when and why: visible to both parties.
CREATE TABLE mentorship_event (
    id             uuid PRIMARY KEY,
    mentorship_id  uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    actor_id       uuid REFERENCES member (id),
    from_status    text,
    to_status      text NOT NULL,
    reason         text,
    comment        text CHECK (length(comment) <= 2000),
    occurred_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentorship_event_mentorship_idx ON mentorship_event (mentorship_id, occurred_at);

CREATE TABLE mentorship_goal (
    id             uuid PRIMARY KEY,
    mentorship_id  uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    details        text CHECK (length(details) <= 2000),
    done_at        timestamptz,
    position       int NOT NULL,
    created_by     uuid REFERENCES member (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentorship_goal_mentorship_idx ON mentorship_goal (mentorship_id, position);

CREATE TABLE mentorship_goal_comment (
    id          uuid PRIMARY KEY,
    goal_id     uuid NOT NULL REFERENCES mentorship_goal (id) ON DELETE CASCADE,
    author_id   uuid REFERENCES member (id),
    body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentorship_goal_comment_goal_idx ON mentorship_goal_comment (goal_id, created_at);

CREATE TABLE mentorship_session (
    id                uuid PRIMARY KEY,
    mentorship_id     uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    held_on           date NOT NULL,
    duration_minutes  int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    topics            text NOT NULL CHECK (length(topics) BETWEEN 1 AND 500),
    notes             text CHECK (length(notes) <= 5000),
    created_by        uuid REFERENCES member (id),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentorship_session_mentorship_idx ON mentorship_session (mentorship_id, held_on);

-- Each side rates a finished pairing once.
CREATE TABLE mentorship_feedback (
    mentorship_id  uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    author_id      uuid NOT NULL REFERENCES member (id),
    rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        text CHECK (length(comment) <= 2000),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mentorship_id, author_id)
);
