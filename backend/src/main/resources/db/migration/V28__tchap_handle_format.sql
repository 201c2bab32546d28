-- The Tchap handle had to look like a Matrix id on any *.tchap.gouv.fr server; it now has the form of a Tchap agent's
-- id (MemberDtos.TCHAP_HANDLE): @localpart:agent.<ministère>.tchap.gouv.fr or @localpart:agent.tchap.gouv.fr, the
-- localpart in lower case letters, digits and . _ = - /.
--
-- A CHECK added NOT VALID would still be checked on every later UPDATE of an old row, so a member holding an old
-- value could not save anything else in their profile. The data are cleaned instead, then checked in full:
-- case and surrounding spaces do not matter to Matrix, so they are normalised; a value that still is no agent's id
-- cannot open a conversation in Tchap anyway, so it is cleared and the member is asked for it again by the form.
UPDATE member SET tchap_handle = lower(btrim(tchap_handle)) WHERE tchap_handle IS NOT NULL;

UPDATE member SET tchap_handle = NULL
WHERE tchap_handle IS NOT NULL
  AND tchap_handle !~ '^@[a-z0-9._=/-]+:agent(\.[a-z0-9-]+)?\.tchap\.gouv\.fr$';

ALTER TABLE member ADD CONSTRAINT member_tchap_handle_format
    CHECK (tchap_handle ~ '^@[a-z0-9._=/-]+:agent(\.[a-z0-9-]+)?\.tchap\.gouv\.fr$');
