import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { fieldState } from "../../../lib/api/field-errors";
import { VISIBILITIES, VISIBILITY_LABELS } from "../../../lib/referentials/labels";
import type { ProfileSectionProps } from "./profile-section-props";

export function ContactSection({ draft, onChange, errors }: ProfileSectionProps) {
  return (
    <section className="fr-mb-6w" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact et visibilité</h2>
      <Input
        label="Identifiant Tchap"
        hintText="Il n'est pas affiché dans l'annuaire. Format attendu : @prenom.nom-ministere.gouv.fr:agent.ministere.tchap.gouv.fr"
        {...fieldState(errors.tchapHandle)}
        nativeInputProps={{
          name: "tchapHandle",
          maxLength: 120,
          value: draft.tchapHandle,
          onChange: (event) => onChange("tchapHandle", event.target.value),
        }}
      />
      <RadioButtons
        legend="Visibilité de mon profil"
        name="visibility"
        {...fieldState(errors.visibility)}
        options={VISIBILITIES.map((visibility) => ({
          label: VISIBILITY_LABELS[visibility],
          nativeInputProps: {
            value: visibility,
            checked: draft.visibility === visibility,
            onChange: () => onChange("visibility", visibility),
          },
        }))}
      />
    </section>
  );
}
