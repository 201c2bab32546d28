-- Event calendars: the personal feed's secret, the mails' attachments (the .ics of a confirmation) and the reminders
-- already sent. Needs V18 (event, event_registration).

-- A member's personal calendar address (GET /me/calendar.ics?token=…): the token is the credential, so only its
-- SHA-256 is kept. One per member; rotating it replaces the row (the old address stops at once), revoking deletes it.
CREATE TABLE event_calendar_feed (
    member_id   uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    token_hash  text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- A mail may carry one file (the event's .ics with a registration's confirmation). It goes with the text once the
-- mail is sent: it holds the online link of the event, meant for the recipient only.
ALTER TABLE mail_outbox
    ADD COLUMN attachment_name  text CHECK (attachment_name ~ '^[A-Za-z0-9._-]{1,100}$'),
    ADD COLUMN attachment_type  text CHECK (length(attachment_type) BETWEEN 3 AND 200),
    ADD COLUMN attachment       bytea CHECK (octet_length(attachment) <= 1048576),
    ADD CONSTRAINT mail_outbox_attachment_whole CHECK (num_nulls(attachment_name, attachment_type, attachment) IN (0, 3));

-- The reminders 24 hours and 1 hour before an event, each sent once per event, start and member: whoever inserts the
-- row owns the reminder (INSERT … ON CONFLICT DO NOTHING), so that several instances running the job send it once.
-- An event moved to another start is reminded of again, at its new time.
CREATE TABLE event_reminder_sent (
    kind       text NOT NULL CHECK (kind IN ('EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR')),
    event_id   uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    member_id  uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    -- The start the reminder was about.
    starts_at  timestamptz NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, event_id, member_id, starts_at)
);
CREATE INDEX event_reminder_sent_member_idx ON event_reminder_sent (member_id);
-- What the job looks at: the planned events about to start.
CREATE INDEX event_starts_idx ON event (starts_at) WHERE status = 'PLANNED';
