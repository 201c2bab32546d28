-- The animateurs' console: the reminders they send from its queues, and the suspension of accounts by admins.

-- A reminder sent from a queue of the console (who, when, about what). A second reminder about the same thing within
-- seven days is refused by the exclusion constraint, whatever the application does (two animateurs at once included).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE animation_reminder (
    id           uuid PRIMARY KEY,
    queue        text NOT NULL CHECK (queue IN ('PENDING_REQUEST', 'STALLED_PAIRING', 'LOW_FEEDBACK',
                                                'PROJECT_WITHOUT_LEAD', 'EVENT_WITHOUT_REPLAY')),
    -- The pairing, project or event the reminder is about.
    target_id    uuid NOT NULL,
    -- Who was reminded: the mentor, the mentee, both parties, the project's team, the event's organiser.
    recipients   text NOT NULL CHECK (recipients IN ('MENTOR', 'MENTEE', 'BOTH', 'TEAM', 'ORGANISER')),
    sent_by      uuid NOT NULL REFERENCES member (id),
    sent_at      timestamptz NOT NULL DEFAULT now(),
    quiet_until  timestamptz NOT NULL,
    CONSTRAINT animation_reminder_quiet_week CHECK (quiet_until = sent_at + interval '7 days'),
    CONSTRAINT animation_reminder_once_a_week EXCLUDE USING gist (
        queue WITH =, target_id WITH =, tstzrange(sent_at, quiet_until) WITH &&)
);
CREATE INDEX animation_reminder_target_idx ON animation_reminder (target_id, sent_at DESC);
CREATE INDEX animation_reminder_sent_by_idx ON animation_reminder (sent_by);

-- A suspended account: its tokens are refused at once and it cannot sign in, until an admin reinstates it (the row
-- is then deleted; both acts are in the audit log with their reason).
CREATE TABLE member_suspension (
    member_id     uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    reason        text NOT NULL CHECK (length(btrim(reason)) BETWEEN 3 AND 500),
    suspended_by  uuid NOT NULL REFERENCES member (id),
    suspended_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (member_id <> suspended_by)
);
CREATE INDEX member_suspension_suspended_by_idx ON member_suspension (suspended_by);

-- The animateurs' reminders reach members in the app (and by mail, which they cannot turn off: it is not a feature's
-- news but the community's organisers writing to them).
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
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY',
    'SURVEY_OPENED', 'ANIMATION_REMINDER'));
