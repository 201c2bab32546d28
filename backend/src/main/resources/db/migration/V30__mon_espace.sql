-- « Mon espace »: the next session a pairing's parties plan, its reminder the day before, and the welcome's dismissal.

-- The next session of a pairing, one at most: set by either party while the pairing is under way, replaced when they
-- plan another, deleted when they cancel it. `sequence` grows at each change, so that a calendar client replaces
-- its copy of the .ics (same UID, higher SEQUENCE).
CREATE TABLE mentorship_next_session (
    mentorship_id     uuid PRIMARY KEY REFERENCES mentorship (id) ON DELETE CASCADE,
    starts_at         timestamptz NOT NULL,
    duration_minutes  int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    place             text CHECK (length(btrim(place)) BETWEEN 1 AND 200),
    video_url         text CHECK (video_url ~ '^https://[^\s/]+' AND length(video_url) <= 2000),
    note              text CHECK (length(note) <= 2000),
    sequence          int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    planned_by        uuid REFERENCES member (id),
    planned_at        timestamptz NOT NULL DEFAULT now()
);
-- What the reminder job looks at: the sessions about to start.
CREATE INDEX mentorship_next_session_starts_idx ON mentorship_next_session (starts_at);

-- The reminder the day before a planned session, sent once per pairing, party and start: whoever inserts the row owns
-- the reminder (INSERT … ON CONFLICT DO NOTHING), so that several instances running the job send it once. A session
-- moved to another start is reminded of again, at its new time.
CREATE TABLE mentorship_session_reminder_sent (
    mentorship_id  uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    member_id      uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    starts_at      timestamptz NOT NULL,
    sent_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mentorship_id, member_id, starts_at)
);
CREATE INDEX mentorship_session_reminder_sent_member_idx ON mentorship_session_reminder_sent (member_id);

-- The member closed the welcome's three first steps before ticking them all.
CREATE TABLE member_welcome_dismissed (
    member_id     uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    dismissed_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'MENTORSHIP_SESSION_PLANNED', 'MENTORSHIP_SESSION_REMINDER',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED',
    'EVENT_REGISTERED', 'EVENT_WAITLISTED', 'EVENT_PROMOTED', 'EVENT_CANCELLED',
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK', 'MENTORSHIP_SESSION_REMINDER',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED',
    'EVENT_REGISTERED', 'EVENT_WAITLISTED', 'EVENT_PROMOTED', 'EVENT_CANCELLED',
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY'));
