import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { MemberSkill } from "../../../lib/api/types";
import { skillLevelLabel } from "../../../lib/referentials/labels";

/** DSFR advises at most six tags in a group. */
const MAX_TAGS = 6;

/** "Python : 3 – Avancé", strongest skills first. */
export function SkillTags({ skills }: { skills: MemberSkill[] }) {
  if (skills.length === 0) return null;
  const strongestFirst = [...skills].sort((left, right) => right.level - left.level);
  const hiddenCount = strongestFirst.length - MAX_TAGS;
  return (
    <>
      <ul className="fr-tags-group">
        {strongestFirst.slice(0, MAX_TAGS).map(({ code, name, level }) => (
          <li key={code}>
            <Tag small>{`${name} : ${skillLevelLabel(level)}`}</Tag>
          </li>
        ))}
      </ul>
      {hiddenCount > 0 && (
        <p className="fr-text--sm fr-mb-0">
          et {hiddenCount} autre{hiddenCount > 1 ? "s" : ""} compétence{hiddenCount > 1 ? "s" : ""}
        </p>
      )}
    </>
  );
}
