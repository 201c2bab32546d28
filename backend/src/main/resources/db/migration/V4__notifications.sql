-- Notifications: in-app messages, e-mail preferences, and the reminders already sent.

CREATE TABLE notification (
    id             uuid PRIMARY KEY,
    member_id      uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN (
                       'MENTORSHIP_REQUESTED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
                       'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
                       'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'FEEDBACK_ASKED',
                       'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK')),
    mentorship_id  uuid REFERENCES mentorship (id) ON DELETE CASCADE,
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 3000),
    -- A front-end path, never an absolute address: the front end chooses its own origin.
    link           text NOT NULL CHECK (link ~ '^/[^/]'),
    created_at     timestamptz NOT NULL DEFAULT now(),
    read_at        timestamptz
);
-- The list, newest first, and the unread count of the bell.
CREATE INDEX notification_member_created_idx ON notification (member_id, created_at DESC, id DESC);
CREATE INDEX notification_member_unread_idx ON notification (member_id) WHERE read_at IS NULL;
CREATE INDEX notification_mentorship_idx ON notification (mentorship_id);

-- The kinds of mail a member turned off. Only kinds that are mailed may be turned off.
CREATE TABLE member_email_opt_out (
    member_id  uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN (
                   'MENTORSHIP_REQUESTED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
                   'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
                   'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK')),
    PRIMARY KEY (member_id, kind)
);

-- One row per reminder ever sent. Whoever inserts the row (INSERT … ON CONFLICT DO NOTHING)
-- sends the reminder, in the same transaction: two backend instances cannot both send it.
CREATE TABLE reminder_sent (
    kind           text NOT NULL CHECK (kind IN ('REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK')),
    mentorship_id  uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    member_id      uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    sent_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, mentorship_id, member_id)
);
CREATE INDEX reminder_sent_member_idx ON reminder_sent (member_id);
