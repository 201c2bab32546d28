import type { FieldMessages } from "../../../lib/api/field-errors";
import type { ProfileDraft, ProfileField } from "../utils/profile-draft";

/** What every section of the profile form receives. */
export type ProfileSectionProps = {
  draft: ProfileDraft;
  onChange: <Field extends ProfileField>(field: Field, value: ProfileDraft[Field]) => void;
  errors: FieldMessages<ProfileField>;
};
