import { SkillLevelEditor, type SkillLevelWording } from "../../../components/skill-level-editor";
import type { SkillItem, SkillSought } from "../../../lib/api/types";

const SOUGHT: SkillLevelWording = {
  legend: "Compétences recherchées (facultatif)",
  empty: "Aucune compétence recherchée pour l'instant.",
  levelIn: (name) => `Niveau voulu en ${name}`,
  removed: (name) => `${name} retirée des compétences recherchées.`,
  skillToAdd: "Compétence à rechercher",
  levelToAdd: "Niveau voulu",
  add: "Ajouter",
};

type SkillsSoughtEditorProps = {
  skills: SkillSought[];
  catalog: SkillItem[];
  onChange: (skills: SkillSought[]) => void;
  errorMessage?: string;
};

/** The skills a project seeks, each with the level wanted, from 1 (Débutant) to 4 (Expert). */
export function SkillsSoughtEditor({ skills, catalog, onChange, errorMessage }: SkillsSoughtEditorProps) {
  return (
    <SkillLevelEditor
      skills={skills.map(({ skillCode, level }) => ({ code: skillCode, level }))}
      catalog={catalog}
      onChange={(next) => onChange(next.map(({ code, level }) => ({ skillCode: code, level })))}
      errorMessage={errorMessage}
      wording={SOUGHT}
    />
  );
}
