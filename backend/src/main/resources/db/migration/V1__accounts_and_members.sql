-- Accounts, member profiles and the referentials they point to.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets it feed an index-backed text search.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- French stemming that ignores accents: "elodie" finds "Élodie".
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE organization (
    id        uuid PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    acronym   text,
    kind      text NOT NULL CHECK (kind IN ('MINISTERE', 'DIRECTION', 'OPERATEUR', 'SERVICE_DECONCENTRE', 'COLLECTIVITE', 'AUTRE')),
    ministry  text
);

CREATE TABLE skill (
    code      text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    name      text NOT NULL UNIQUE,
    category  text NOT NULL CHECK (category IN ('LANGAGE', 'METHODE', 'OUTIL')),
    position  int  NOT NULL
);

CREATE TABLE region (
    code      text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,10}$'),
    name      text NOT NULL UNIQUE
);

CREATE TABLE member (
    id               uuid PRIMARY KEY,
    email            text NOT NULL,
    password_hash    text,
    first_name       text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80),
    last_name        text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80),
    display_name     text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    email_verified_at timestamptz,
    organization_id  uuid REFERENCES organization (id),
    service_type     text CHECK (service_type IN ('ADMINISTRATION_CENTRALE', 'SERVICES_DECONCENTRES', 'OPERATEUR', 'COLLECTIVITE')),
    region_code      text REFERENCES region (code),
    category         text CHECK (category IN ('A', 'B', 'C')),
    job_title        text CHECK (length(job_title) <= 120),
    bio              text CHECK (length(bio) <= 2000),
    wants_mentor     boolean NOT NULL DEFAULT false,
    can_mentor       boolean NOT NULL DEFAULT false,
    mentor_capacity  smallint NOT NULL DEFAULT 0 CHECK (mentor_capacity BETWEEN 0 AND 5),
    availability     text CHECK (length(availability) <= 200),
    tchap_handle     text CHECK (length(tchap_handle) <= 120),
    visibility       text NOT NULL DEFAULT 'COMMUNITY' CHECK (visibility IN ('COMMUNITY', 'PRIVATE')),
    is_demo          boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    erased_at        timestamptz,
    search_vector    tsvector NOT NULL DEFAULT ''::tsvector
);

-- E-mail addresses are compared case-insensitively; one account per address.
CREATE UNIQUE INDEX member_email_key ON member (lower(email));
-- The directory only ever lists verified, visible, non-erased members.
CREATE INDEX member_directory_idx ON member (lower(display_name), id)
    WHERE email_verified_at IS NOT NULL AND visibility = 'COMMUNITY' AND erased_at IS NULL;
CREATE INDEX member_search_idx ON member USING gin (search_vector);
CREATE INDEX member_organization_idx ON member (organization_id);
CREATE INDEX member_region_idx ON member (region_code);
CREATE INDEX member_can_mentor_idx ON member (id) WHERE can_mentor;
CREATE INDEX member_wants_mentor_idx ON member (id) WHERE wants_mentor;

CREATE TABLE member_role (
    member_id  uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('animateur', 'admin')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, role)
);

CREATE TABLE member_skill (
    member_id  uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    skill_code text NOT NULL REFERENCES skill (code),
    level      smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    PRIMARY KEY (member_id, skill_code)
);
CREATE INDEX member_skill_skill_level_idx ON member_skill (skill_code, level, member_id);

-- The search document: name first, then job title and skills, then the bio.
CREATE FUNCTION member_search_document(m member) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('french_unaccent', coalesce(m.display_name, '') || ' ' || m.first_name || ' ' || m.last_name), 'A')
        || setweight(to_tsvector('french_unaccent', coalesce(m.job_title, '')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce((
               SELECT string_agg(s.name, ' ') FROM member_skill ms JOIN skill s ON s.code = ms.skill_code
               WHERE ms.member_id = m.id), '')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce(m.bio, '')), 'C')
$$;

CREATE FUNCTION member_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := member_search_document(NEW);
    RETURN NEW;
END $$;

CREATE TRIGGER member_search_trg BEFORE INSERT OR UPDATE ON member
    FOR EACH ROW EXECUTE FUNCTION member_refresh_search();

-- A skill change touches the member row so that its search document follows.
CREATE FUNCTION member_skill_touch_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member SET updated_at = updated_at
     WHERE id IN (SELECT DISTINCT member_id FROM changed_skills);
    RETURN NULL;
END $$;

CREATE TRIGGER member_skill_insert_trg AFTER INSERT ON member_skill
    REFERENCING NEW TABLE AS changed_skills
    FOR EACH STATEMENT EXECUTE FUNCTION member_skill_touch_member();
CREATE TRIGGER member_skill_update_trg AFTER UPDATE ON member_skill
    REFERENCING NEW TABLE AS changed_skills
    FOR EACH STATEMENT EXECUTE FUNCTION member_skill_touch_member();
CREATE TRIGGER member_skill_delete_trg AFTER DELETE ON member_skill
    REFERENCING OLD TABLE AS changed_skills
    FOR EACH STATEMENT EXECUTE FUNCTION member_skill_touch_member();

-- One-time tokens sent by mail (address confirmation, password reset). Only hashes are stored.
CREATE TABLE email_token (
    id          uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    purpose     text NOT NULL CHECK (purpose IN ('VERIFY', 'RESET')),
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_token_member_idx ON email_token (member_id, purpose);

-- Refresh tokens rotate on use; a family is every token descended from one login.
CREATE TABLE refresh_token (
    id          uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    family_id   uuid NOT NULL,
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_member_idx ON refresh_token (member_id);

-- Fixed-window request counters shared by every backend instance.
CREATE TABLE rate_limit_window (
    bucket        text NOT NULL,
    window_start  timestamptz NOT NULL,
    hits          int NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_window_start_idx ON rate_limit_window (window_start);
