import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldState } from "../../../lib/api/field-errors";
import { profileFieldId } from "../utils/profile-draft";
import { PROFILE_SECTIONS } from "../../../lib/profile-completion";
import type { ProfileSectionProps } from "./profile-section-props";

export function IdentitySection({ draft, onChange, errors, email }: ProfileSectionProps & { email: string }) {
  return (
    <section id={PROFILE_SECTIONS.identity} tabIndex={-1} className="fr-mb-6w" aria-labelledby="identity-title">
      <h2 id="identity-title">Identité</h2>
      <p>
        Adresse électronique : <strong>{email}</strong>
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Prénom"
            {...fieldState(errors.firstName)}
            nativeInputProps={{
              id: profileFieldId("firstName"),
              name: "firstName",
              autoComplete: "given-name",
              maxLength: 80,
              required: true,
              value: draft.firstName,
              onChange: (event) => onChange("firstName", event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Nom"
            {...fieldState(errors.lastName)}
            nativeInputProps={{
              id: profileFieldId("lastName"),
              name: "lastName",
              autoComplete: "family-name",
              maxLength: 80,
              required: true,
              value: draft.lastName,
              onChange: (event) => onChange("lastName", event.target.value),
            }}
          />
        </div>
      </div>
      <Input
        label="Présentation"
        className="fr-mt-3w"
        hintText="Votre parcours, vos projets, ce que vous aimeriez apprendre ou transmettre."
        textArea
        {...fieldState(errors.bio)}
        nativeTextAreaProps={{
          id: profileFieldId("bio"),
          name: "bio",
          rows: 5,
          maxLength: 2000,
          value: draft.bio,
          onChange: (event) => onChange("bio", event.target.value),
        }}
      />
    </section>
  );
}
