-- « La Piscine », the weekly challenge: an animateur publishes a task on an open dataset, members submit one entry
-- each while it is open, entries stay hidden until it closes, then members give kudos and kind comments and the
-- animateurs highlight entries. The service checks every rule and explains it in French; these are the database's
-- own guarantees behind them. Every window is judged by the database's clock (now(), the transaction's start).

CREATE TABLE challenge (
    id                  uuid PRIMARY KEY,
    title               text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 120),
    -- The question or task, in Markdown.
    task                text NOT NULL CHECK (length(btrim(task)) BETWEEN 1 AND 20000),
    -- The levels of member skills: 1 (débutant) to 4 (expert).
    suggested_level     smallint NOT NULL CHECK (suggested_level BETWEEN 1 AND 4),
    suggested_language  text NOT NULL CHECK (suggested_language IN ('PYTHON', 'R', 'BOTH')),
    -- The one open dataset of the challenge, as the open-data guard checked it (migration V14). A dataset row
    -- serves one declaration: this challenge's.
    dataset_id          uuid NOT NULL UNIQUE REFERENCES dataset (id),
    opens_at            timestamptz NOT NULL,
    closes_at           timestamptz NOT NULL,
    created_by          uuid NOT NULL REFERENCES member (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    -- Animateurs cancel a challenge before it opens, admins at any time: recorded, never a DELETE.
    deleted_at          timestamptz,
    deleted_by          uuid REFERENCES member (id),
    CONSTRAINT challenge_closes_after_opening CHECK (closes_at > opens_at),
    CONSTRAINT challenge_deletion_recorded CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
-- The three periods: open now, upcoming, past (by closing, newest first).
CREATE INDEX challenge_live_opens_idx ON challenge (opens_at, id) WHERE deleted_at IS NULL;
CREATE INDEX challenge_live_closes_idx ON challenge (closes_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX challenge_created_by_idx ON challenge (created_by);
CREATE INDEX challenge_deleted_by_idx ON challenge (deleted_by);

-- A member's entry: one per member and challenge. A link to a notebook or a repository (https only), or a short
-- text of what they found (one of the two at least); the « vestiaire » flag marks unfinished work shared with what
-- blocked its author.
CREATE TABLE challenge_entry (
    id              uuid PRIMARY KEY,
    challenge_id    uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    member_id       uuid NOT NULL REFERENCES member (id),
    link            text CHECK (link ~ '^https://[^/]' AND length(link) <= 500),
    text            text NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
    language        text NOT NULL CHECK (language IN ('PYTHON', 'R', 'BOTH', 'OTHER')),
    vestiaire       boolean NOT NULL DEFAULT false,
    blocked_by      text CHECK (length(btrim(blocked_by)) BETWEEN 1 AND 2000),
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    highlighted_at  timestamptz,
    highlighted_by  uuid REFERENCES member (id),
    CONSTRAINT challenge_entry_one_per_member UNIQUE (challenge_id, member_id),
    CONSTRAINT challenge_entry_link_or_text CHECK (link IS NOT NULL OR length(btrim(text)) > 0),
    CONSTRAINT challenge_entry_blocked_in_vestiaire CHECK (vestiaire OR blocked_by IS NULL),
    CONSTRAINT challenge_entry_highlight_recorded CHECK ((highlighted_at IS NULL) = (highlighted_by IS NULL))
);
CREATE INDEX challenge_entry_member_idx ON challenge_entry (member_id);
CREATE INDEX challenge_entry_highlighted_by_idx ON challenge_entry (highlighted_by);

-- An entry is written only while its challenge is open: opens_at <= now() < closes_at. The challenge row is
-- locked (shared) first, so that a change of its dates and a submission are checked one after the other. An update
-- that leaves the author's content as it was (an animateur's highlight) is not a submission.
CREATE FUNCTION challenge_entry_check_window() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    opening timestamptz;
    closing timestamptz;
BEGIN
    IF TG_OP = 'UPDATE'
       AND (OLD.link, OLD.text, OLD.language, OLD.vestiaire, OLD.blocked_by, OLD.updated_at)
           IS NOT DISTINCT FROM (NEW.link, NEW.text, NEW.language, NEW.vestiaire, NEW.blocked_by, NEW.updated_at) THEN
        RETURN NEW;
    END IF;
    SELECT opens_at, closes_at INTO opening, closing FROM challenge WHERE id = NEW.challenge_id FOR SHARE;
    IF now() < opening OR now() >= closing THEN
        RAISE EXCEPTION 'challenge % is not open', NEW.challenge_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'challenge_entry_window';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER challenge_entry_window_trg
    BEFORE INSERT OR UPDATE OF link, text, language, vestiaire, blocked_by, updated_at ON challenge_entry
    FOR EACH ROW EXECUTE FUNCTION challenge_entry_check_window();

-- Kudos: one per member and entry, only once the challenge is closed, never on one's own entry.
CREATE TABLE challenge_kudos (
    entry_id   uuid NOT NULL REFERENCES challenge_entry (id) ON DELETE CASCADE,
    member_id  uuid NOT NULL REFERENCES member (id),
    given_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entry_id, member_id)
);
CREATE INDEX challenge_kudos_member_idx ON challenge_kudos (member_id);

CREATE FUNCTION challenge_kudos_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    author  uuid;
    closing timestamptz;
BEGIN
    SELECT e.member_id, c.closes_at INTO author, closing
      FROM challenge_entry e JOIN challenge c ON c.id = e.challenge_id
     WHERE e.id = NEW.entry_id;
    IF author = NEW.member_id THEN
        RAISE EXCEPTION 'kudos on one''s own entry %', NEW.entry_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'challenge_kudos_not_own_entry';
    END IF;
    IF now() < closing THEN
        RAISE EXCEPTION 'kudos before the challenge of entry % closes', NEW.entry_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'challenge_kudos_after_closing';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER challenge_kudos_trg BEFORE INSERT ON challenge_kudos
    FOR EACH ROW EXECUTE FUNCTION challenge_kudos_check();

-- Kind comments on entries, once the challenge is closed. Their author deletes their own, animateurs any:
-- recorded, never a DELETE.
CREATE TABLE challenge_entry_comment (
    id          uuid PRIMARY KEY,
    entry_id    uuid NOT NULL REFERENCES challenge_entry (id) ON DELETE CASCADE,
    author_id   uuid NOT NULL REFERENCES member (id),
    body        text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    deleted_by  uuid REFERENCES member (id),
    CONSTRAINT challenge_entry_comment_deletion_recorded CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX challenge_entry_comment_entry_idx ON challenge_entry_comment (entry_id, created_at, id);
CREATE INDEX challenge_entry_comment_author_idx ON challenge_entry_comment (author_id);
CREATE INDEX challenge_entry_comment_deleted_by_idx ON challenge_entry_comment (deleted_by);

CREATE FUNCTION challenge_entry_comment_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF now() < (SELECT c.closes_at FROM challenge_entry e JOIN challenge c ON c.id = e.challenge_id
                 WHERE e.id = NEW.entry_id) THEN
        RAISE EXCEPTION 'comment before the challenge of entry % closes', NEW.entry_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'challenge_entry_comment_after_closing';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER challenge_entry_comment_trg BEFORE INSERT ON challenge_entry_comment
    FOR EACH ROW EXECUTE FUNCTION challenge_entry_comment_check();

-- What the entries' authors hear of (in the app; by mail too, which members may turn off).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED'));
