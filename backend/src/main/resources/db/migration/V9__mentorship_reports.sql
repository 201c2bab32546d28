-- Reports: a party of a pairing tells the animateurs about a problem. The rest of a pairing is private to its two
-- parties; a report is read by its author and by the supervisors who are not a party, never by the other party.
CREATE TABLE mentorship_report (
    id               uuid PRIMARY KEY,
    mentorship_id    uuid NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    author_id        uuid NOT NULL REFERENCES member (id),
    message          text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000 AND message ~ '\S'),
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    resolved_by      uuid REFERENCES member (id),
    resolution_note  text CHECK (length(resolution_note) BETWEEN 1 AND 2000),
    -- Resolved by someone at some time, or open with nothing of a resolution.
    CONSTRAINT mentorship_report_resolution_check CHECK (
        (status = 'OPEN' AND resolved_at IS NULL AND resolved_by IS NULL AND resolution_note IS NULL)
        OR (status = 'RESOLVED' AND resolved_at IS NOT NULL AND resolved_by IS NOT NULL)),
    CONSTRAINT mentorship_report_resolved_after_check CHECK (resolved_at IS NULL OR resolved_at >= created_at)
);
-- The supervisors' list: by status, newest first.
CREATE INDEX mentorship_report_status_created_idx ON mentorship_report (status, created_at DESC, id DESC);
-- A pairing's reports, and the open ones of each author there (the limit of open reports).
CREATE INDEX mentorship_report_mentorship_idx ON mentorship_report (mentorship_id, author_id, created_at);
CREATE INDEX mentorship_report_author_idx ON mentorship_report (author_id);
CREATE INDEX mentorship_report_resolved_by_idx ON mentorship_report (resolved_by) WHERE resolved_by IS NOT NULL;

-- The animateurs hear of a new report, its author of its resolution: in the app only, never mailed.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED'));
