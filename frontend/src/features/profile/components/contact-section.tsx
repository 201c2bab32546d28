import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { fieldState } from "../../../lib/api/field-errors";
import { VISIBILITIES, VISIBILITY_LABELS } from "../../../lib/referentials/labels";
import { profileFieldId } from "../utils/profile-draft";
import { PROFILE_SECTIONS } from "../../../lib/profile-completion";
import { TCHAP_HANDLE_EXAMPLE } from "../utils/validate-profile";
import type { ProfileSectionProps } from "./profile-section-props";

export function ContactSection({ draft, onChange, errors }: ProfileSectionProps) {
  return (
    <section id={PROFILE_SECTIONS.contact} tabIndex={-1} className="fr-mb-6w" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact et visibilité</h2>
      <Input
        label="Identifiant Tchap"
        hintText={`Il n'est pas affiché dans l'annuaire ; vos binômes de mentorat l'utilisent pour vous écrire. Dans Tchap : Paramètres › Général. Par exemple : ${TCHAP_HANDLE_EXAMPLE}`}
        {...fieldState(errors.tchapHandle)}
        nativeInputProps={{
          id: profileFieldId("tchapHandle"),
          name: "tchapHandle",
          autoCapitalize: "none",
          spellCheck: false,
          maxLength: 120,
          value: draft.tchapHandle,
          onChange: (event) => onChange("tchapHandle", event.target.value),
        }}
      />
      <RadioButtons
        id={profileFieldId("visibility")}
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
