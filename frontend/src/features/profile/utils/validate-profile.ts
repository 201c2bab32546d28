import type { FieldMessages } from "../../../lib/api/field-errors";
import type { ProfileDraft, ProfileField } from "./profile-draft";

/**
 * A Tchap agent's Matrix id, as the API checks it (MemberDtos.TCHAP_HANDLE): a localpart of lower case letters,
 * digits and `. _ = - /`, on `agent.<ministère>.tchap.gouv.fr` or `agent.tchap.gouv.fr`.
 */
const TCHAP_HANDLE = /^@[a-z0-9._=/-]+:agent(\.[a-z0-9-]+)?\.tchap\.gouv\.fr$/;

export const TCHAP_HANDLE_EXAMPLE = "@jean.dupont-interieur.gouv.fr:agent.interieur.tchap.gouv.fr";

/** The same words as the API's, which checks again. */
export const TCHAP_HANDLE_MESSAGE = `Saisissez votre identifiant Tchap complet, en minuscules, par exemple ${TCHAP_HANDLE_EXAMPLE} (dans Tchap : Paramètres › Général).`;

/** The checks a browser can make before the API does its own; the wording is the registration form's. */
export function validateProfile(draft: ProfileDraft): FieldMessages<ProfileField> {
  const errors: FieldMessages<ProfileField> = {};
  if (draft.firstName.trim() === "") errors.firstName = "Renseignez votre prénom.";
  if (draft.lastName.trim() === "") errors.lastName = "Renseignez votre nom.";
  const tchapHandle = draft.tchapHandle.trim();
  if (tchapHandle !== "" && !TCHAP_HANDLE.test(tchapHandle)) errors.tchapHandle = TCHAP_HANDLE_MESSAGE;
  return errors;
}
