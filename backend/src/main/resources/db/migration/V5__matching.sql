-- Matching: what members want to learn, and the animateurs' batch runs with their proposals.

-- Skills a member wants to develop with a mentor (at most five, checked by the service).
CREATE TABLE member_learning_skill (
    member_id  uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    skill_code text NOT NULL REFERENCES skill (code),
    PRIMARY KEY (member_id, skill_code)
);

-- The mentor pool, covering what the matching reads of a mentor: suggestions and runs read it with an
-- index-only scan (57 ms instead of 143 ms for the suggestion query at 100k members, bench/README.md).
CREATE INDEX member_mentor_pool_idx ON member (id) INCLUDE (mentor_capacity, organization_id, region_code)
    WHERE can_mentor AND mentor_capacity > 0 AND email_verified_at IS NOT NULL
      AND visibility = 'COMMUNITY' AND erased_at IS NULL;

CREATE TABLE matching_run (
    id                    uuid PRIMARY KEY,
    -- CONFIRMING: confirmed by an animateur, the requests are being sent in batches
    status                text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'CONFIRMING', 'CONFIRMED')),
    stage                 text NOT NULL CHECK (stage IN ('LOADING', 'CANDIDATES', 'SOLVING', 'SAVING', 'FINISHED')),
    started_by            uuid NOT NULL REFERENCES member (id),
    started_at            timestamptz NOT NULL DEFAULT now(),
    finished_at           timestamptz,
    -- Parameters: top-k candidates per mentee, minimum score and the weights used
    candidates_per_mentee int NOT NULL CHECK (candidates_per_mentee BETWEEN 1 AND 200),
    minimum_score         int NOT NULL CHECK (minimum_score BETWEEN 0 AND 100),
    weight_skill          int NOT NULL CHECK (weight_skill BETWEEN 1 AND 100),
    weight_language       int NOT NULL CHECK (weight_language BETWEEN 0 AND 100),
    weight_capacity       int NOT NULL CHECK (weight_capacity BETWEEN 0 AND 100),
    weight_other_ministry int NOT NULL CHECK (weight_other_ministry BETWEEN 0 AND 100),
    weight_same_region    int NOT NULL CHECK (weight_same_region BETWEEN 0 AND 100),
    -- Figures, once computed
    mentee_count          int,
    mentor_count          int,
    candidate_count       bigint,
    matched_count         int,
    total_score_hundredths   bigint,
    greedy_score_hundredths  bigint,
    greedy_matched_count  int,
    duration_ms           bigint,
    error                 text,
    confirmed_at          timestamptz,
    confirmed_by          uuid REFERENCES member (id),
    created_count         int,
    skipped_count         int,
    CHECK ((status IN ('CONFIRMING', 'CONFIRMED')) = (confirmed_at IS NOT NULL))
);
CREATE INDEX matching_run_started_idx ON matching_run (started_at DESC, id);

-- One proposed pair per mentee and run. Removing a pair keeps it (for the record) but marks it.
CREATE TABLE matching_proposal (
    run_id        uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
    mentee_id     uuid NOT NULL REFERENCES member (id),
    mentor_id     uuid NOT NULL REFERENCES member (id),
    score_hundredths int NOT NULL CHECK (score_hundredths > 0),
    reasons       jsonb NOT NULL,
    removed_at    timestamptz,
    outcome       text CHECK (outcome IN ('CREATED', 'SKIPPED')),
    outcome_detail text,
    mentorship_id uuid REFERENCES mentorship (id),
    PRIMARY KEY (run_id, mentee_id),
    CHECK (mentee_id <> mentor_id)
);
CREATE INDEX matching_proposal_score_idx ON matching_proposal (run_id, score_hundredths DESC, mentee_id);
CREATE INDEX matching_proposal_mentor_idx ON matching_proposal (mentor_id);
-- The kept pairs still to send while a confirmation goes on, batch after batch.
CREATE INDEX matching_proposal_to_send_idx ON matching_proposal (run_id, mentee_id) WHERE removed_at IS NULL AND outcome IS NULL;

-- The mentee is told when the programme proposes them a mentor (a mailed kind, so it can be turned off).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK'));
