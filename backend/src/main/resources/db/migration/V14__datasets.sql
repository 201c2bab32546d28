-- Declared datasets: what the open-data guard found about each dataset a project (or a challenge) uses, and the
-- animateurs' review of those « à vérifier ». The table belongs to the opendata feature; the features that declare
-- datasets keep their own link tables (project_dataset below). The guard's own refusals are never stored: a
-- REFUSED row only comes from an animateur's review or from a later re-check.

CREATE TABLE dataset (
    id              uuid PRIMARY KEY,
    -- data.gouv.fr's id (never the slug, which the producer may change); null outside data.gouv.fr, and while
    -- data.gouv.fr did not answer.
    datagouv_id     text CHECK (datagouv_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$'),
    title           text CHECK (length(title) <= 500),
    producer        text CHECK (length(producer) <= 500),
    licence         text CHECK (length(licence) <= 100),
    licence_title   text CHECK (length(licence_title) <= 500),
    url             text CHECK (url ~ '^https?://\S+$' AND length(url) <= 2000),
    last_modified   timestamptz,
    archived        boolean NOT NULL DEFAULT false,
    state           text NOT NULL CHECK (state IN ('VERIFIED', 'TO_REVIEW', 'REFUSED')),
    -- The French sentence shown beside the state.
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    -- Why a dataset « à vérifier » waits: data.gouv.fr did not answer, a licence a person must read, or a dataset
    -- published outside data.gouv.fr.
    pending         text CHECK (pending IN ('UNREACHABLE', 'LICENCE', 'OUTSIDE')),
    declared_by     uuid REFERENCES member (id),
    declared_at     timestamptz NOT NULL DEFAULT now(),
    checked_at      timestamptz NOT NULL DEFAULT now(),
    reviewed_by     uuid REFERENCES member (id),
    reviewed_at     timestamptz,
    review_note     text CHECK (length(review_note) <= 2000),
    CONSTRAINT dataset_pending_when_to_review CHECK ((state = 'TO_REVIEW') = (pending IS NOT NULL)),
    -- A dataset is at least named: by its data.gouv.fr id or by its address.
    CONSTRAINT dataset_named CHECK (datagouv_id IS NOT NULL OR url IS NOT NULL),
    CONSTRAINT dataset_reviewed_when CHECK (reviewed_by IS NULL OR reviewed_at IS NOT NULL)
);
-- The review queue, oldest first; the re-check job's batches of datasets data.gouv.fr did not answer for.
CREATE INDEX dataset_to_review_idx ON dataset (declared_at, id) WHERE state = 'TO_REVIEW';
CREATE INDEX dataset_unreachable_idx ON dataset (checked_at, id) WHERE pending = 'UNREACHABLE';
CREATE INDEX dataset_declared_by_idx ON dataset (declared_by);
CREATE INDEX dataset_reviewed_by_idx ON dataset (reviewed_by);

-- The datasets a project declares. A dataset row serves one declaration only (dataset_id is unique); the
-- data.gouv.fr id is copied here from the dataset so that a project declares one data.gouv.fr dataset once.
CREATE TABLE project_dataset (
    project_id   uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    dataset_id   uuid NOT NULL UNIQUE REFERENCES dataset (id) ON DELETE CASCADE,
    datagouv_id  text,
    added_by     uuid REFERENCES member (id),
    added_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, dataset_id)
);
CREATE UNIQUE INDEX project_dataset_datagouv_key ON project_dataset (project_id, datagouv_id)
    WHERE datagouv_id IS NOT NULL;
CREATE INDEX project_dataset_added_by_idx ON project_dataset (added_by);

CREATE FUNCTION project_dataset_copy_datagouv_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.datagouv_id := (SELECT datagouv_id FROM dataset WHERE id = NEW.dataset_id);
    RETURN NEW;
END $$;
CREATE TRIGGER project_dataset_copy_datagouv_id_trg BEFORE INSERT ON project_dataset
    FOR EACH ROW EXECUTE FUNCTION project_dataset_copy_datagouv_id();

-- A dataset data.gouv.fr did not answer for learns its id at a re-check: the copy follows, unless the project
-- declared that dataset again meanwhile (both declarations then stay, the second without the copy).
CREATE FUNCTION dataset_propagate_datagouv_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE project_dataset pd SET datagouv_id = NEW.datagouv_id
     WHERE pd.dataset_id = NEW.id
       AND (NEW.datagouv_id IS NULL OR NOT EXISTS (
            SELECT 1 FROM project_dataset o
             WHERE o.project_id = pd.project_id AND o.datagouv_id = NEW.datagouv_id AND o.dataset_id <> NEW.id));
    RETURN NULL;
END $$;
CREATE TRIGGER dataset_propagate_datagouv_id_trg AFTER UPDATE OF datagouv_id ON dataset
    FOR EACH ROW WHEN (OLD.datagouv_id IS DISTINCT FROM NEW.datagouv_id)
    EXECUTE FUNCTION dataset_propagate_datagouv_id();

-- At most 20 datasets per project, also under concurrent additions: the project row is locked before counting.
CREATE FUNCTION project_dataset_check_ceiling() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM project WHERE id = NEW.project_id FOR UPDATE;
    IF (SELECT count(*) FROM project_dataset WHERE project_id = NEW.project_id) >= 20 THEN
        RAISE EXCEPTION 'project % already declares 20 datasets', NEW.project_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'project_dataset_ceiling';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER project_dataset_ceiling_trg BEFORE INSERT ON project_dataset
    FOR EACH ROW EXECUTE FUNCTION project_dataset_check_ceiling();

-- The leads hear about the review of their project's datasets (in the app, and by mail unless they opt out).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED', 'MENTORSHIP_WITHDRAWN',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'MENTORSHIP_PAUSED',
    'MENTORSHIP_RESUMED', 'MENTORSHIP_COMPLETED', 'MENTORSHIP_CANCELLED', 'MENTORSHIP_END_DATE_CHANGED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'MENTORSHIP_REPORTED', 'MENTORSHIP_REPORT_RESOLVED',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED', 'PROJECT_PROMOTED',
    'PROJECT_DATASET_REVIEWED'));
ALTER TABLE member_email_opt_out DROP CONSTRAINT member_email_opt_out_kind_check;
ALTER TABLE member_email_opt_out ADD CONSTRAINT member_email_opt_out_kind_check CHECK (kind IN (
    'MENTORSHIP_REQUESTED', 'MENTORSHIP_PROPOSED', 'MENTORSHIP_ACCEPTED', 'MENTORSHIP_DECLINED',
    'MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED', 'MENTORSHIP_EXPIRED', 'FEEDBACK_ASKED',
    'REMINDER_PENDING_REQUEST', 'REMINDER_NO_SESSION', 'REMINDER_FEEDBACK',
    'PROJECT_JOIN_REQUESTED', 'PROJECT_JOIN_ACCEPTED', 'PROJECT_JOIN_DECLINED',
    'PROJECT_DATASET_REVIEWED'));
