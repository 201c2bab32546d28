-- Tchap notices: the rooms the animateurs configure, and the outbox of the notices posted there.
-- The service checks and explains every rule in French; these are the database's own guarantees behind them.

CREATE TABLE tchap_room (
    id                  uuid PRIMARY KEY,
    name                text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    homeserver_url      text NOT NULL CHECK (homeserver_url ~ '^https?://[^\s/]+$' AND length(homeserver_url) <= 200),
    room_id             text NOT NULL CHECK (room_id ~ '^![A-Za-z0-9._=+/-]+:[A-Za-z0-9.-]+(:[0-9]+)?$'
                                             AND length(room_id) <= 255),
    -- The bot's access token, sealed by SecretBox (bound to the room's id), or the name of the environment
    -- variable that holds it: exactly one of them.
    access_token_sealed text CHECK (length(access_token_sealed) <= 4000),
    access_token_env    text CHECK (access_token_env ~ '^SPYRALES_TCHAP_[A-Z0-9_]+$' AND length(access_token_env) <= 100),
    news_types          text[] NOT NULL DEFAULT '{}',
    -- The earliest moment the next notice may be posted: at most one call a second per room, longer after a 429.
    next_send_at        timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tchap_room_one_token_source CHECK (num_nonnulls(access_token_sealed, access_token_env) = 1),
    CONSTRAINT tchap_room_once UNIQUE (homeserver_url, room_id)
);

-- A notice to post in a room, written in the transaction of the news; the row's id is the Matrix transaction id,
-- so that a retry never posts twice.
CREATE TABLE tchap_notice (
    id              bigserial PRIMARY KEY,
    room_id         uuid NOT NULL REFERENCES tchap_room (id) ON DELETE CASCADE,
    news_type       text NOT NULL CHECK (length(news_type) BETWEEN 1 AND 60),
    subject_id      uuid NOT NULL,
    body            text NOT NULL CHECK (length(body) <= 4000),
    formatted_body  text NOT NULL CHECK (length(formatted_body) <= 8000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    locked_until    timestamptz,
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at         timestamptz,
    failed_at       timestamptz,
    matrix_event_id text CHECK (length(matrix_event_id) <= 255),
    last_status     integer,
    last_error      text CHECK (length(last_error) <= 1000),
    CONSTRAINT tchap_notice_ends_once CHECK (sent_at IS NULL OR failed_at IS NULL)
);
CREATE INDEX tchap_notice_due ON tchap_notice (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX tchap_notice_of_room ON tchap_notice (room_id, id);

-- Every call made for a notice: when, how long, what the homeserver answered.
CREATE TABLE tchap_notice_attempt (
    id           bigserial PRIMARY KEY,
    notice_id    bigint NOT NULL REFERENCES tchap_notice (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL DEFAULT now(),
    duration_ms  integer NOT NULL CHECK (duration_ms >= 0),
    status_code  integer,
    error        text CHECK (length(error) <= 1000)
);
CREATE INDEX tchap_notice_attempt_of_notice ON tchap_notice_attempt (notice_id, id);
