-- Project reports: a member tells the animateurs that a project breaks the community's rules (data that is not open,
-- inappropriate content, an abandoned project…). The animateurs decide from their console: dismiss the report, or
-- archive the project, which closes every open report of the project with the same decision.
CREATE TABLE project_report (
    id             uuid PRIMARY KEY,
    project_id     uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    reporter_id    uuid NOT NULL REFERENCES member (id),
    reason         text NOT NULL CHECK (reason IN ('NOT_OPEN_DATA', 'INAPPROPRIATE', 'ABANDONED', 'OTHER')),
    comment        text CHECK (length(comment) BETWEEN 1 AND 1000 AND comment ~ '\S'),
    status         text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DISMISSED', 'PROJECT_ARCHIVED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    decided_at     timestamptz,
    decided_by     uuid REFERENCES member (id),
    decision_note  text CHECK (length(btrim(decision_note)) BETWEEN 3 AND 500),
    -- « Autre » says what the problem is.
    CONSTRAINT project_report_other_has_comment CHECK (reason <> 'OTHER' OR comment IS NOT NULL),
    -- Decided by someone at some time with a note, or open with nothing of a decision.
    CONSTRAINT project_report_decision_check CHECK (
        (status = 'OPEN' AND decided_at IS NULL AND decided_by IS NULL AND decision_note IS NULL)
        OR (status <> 'OPEN' AND decided_at IS NOT NULL AND decided_by IS NOT NULL AND decision_note IS NOT NULL)),
    CONSTRAINT project_report_decided_after_check CHECK (decided_at IS NULL OR decided_at >= created_at)
);
-- One open report per member and project, also under concurrent submissions.
CREATE UNIQUE INDEX project_report_one_open_key ON project_report (project_id, reporter_id) WHERE status = 'OPEN';
-- The console's queue (open reports, oldest first) and its count.
CREATE INDEX project_report_open_idx ON project_report (created_at, id) WHERE status = 'OPEN';
CREATE INDEX project_report_reporter_idx ON project_report (reporter_id);
CREATE INDEX project_report_decided_by_idx ON project_report (decided_by) WHERE decided_by IS NOT NULL;
