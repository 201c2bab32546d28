import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { mapFieldErrors } from "../../../lib/api/field-errors";
import type { MyProfile } from "../../../lib/api/types";
import { useUpdateMyProfile } from "../api/update-my-profile";
import { PROFILE_FIELDS, toProfileDraft, toProfileUpdate, type ProfileDraft, type ProfileField } from "../utils/profile-draft";
import { ContactSection } from "./contact-section";
import { EmailPreferencesSection } from "./email-preferences-section";
import { IdentitySection } from "./identity-section";
import { MentoringSection } from "./mentoring-section";
import { PositionSection } from "./position-section";
import { SkillsSection } from "./skills-section";

export function ProfileForm({ profile }: { profile: MyProfile }) {
  const [draft, setDraft] = useState(() => toProfileDraft(profile));
  const update = useUpdateMyProfile();
  const errors = mapFieldErrors(update.error, PROFILE_FIELDS);

  const change = <Field extends ProfileField>(field: Field, value: ProfileDraft[Field]) => {
    update.reset();
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(toProfileUpdate(draft), { onSuccess: (saved) => setDraft(toProfileDraft(saved)) });
  };

  const sectionProps = { draft, onChange: change, errors };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <IdentitySection {...sectionProps} email={profile.email} />
      <PositionSection {...sectionProps} />
      <SkillsSection {...sectionProps} />
      <MentoringSection {...sectionProps} />
      <ContactSection {...sectionProps} />
      <EmailPreferencesSection {...sectionProps} />
      {update.isError && <ProblemAlert error={update.error} title="Votre profil n'a pas été enregistré" fieldNames={PROFILE_FIELDS} />}
      {update.isSuccess && (
        <Alert severity="success" small role="status" className="fr-mb-3w" description="Votre profil a été enregistré." />
      )}
      <Button type="submit" disabled={update.isPending}>
        Enregistrer mon profil
      </Button>
    </form>
  );
}
