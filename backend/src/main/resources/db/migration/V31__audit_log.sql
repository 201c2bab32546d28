-- The audit log: every privileged action and every security event, written in the transaction of the action it
-- records (a rolled-back action leaves no row), read by admins, and by each member for his own security events
-- (« Activité de mon compte »). Append-only: rows are never updated, and deleted only by the retention purge.
--
-- No foreign key to member: an erased account's rows keep its (pseudonymous) id until the retention purge, and the
-- log never blocks an erasure. `action` is the name of fr.spyrales.audit.AuditAction.
CREATE TABLE audit_event (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at        timestamptz NOT NULL DEFAULT now(),
    category           text NOT NULL CHECK (category IN ('SECURITY', 'PRIVILEGED')),
    action             text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    outcome            text NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    -- Who acted: a member, a partner client, or nobody known (a failed login, the scheduler).
    actor_member_id    uuid,
    actor_client_id    uuid,
    -- What the action was about; subject_member_id names the member whose account it concerns, if any.
    target_type        text CHECK (length(target_type) BETWEEN 1 AND 40),
    target_id          text CHECK (length(target_id) BETWEEN 1 AND 100),
    subject_member_id  uuid,
    ip_address         inet,
    detail             text CHECK (length(detail) <= 500),
    CHECK (actor_member_id IS NULL OR actor_client_id IS NULL)
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_member_id, occurred_at DESC)
    WHERE subject_member_id IS NOT NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (actor_member_id, occurred_at DESC)
    WHERE actor_member_id IS NOT NULL;
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);

-- Append-only, whatever the code does: no UPDATE ever; a DELETE only from the purge, which says so in its own
-- transaction (SET LOCAL spyrales.audit_purge = 'on') and only for rows older than a day.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE'
            AND current_setting('spyrales.audit_purge', true) = 'on'
            AND OLD.occurred_at < now() - interval '1 day' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
