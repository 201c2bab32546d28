-- Outgoing mail. A mail is written here in the transaction of the change that sends it, so it leaves
-- if and only if the change commits; a worker sends it afterwards, off any request, and retries with
-- backoff while the mail server is down. Personal data: the address, subject and text of a mail
-- to a member. The text is cleared once sent (its links are secrets); sent rows are purged after a few days.
CREATE TABLE mail_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id        uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    recipient        text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
    subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
    body             text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    -- A worker that claims the mail leases it until then: others skip it meanwhile.
    locked_until     timestamptz,
    sent_at          timestamptz,
    -- Given up after the last attempt: kept, with its last error, for an operator to requeue.
    failed_at        timestamptz,
    last_error       text CHECK (length(last_error) <= 1000),
    CHECK (sent_at IS NULL OR failed_at IS NULL),
    CHECK (body IS NOT NULL OR sent_at IS NOT NULL)
);
-- What the worker claims: unsent, not given up, oldest due first.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX mail_outbox_member_idx ON mail_outbox (member_id);
CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX mail_outbox_failed_idx ON mail_outbox (failed_at) WHERE failed_at IS NOT NULL;
