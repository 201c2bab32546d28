import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ToggleSwitch } from "@codegouvfr/react-dsfr/ToggleSwitch";
import { fieldState } from "../../../lib/api/field-errors";
import { LearningSkillsField } from "./learning-skills-field";
import { profileFieldId } from "../utils/profile-draft";
import { PROFILE_SECTIONS } from "../../../lib/profile-completion";
import type { ProfileSectionProps } from "./profile-section-props";

const CAPACITIES = [0, 1, 2, 3, 4, 5];

export function MentoringSection({ draft, onChange, errors }: ProfileSectionProps) {
  return (
    <section id={PROFILE_SECTIONS.mentoring} tabIndex={-1} className="fr-mb-6w" aria-labelledby="mentoring-title">
      <h2 id="mentoring-title">Accompagnement (mentorat)</h2>
      <ToggleSwitch
        label="Je souhaite être accompagné·e (mentoré·e)"
        helperText="Un membre plus expérimenté pourra vous aider à progresser."
        labelPosition="right"
        checked={draft.wantsMentor}
        onChange={(checked) => onChange("wantsMentor", checked)}
      />
      <LearningSkillsField draft={draft} onChange={onChange} errors={errors} />
      <ToggleSwitch
        label="Je peux accompagner (mentorer)"
        helperText="Vous apparaîtrez parmi les mentors de l'annuaire."
        labelPosition="right"
        className="fr-mt-3w"
        checked={draft.canMentor}
        onChange={(checked) => onChange("canMentor", checked)}
      />
      <div className="fr-grid-row fr-grid-row--gutters fr-mt-3w">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Nombre de personnes que je peux accompagner"
            hint="De 0 à 5 personnes à la fois"
            disabled={!draft.canMentor}
            {...fieldState(errors.mentorCapacity)}
            nativeSelectProps={{
              id: profileFieldId("mentorCapacity"),
              name: "mentorCapacity",
              value: draft.mentorCapacity,
              onChange: (event) => onChange("mentorCapacity", Number(event.target.value)),
            }}
          >
            {CAPACITIES.map((capacity) => (
              <option key={capacity} value={capacity}>
                {capacity}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Disponibilités"
            hintText="Par exemple : une heure par semaine, le mardi midi"
            {...fieldState(errors.availability)}
            nativeInputProps={{
              id: profileFieldId("availability"),
              name: "availability",
              maxLength: 200,
              value: draft.availability,
              onChange: (event) => onChange("availability", event.target.value),
            }}
          />
        </div>
      </div>
    </section>
  );
}
