-- Partner API clients: other administrations' applications calling the API with OAuth 2.0 client credentials.
CREATE TABLE partner_client (
    id                     uuid PRIMARY KEY,
    name                   text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    -- The administration's technical contact (a functional mailbox in general), told about the client's life.
    contact_email          text NOT NULL CHECK (char_length(contact_email) BETWEEN 3 AND 254),
    organization_id        uuid NOT NULL REFERENCES organization (id),
    scopes                 text[] NOT NULL CHECK (scopes <@ ARRAY['members:read', 'mentorships:read', 'events:read',
                               'resources:read', 'resources:write', 'projects:read', 'stats:read']::text[]),
    rate_limit_per_minute  integer NOT NULL CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
    -- CIDR ranges the client may ask for tokens from; empty: any address.
    ip_allowlist           text[] NOT NULL DEFAULT '{}',
    expires_at             timestamptz,
    revoked_at             timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX partner_client_by_name ON partner_client (lower(name), id);
CREATE INDEX partner_client_by_organization ON partner_client (organization_id);

-- A client's secrets, hashed (SHA-256 of 256 random bits: a fast hash is enough for such a secret). The current
-- one has no end; a rotation gives the previous one an end (the grace period) so that deployments can switch.
CREATE TABLE partner_client_secret (
    id            uuid PRIMARY KEY,
    client_id     uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
    secret_hash   bytea NOT NULL UNIQUE CHECK (octet_length(secret_hash) = 32),
    created_at    timestamptz NOT NULL,
    valid_until   timestamptz
);
CREATE INDEX partner_client_secret_by_client ON partner_client_secret (client_id);
CREATE UNIQUE INDEX partner_client_one_current_secret ON partner_client_secret (client_id) WHERE valid_until IS NULL;

-- Every change made to a client, by whom and when (the administrator's account; « Membre supprimé » once erased).
CREATE TABLE partner_client_change (
    id          uuid PRIMARY KEY,
    client_id   uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'SECRET_ROTATED', 'REVOKED')),
    changed_by  uuid REFERENCES member (id),
    changed_at  timestamptz NOT NULL,
    -- The fields an update changed, for the history (never a secret).
    fields      text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX partner_client_change_by_client ON partner_client_change (client_id, changed_at DESC, id);
CREATE INDEX partner_client_change_by_member ON partner_client_change (changed_by);

-- Calls per client and day (UTC), counted by one upsert per response.
CREATE TABLE partner_client_usage (
    client_id   uuid NOT NULL REFERENCES partner_client (id) ON DELETE CASCADE,
    day         date NOT NULL,
    calls       bigint NOT NULL DEFAULT 0,
    errors      bigint NOT NULL DEFAULT 0,
    throttled   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, day)
);

-- A resource proposed by a partner client (moderated like any proposal): which client sent it.
ALTER TABLE training_resource ADD COLUMN proposed_by_client uuid REFERENCES partner_client (id);
