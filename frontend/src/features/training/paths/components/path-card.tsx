import { Card } from "@codegouvfr/react-dsfr/Card";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { ReactNode } from "react";
import { paths } from "../../../../config/paths";
import { useSkills } from "../../../../lib/referentials/skills";
import type { PathSummary } from "../api/path-types";
import { followerCountLabel } from "../utils/path-labels";
import { PathBadges } from "./path-badges";
import { PathProgressBar } from "./path-progress-bar";

type PathCardProps = {
  path: PathSummary;
  titleAs?: "h2" | "h3" | "h4";
  /** More to say where the card is shown (« Mes parcours »: archived). */
  extra?: ReactNode;
};

/** The names of the path's skills, from the referential (the code until it is loaded). */
export function useSkillNames(codes: readonly string[]): string[] {
  const skills = useSkills();
  return codes.map((code) => skills.data?.find((skill) => skill.code === code)?.name ?? code);
}

export function PathCard({ path, titleAs = "h3", extra }: PathCardProps) {
  const skillNames = useSkillNames(path.skills);
  return (
    <Card
      title={path.title}
      titleAs={titleAs}
      enlargeLink
      linkProps={{ to: paths.training.path.getHref(path.id) }}
      size="small"
      start={<PathBadges path={path} />}
      desc={
        <>
          {path.goal}
          <br />
          <span className="fr-text--sm">
            Par {path.author?.displayName ?? "un ancien membre"} · {followerCountLabel(path.followerCount)}
          </span>
        </>
      }
      end={
        <>
          <ul className="fr-tags-group">
            {skillNames.map((name) => (
              <li key={name}>
                <Tag small>{name}</Tag>
              </li>
            ))}
          </ul>
          {path.myProgress && <PathProgressBar progress={path.myProgress} />}
          {extra}
        </>
      }
    />
  );
}
