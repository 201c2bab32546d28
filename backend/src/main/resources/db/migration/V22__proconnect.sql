-- ProConnect, the State's identity federation (auth/proconnect).

-- The ProConnect identity of a member: found again by its subject at each sign-in. The SIRET of the agent's
-- establishment is kept to suggest their organisation.
CREATE TABLE member_proconnect (
    member_id      uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    subject        text NOT NULL UNIQUE,
    siret          text,
    linked_at      timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz NOT NULL DEFAULT now()
);

-- A sign-in under way: the state sent to ProConnect (hashed), the nonce its id token must carry. Single use,
-- a few minutes at most; any instance may receive the return.
CREATE TABLE proconnect_login_attempt (
    state_hash  text PRIMARY KEY,
    nonce       text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX proconnect_login_attempt_expires_idx ON proconnect_login_attempt (expires_at);

-- A ProConnect identity whose verified address belongs to an existing account: linked once the agent gives
-- that account's password. Single use, a few minutes at most.
CREATE TABLE proconnect_pending_link (
    token_hash  text PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    subject     text NOT NULL,
    siret       text,
    id_token    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX proconnect_pending_link_member_idx ON proconnect_pending_link (member_id);

-- The sessions opened through ProConnect (by refresh-token family), with the id token that logout hands back
-- to ProConnect (id_token_hint) to end the agent's session there too.
CREATE TABLE proconnect_session (
    family_id   uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    id_token    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX proconnect_session_member_idx ON proconnect_session (member_id);
