-- Partner webhooks (Standard Webhooks): the endpoints partner clients subscribe, the transactional outbox of
-- messages (written in the transaction of the change), one delivery per endpoint and message, every attempt.

-- The mail telling a partner's contact that an endpoint was switched off goes through the mail outbox, to an
-- address that belongs to no member.
ALTER TABLE mail_outbox ALTER COLUMN member_id DROP NOT NULL;

CREATE TABLE webhook_endpoint (
    id                 uuid PRIMARY KEY,
    partner_client_id  uuid NOT NULL,
    url                text NOT NULL CHECK (url ~ '^https?://[^\s/]+' AND length(url) <= 2000),
    -- Dotted names (event.created, mentorship.accepted…), checked against the catalogue by the application.
    event_types        text[] NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 50),
    description        text CHECK (length(description) <= 500),
    -- The whsec_ secret, encrypted by SecretBox: signing needs the secret itself, so it cannot be hashed.
    secret_encrypted   text NOT NULL,
    enabled            boolean NOT NULL DEFAULT true,
    -- Why Spyrales switched it off (null when the partner did, or when it is on).
    disabled_reason    text CHECK (length(disabled_reason) <= 1000),
    disabled_at        timestamptz,
    -- Attempts failed in a row since the last success, and when the first of them happened.
    failure_streak     integer NOT NULL DEFAULT 0 CHECK (failure_streak >= 0),
    failing_since      timestamptz,
    -- Deliveries given up in a row since the last success.
    given_up_streak    integer NOT NULL DEFAULT 0 CHECK (given_up_streak >= 0),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_endpoint_streak_dated CHECK ((failure_streak = 0) = (failing_since IS NULL)),
    CONSTRAINT webhook_endpoint_disabled_dated CHECK (enabled = (disabled_at IS NULL))
);
CREATE INDEX webhook_endpoint_client_idx ON webhook_endpoint (partner_client_id, created_at);
-- What the outbox looks for in the transaction of each change: the enabled endpoints subscribed to a type.
CREATE INDEX webhook_endpoint_types_idx ON webhook_endpoint USING gin (event_types) WHERE enabled;

CREATE TABLE webhook_message (
    -- Also the webhook-id header: the same on every attempt and replay, so the partner can drop duplicates.
    id          uuid PRIMARY KEY,
    event_type  text NOT NULL CHECK (length(event_type) BETWEEN 3 AND 100),
    -- {type, timestamp, data}: the public fields of the item, as the scopes of the type allow.
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_message_created_idx ON webhook_message (created_at);

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    endpoint_id      uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    message_id       uuid NOT NULL REFERENCES webhook_message (id) ON DELETE CASCADE,
    status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'GAVE_UP')),
    -- Attempts made so far; counted when a worker claims the delivery, so a worker dying mid-call uses one up.
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    -- A worker that claims the delivery leases it until then: the others skip it meanwhile.
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    -- The delivery a partner asked to send again, if this one is a replay.
    replay_of        uuid REFERENCES webhook_delivery (id) ON DELETE SET NULL,
    CONSTRAINT webhook_delivery_finished_dated CHECK ((status IN ('PENDING', 'FAILED')) = (finished_at IS NULL))
);
-- What the worker claims: pending, oldest due first.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id);
CREATE INDEX webhook_delivery_message_idx ON webhook_delivery (message_id);

CREATE TABLE webhook_attempt (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id    uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at   timestamptz NOT NULL DEFAULT now(),
    duration_ms    integer NOT NULL CHECK (duration_ms >= 0),
    -- The partner's HTTP status, or null when none came (refused connection, timeout, unsafe address).
    response_code  integer CHECK (response_code BETWEEN 100 AND 599),
    error          text CHECK (length(error) <= 1000)
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempted_at);
