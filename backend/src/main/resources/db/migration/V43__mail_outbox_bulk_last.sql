-- A mail to the whole community (a survey's invitation: one row per member, tens of thousands) no longer delays the
-- mails one person waits for (a confirmation link, a password reset): the outbox sends the bulk rows after the others.
-- A constant default: PostgreSQL adds the column without rewriting the table.
ALTER TABLE mail_outbox ADD COLUMN bulk boolean NOT NULL DEFAULT false;

DROP INDEX mail_outbox_due_idx;
CREATE INDEX mail_outbox_due_idx ON mail_outbox (bulk, next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
