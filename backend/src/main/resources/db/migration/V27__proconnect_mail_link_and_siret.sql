-- ProConnect (auth): a mailed link as the other way to link an existing account, and the SIRET kept to suggest
-- the member's organisation.

-- The link mailed to the account whose address ProConnect gave: one more kind of one-time mailed token, bound to
-- the pending link (proconnect_pending_link.token_hash) it completes. No foreign key: the mailed token outlives
-- the pending link it consumed, so that a second click is told the link has already served.
ALTER TABLE email_token DROP CONSTRAINT email_token_purpose_check;
ALTER TABLE email_token ADD CONSTRAINT email_token_purpose_check
    CHECK (purpose IN ('VERIFY', 'RESET', 'PROCONNECT_LINK'));
ALTER TABLE email_token ADD COLUMN proconnect_link_hash text;
ALTER TABLE email_token ADD CONSTRAINT email_token_proconnect_link_check
    CHECK ((purpose = 'PROCONNECT_LINK') = (proconnect_link_hash IS NOT NULL));

-- A SIRET is 14 digits (the first 9 are the SIREN of the employing body), or nothing.
UPDATE member_proconnect SET siret = NULL WHERE siret !~ '^[0-9]{14}$';
UPDATE proconnect_pending_link SET siret = NULL WHERE siret !~ '^[0-9]{14}$';
ALTER TABLE member_proconnect ADD CONSTRAINT member_proconnect_siret_check CHECK (siret ~ '^[0-9]{14}$');
ALTER TABLE proconnect_pending_link ADD CONSTRAINT proconnect_pending_link_siret_check
    CHECK (siret ~ '^[0-9]{14}$');

-- The SIREN, by which the members of one employing body are found; and the SIREN whose organisation suggestion
-- the member dismissed (a new SIREN, after a change of employer, is suggested again).
ALTER TABLE member_proconnect ADD COLUMN siren text GENERATED ALWAYS AS (left(siret, 9)) STORED;
ALTER TABLE member_proconnect ADD COLUMN suggestion_dismissed_siren text
    CHECK (suggestion_dismissed_siren ~ '^[0-9]{9}$');
CREATE INDEX member_proconnect_siren_idx ON member_proconnect (siren, member_id) WHERE siren IS NOT NULL;
