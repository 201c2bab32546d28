-- The satisfaction survey: campaigns opened by animateurs, answers that cannot be linked to whoever gave them.

-- A campaign of the fixed questionnaire. It is open from its opening until it is closed early (closed_at) or its
-- closing day (Europe/Paris) has passed. `invited` is the number of active members when it opened: the members it
-- was sent to, and the only ones who may answer it (the denominator of the response rate).
CREATE TABLE survey_campaign (
    id          uuid PRIMARY KEY,
    title       text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 120),
    opened_at   timestamptz NOT NULL DEFAULT now(),
    closes_on   date NOT NULL,
    closed_at   timestamptz,
    opened_by   uuid REFERENCES member (id) ON DELETE SET NULL,
    invited     integer NOT NULL CHECK (invited >= 0),
    CHECK (closes_on >= (opened_at AT TIME ZONE 'Europe/Paris')::date),
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
-- At most one campaign not closed at a time. A campaign whose closing day has passed is closed (closed_at set) by
-- the service before another opens.
CREATE UNIQUE INDEX survey_campaign_one_open ON survey_campaign ((true)) WHERE closed_at IS NULL;
CREATE INDEX survey_campaign_opened_idx ON survey_campaign (opened_at DESC, id);

-- That a member answered a campaign, and nothing else: no time, no link to the answer. The key refuses a second
-- answer, also from two requests at once (the second waits for the first and then violates the key).
CREATE TABLE survey_participation (
    campaign_id  uuid NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    member_id    uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT survey_participation_once PRIMARY KEY (campaign_id, member_id)
);
CREATE INDEX survey_participation_member_idx ON survey_participation (member_id);

-- An answer, anonymous: no member id, a random id (never a sequence that would follow the order of the
-- participations), the day alone (no time of day that a log or the participation could be matched against). The
-- member's category and kind of organisation at answer time allow segments, shown only from 5 answers up.
CREATE TABLE survey_answer (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id        uuid NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    answered_on        date NOT NULL,
    recommendation     smallint NOT NULL CHECK (recommendation BETWEEN 0 AND 10),
    less_alone         text NOT NULL CHECK (less_alone IN ('STRONGLY_AGREE', 'AGREE', 'DISAGREE', 'STRONGLY_DISAGREE')),
    python_progress    text NOT NULL CHECK (python_progress IN ('A_LOT', 'SOME', 'NONE', 'NOT_USED')),
    r_progress         text NOT NULL CHECK (r_progress IN ('A_LOT', 'SOME', 'NONE', 'NOT_USED')),
    wishes             text[] NOT NULL DEFAULT '{}' CHECK (wishes <@ ARRAY['MENTORSHIP', 'EVENTS', 'TRAINING',
                           'CHALLENGES', 'PROJECTS', 'LOCAL_MEETUPS', 'OTHER']::text[]),
    wish_other         text CHECK (length(btrim(wish_other)) BETWEEN 1 AND 200),
    comment            text CHECK (length(btrim(comment)) BETWEEN 1 AND 2000),
    category           text CHECK (category IN ('A', 'B', 'C')),
    organization_kind  text CHECK (organization_kind IN ('MINISTERE', 'DIRECTION', 'OPERATEUR', 'SERVICE_DECONCENTRE',
                           'COLLECTIVITE', 'AUTRE')),
    CHECK ((wish_other IS NOT NULL) = ('OTHER' = ANY (wishes)))
);
CREATE INDEX survey_answer_campaign_idx ON survey_answer (campaign_id);

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
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY', 'SURVEY_OPENED'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK', 'MENTORSHIP_SESSION_REMINDER',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED', 'CHALLENGE_ENTRY_COMMENTED', 'CHALLENGE_ENTRY_HIGHLIGHTED',
    'RESOURCE_PUBLISHED', 'RESOURCE_REJECTED',
    'EVENT_REGISTERED', 'EVENT_WAITLISTED', 'EVENT_PROMOTED', 'EVENT_CANCELLED',
    'EVENT_REMINDER_DAY', 'EVENT_REMINDER_HOUR', 'EVENT_REPLAY', 'SURVEY_OPENED'));
