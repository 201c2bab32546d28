import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useSkills } from "../../../lib/referentials/skills";
import type { ProfileSectionProps } from "./profile-section-props";
import { SkillLevelEditor } from "../../../components/skill-level-editor";

export function SkillsSection({ draft, onChange, errors }: ProfileSectionProps) {
  const catalog = useSkills();
  return (
    <section className="fr-mb-6w" aria-labelledby="skills-title">
      <h2 id="skills-title">Mes compétences</h2>
      <p>Indiquez votre niveau pour chaque compétence : de « 1 – Débutant » à « 4 – Expert ».</p>
      {catalog.isError && (
        <Alert severity="warning" small className="fr-mb-2w" description="La liste des compétences n'a pas pu être chargée." />
      )}
      <SkillLevelEditor
        skills={draft.skills}
        catalog={catalog.data ?? []}
        onChange={(skills) => onChange("skills", skills)}
        errorMessage={errors.skills}
      />
    </section>
  );
}
