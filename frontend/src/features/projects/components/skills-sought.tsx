import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { SkillSoughtView } from "../../../lib/api/types";
import { skillLevelLabel } from "../../../lib/referentials/labels";

/** The skills a project seeks, each with the level wanted. */
export function SkillsSought({ skills, small = false }: { skills: SkillSoughtView[]; small?: boolean }) {
  if (skills.length === 0) return null;
  return (
    <ul className="fr-tags-group" aria-label="Compétences recherchées">
      {skills.map((skill) => (
        <li key={skill.skillCode}>
          <Tag small={small}>
            {skill.name} · niveau {skillLevelLabel(skill.level)}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
