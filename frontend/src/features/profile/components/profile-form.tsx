import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useCallback, useState, type FormEvent } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { UnsavedChangesGuard } from "../../../components/unsaved-changes-guard";
import { describeError } from "../../../lib/api/api-error";
import { mapFieldErrors, unmappedFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { MyProfile } from "../../../lib/api/types";
import { useUpdateMyProfile } from "../api/update-my-profile";
import {
  PROFILE_FIELD_LABELS,
  PROFILE_FIELDS,
  profileFieldId,
  toProfileDraft,
  toProfileUpdate,
  type ProfileDraft,
  type ProfileField,
} from "../utils/profile-draft";
import { validateProfile } from "../utils/validate-profile";
import { ContactSection } from "./contact-section";
import { EmailPreferencesSection } from "./email-preferences-section";
import { IdentitySection } from "./identity-section";
import { MentoringSection } from "./mentoring-section";
import { PositionSection } from "./position-section";
import { SkillsSection } from "./skills-section";

const sameUpdate = (left: ProfileDraft, right: ProfileDraft) =>
  JSON.stringify(toProfileUpdate(left)) === JSON.stringify(toProfileUpdate(right));

export function ProfileForm({ profile }: { profile: MyProfile }) {
  const [draft, setDraft] = useState(() => toProfileDraft(profile));
  const [saved, setSaved] = useState(() => toProfileDraft(profile));
  /** The draft as it was at the last submission: a server's error is shown while its field has not changed since. */
  const [submitted, setSubmitted] = useState<ProfileDraft | null>(null);
  const [attempt, setAttempt] = useState(0);
  const update = useUpdateMyProfile();

  const serverErrors = mapFieldErrors(update.error, PROFILE_FIELDS);
  const errors: FieldMessages<ProfileField> = {};
  if (submitted) {
    for (const field of PROFILE_FIELDS) {
      if (serverErrors[field] && JSON.stringify(draft[field]) === JSON.stringify(submitted[field])) errors[field] = serverErrors[field];
    }
    Object.assign(errors, validateProfile(draft));
  }
  const fieldsInError = PROFILE_FIELDS.filter((field) => errors[field]).map((field) => ({
    targetId: profileFieldId(field),
    label: PROFILE_FIELD_LABELS[field],
    message: errors[field] ?? "",
  }));
  const otherServerMessages = unmappedFieldErrors(update.error, PROFILE_FIELDS);

  const hasUnsavedChanges = useCallback(() => !sameUpdate(draft, saved), [draft, saved]);

  const change = <Field extends ProfileField>(field: Field, value: ProfileDraft[Field]) => {
    if (update.isSuccess) update.reset();
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    setSubmitted(draft);
    setAttempt((count) => count + 1);
    if (Object.keys(validateProfile(draft)).length > 0) return;
    update.mutate(toProfileUpdate(draft), {
      onSuccess: (profileSaved) => {
        const savedDraft = toProfileDraft(profileSaved);
        setDraft(savedDraft);
        setSaved(savedDraft);
        setSubmitted(null);
      },
      onError: () => setAttempt((count) => count + 1),
    });
  };

  const sectionProps = { draft, onChange: change, errors };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <ErrorSummary
        title="Votre profil n'a pas été enregistré"
        errors={fieldsInError}
        attempt={attempt}
        visible={update.isError || fieldsInError.length > 0}
      >
        {update.isError && <p>{describeError(update.error)}</p>}
        {otherServerMessages.length > 0 && (
          <ul>
            {otherServerMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </ErrorSummary>
      <IdentitySection {...sectionProps} email={profile.email} />
      <PositionSection {...sectionProps} />
      <SkillsSection {...sectionProps} />
      <MentoringSection {...sectionProps} />
      <ContactSection {...sectionProps} />
      <EmailPreferencesSection {...sectionProps} />
      {update.isSuccess && (
        <Alert severity="success" small role="status" className="fr-mb-3w" description="Votre profil a été enregistré." />
      )}
      <UnsavedChangesGuard when={hasUnsavedChanges} />
      <Button type="submit" iconId="fr-icon-save-line" disabled={update.isPending}>
        Enregistrer mon profil
      </Button>
    </form>
  );
}
