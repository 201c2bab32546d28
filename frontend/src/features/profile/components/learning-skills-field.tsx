import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useSkills } from "../../../lib/referentials/skills";
import { profileFieldId } from "../utils/profile-draft";
import type { ProfileSectionProps } from "./profile-section-props";

/** The API keeps at most five skills to develop. */
export const MAX_LEARNING_SKILLS = 5;

function choiceState(error: string | undefined, isFull: boolean) {
  if (error) return { state: "error" as const, stateRelatedMessage: error };
  if (isFull) {
    return {
      state: "info" as const,
      stateRelatedMessage: `Vous avez choisi ${MAX_LEARNING_SKILLS} compétences : retirez-en une pour en choisir une autre.`,
    };
  }
  return {};
}

/** Up to five skills of the referential the member wants to develop with a mentor. */
export function LearningSkillsField({ draft, onChange, errors }: ProfileSectionProps) {
  const catalog = useSkills();
  const chosen = draft.learningSkills;
  const isFull = chosen.length >= MAX_LEARNING_SKILLS;

  const toggle = (code: string, checked: boolean) =>
    onChange("learningSkills", checked ? [...chosen, code] : chosen.filter((candidate) => candidate !== code));

  return (
    <Checkbox
      id={profileFieldId("learningSkills")}
      className="fr-mt-3w"
      legend="Compétences à développer"
      hintText={`Jusqu'à ${MAX_LEARNING_SKILLS} compétences. Les suggestions de mentors s'appuient sur elles.`}
      orientation="horizontal"
      small
      {...choiceState(errors.learningSkills, isFull)}
      options={(catalog.data ?? []).map((skill) => {
        const checked = chosen.includes(skill.code);
        return {
          label: skill.name,
          nativeInputProps: {
            name: "learningSkills",
            value: skill.code,
            checked,
            disabled: isFull && !checked,
            onChange: (event) => toggle(skill.code, event.target.checked),
          },
        };
      })}
    />
  );
}
